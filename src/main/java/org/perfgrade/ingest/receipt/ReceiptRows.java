package org.perfgrade.ingest.receipt;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.perfgrade.document.xlsx.Utf16Bytes;
import org.perfgrade.ingest.header.Column;
import org.perfgrade.ingest.header.DetectedSheet;
import org.perfgrade.ingest.header.SourceRow;
import org.perfgrade.ingest.sheet.SourceCell;

/**
 * 回执行缓存: the submitted rows as the receipt shows them (row number and each recognised column's text), written
 * while {@code loadRows} reads the file, so that the receipt need not parse the original a second time (that second
 * parse was a tenth of the import's CPU in the benchmark's profile). Kept beside the job: the reader records the
 * length written at each chunk commit and cuts the file back to it on a restart, so the file always holds exactly the
 * committed rows; the receipt uses it only when the step recorded it complete with that length, and parses the
 * original otherwise. Deleted once the receipt is stored.
 * <p>
 * A record: row number (int), value count (int), each value as its length in UTF-16 units (int, -1 for none) and
 * its units, low byte first.
 */
public final class ReceiptRows {

    private ReceiptRows() {
    }

    /** One row as the receipt shows it. */
    record Line(int rowNumber, List<String> values) {
    }

    /** The recognised columns in the order of the sheet, as the receipt lists them. */
    public static List<Column> columns(DetectedSheet sheet) {
        return sheet.columnIndex().entrySet().stream().sorted(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .toList();
    }

    /** The row's values in those columns: a date as ISO date, else the cell's text. */
    public static List<String> values(SourceRow row, List<Column> columns) {
        List<String> values = new ArrayList<>(columns.size());
        for (Column c : columns) {
            SourceCell cell = row.cell(c);
            values.add(cell.date() != null ? cell.date().toString() : cell.text());
        }
        return values;
    }

    /** Appends rows; {@link #flush()} gives what a restart may cut the file back to. */
    public static final class Writer implements Closeable {

        private final Path file;
        private final DataOutputStream out;

        /** Opens the file keeping its first {@code keep} bytes (0: a new file). */
        public Writer(Path file, long keep) throws IOException {
            this.file = file;
            Files.createDirectories(file.getParent());
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
                channel.truncate(keep);
            }
            OutputStream stream = Files.newOutputStream(file, StandardOpenOption.APPEND);
            this.out = new DataOutputStream(new BufferedOutputStream(stream, 1 << 16));
        }

        public void add(int rowNumber, List<String> values) throws IOException {
            out.writeInt(rowNumber);
            out.writeInt(values.size());
            for (String value : values) {
                if (value == null) {
                    out.writeInt(-1);
                } else {
                    out.writeInt(value.length());
                    out.write(Utf16Bytes.encode(value));
                }
            }
        }

        /** Flushes and returns the length of the file. */
        public long flush() throws IOException {
            out.flush();
            return Files.size(file);
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }

    /** Reads the rows back in order. */
    static final class Reader implements Closeable {

        private final DataInputStream in;

        Reader(Path file) throws IOException {
            this.in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
        }

        /** The next row, or null after the last. */
        Line next() throws IOException {
            int rowNumber;
            try {
                rowNumber = in.readInt();
            }
            catch (EOFException end) {
                return null;
            }
            int count = in.readInt();
            if (count < 0 || count > 16_384) {
                throw new IOException("回执行缓存已损坏（第 " + rowNumber + " 行有 " + count + " 个值）");
            }
            List<String> values = new ArrayList<>(count);
            for (int v = 0; v < count; v++) {
                int length = in.readInt();
                if (length < 0) {
                    values.add(null);
                    continue;
                }
                byte[] bytes = new byte[length * 2];
                in.readFully(bytes);
                values.add(Utf16Bytes.decode(bytes));
            }
            return new Line(rowNumber, values);
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
