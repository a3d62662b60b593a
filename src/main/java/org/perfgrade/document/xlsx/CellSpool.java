package org.perfgrade.document.xlsx;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.NoSuchElementException;


/**
 * 行缓存文件: the cells of a list's rows kept in a temporary file between the one read of the database and the
 * writing of the workbook, because a workbook must state its column widths (and each row its height) before the
 * first data row, and they depend on every row. Holds text (UTF-16, compact for Chinese), whole numbers, decimals
 * (as double, as the workbook stores them) and dates; the file is deleted on {@link #close()}. The benchmark's
 * write floor reads the same cells from one.
 */
public final class CellSpool implements Closeable {

    private static final int NULL = 0;
    private static final int TEXT = 1;
    private static final int INTEGER = 2;
    private static final int DECIMAL = 3;
    private static final int DATE = 4;
    private static final int BUFFER = 1 << 16;

    private final Path file;
    private final int columns;
    private DataOutputStream out;
    private long rows;

    public CellSpool(int columns) {
        this.columns = columns;
        try {
            this.file = Files.createTempFile("perfgrade-list-", ".cells");
            this.out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), BUFFER));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** Appends one row of {@code columns} cells (String, Integer/Long, BigDecimal/Double, LocalDate or null). */
    public void add(Object[] cells) {
        try {
            for (int i = 0; i < columns; i++) {
                write(i < cells.length ? cells[i] : null);
            }
            rows++;
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** The temporary file (for tests). */
    Path file() {
        return file;
    }

    public long rows() {
        return rows;
    }

    /**
     * The rows in the order added, read from the file (call after the last {@link #add}; each call reads afresh, and
     * the file closes when the iterator is used up).
     */
    public Iterator<Object[]> read() throws IOException {
        out.close();
        DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), BUFFER));
        return new Iterator<>() {
            private long left = rows;

            @Override
            public boolean hasNext() {
                if (left == 0) {
                    close(in);
                }
                return left > 0;
            }

            @Override
            public Object[] next() {
                if (left == 0) {
                    throw new NoSuchElementException();
                }
                Object[] cells = new Object[columns];
                try {
                    for (int i = 0; i < columns; i++) {
                        cells[i] = readCell(in);
                    }
                }
                catch (IOException ex) {
                    throw new UncheckedIOException(ex);
                }
                left--;
                return cells;
            }
        };
    }

    @Override
    public void close() throws IOException {
        try {
            out.close();
        }
        finally {
            Files.deleteIfExists(file);
        }
    }

    private void write(Object cell) throws IOException {
        if (cell == null) {
            out.writeByte(NULL);
        } else if (cell instanceof String text) {
            out.writeByte(TEXT);
            out.writeInt(text.length());
            out.write(Utf16Bytes.encode(text));
        } else if (cell instanceof Integer || cell instanceof Long) {
            out.writeByte(INTEGER);
            out.writeLong(((Number) cell).longValue());
        } else if (cell instanceof BigDecimal || cell instanceof Double) {
            out.writeByte(DECIMAL);
            out.writeDouble(((Number) cell).doubleValue());
        } else if (cell instanceof LocalDate date) {
            out.writeByte(DATE);
            out.writeLong(date.toEpochDay());
        } else {
            throw new IllegalArgumentException("无法缓存的单元格类型：" + cell.getClass().getName());
        }
    }

    private static Object readCell(DataInputStream in) throws IOException {
        int tag = in.readByte();
        return switch (tag) {
            case NULL -> null;
            case TEXT -> {
                byte[] bytes = new byte[in.readInt() * 2];
                in.readFully(bytes);
                yield Utf16Bytes.decode(bytes);
            }
            case INTEGER -> in.readLong();
            case DECIMAL -> in.readDouble();
            case DATE -> LocalDate.ofEpochDay(in.readLong());
            default -> throw new IOException("行缓存文件已损坏（类型 " + tag + "）");
        };
    }

    private static void close(Closeable in) {
        try {
            in.close();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
