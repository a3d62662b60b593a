package org.perfgrade.filing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** A ZIP read back for tests: its entries in stored order with their bytes and times. */
record FilingZipContent(Map<String, byte[]> entries, Map<String, LocalDateTime> times) {

    static FilingZipContent read(Path zip) throws IOException {
        return read(Files.readAllBytes(zip));
    }

    static FilingZipContent read(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        Map<String, LocalDateTime> times = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
                times.put(e.getName(), e.getTimeLocal());
            }
        }
        return new FilingZipContent(entries, times);
    }

    byte[] get(String name) {
        byte[] bytes = entries.get(name);
        if (bytes == null) {
            throw new AssertionError("ZIP 中没有 " + name + "：" + entries.keySet());
        }
        return bytes;
    }

    /** The entry whose name starts with the prefix. */
    String named(String prefix) {
        return entries.keySet().stream().filter(n -> n.startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("ZIP 中没有 " + prefix + "…：" + entries.keySet()));
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
