package org.perfgrade.filing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * ZIP files with fixed contents: entries in the order given, each dated the business date at 00:00 (Asia/Shanghai
 * local time, as ZIP stores it) with no extra time fields, names in UTF-8 — so that the same files give the same
 * bytes. Also used to re-date the entries of an .xlsx (itself a ZIP), which POI dates with the time of writing.
 */
final class FilingZip {

    /** One file of a ZIP: its name and either its bytes or the file to copy. */
    record Item(String name, byte[] bytes, Path file) {

        static Item of(String name, byte[] bytes) {
            return new Item(name, bytes, null);
        }

        static Item of(String name, Path file) {
            return new Item(name, null, file);
        }
    }

    private FilingZip() {
    }

    static void write(List<Item> items, LocalDate asOf, OutputStream out) throws IOException {
        LocalDateTime time = asOf.atStartOfDay();
        ZipOutputStream zip = new ZipOutputStream(out);
        zip.setLevel(9);
        for (Item item : items) {
            ZipEntry entry = new ZipEntry(item.name());
            entry.setTimeLocal(time);
            zip.putNextEntry(entry);
            if (item.bytes() != null) {
                zip.write(item.bytes());
            }
            else {
                Files.copy(item.file(), zip);
            }
            zip.closeEntry();
        }
        zip.finish();
        zip.flush();
    }

    /** The same ZIP (entries, order, contents) with every entry dated the business date. */
    static byte[] restamp(byte[] zipBytes, LocalDate asOf) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(zipBytes.length);
        LocalDateTime time = asOf.atStartOfDay();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zipBytes));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry read = in.getNextEntry(); read != null; read = in.getNextEntry()) {
                ZipEntry entry = new ZipEntry(read.getName());
                entry.setTimeLocal(time);
                zip.putNextEntry(entry);
                in.transferTo(zip);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
