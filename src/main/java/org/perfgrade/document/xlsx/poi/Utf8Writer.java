package org.perfgrade.document.xlsx.poi;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

/**
 * UTF-8 编码写出器: an unsynchronised {@link Writer} that encodes straight into its own byte buffer, for POI's
 * streaming sheet writer. POI writes a cell's XML in a dozen small {@code write} calls; through the
 * {@code BufferedWriter} + {@code OutputStreamWriter} it uses by default (a lock, a char copy and a charset encoder
 * per call) those calls were a third of the CPU of the emergency-reduction list and a tenth of the import's (the
 * receipts) in the benchmark's profile. The bytes are those of {@code OutputStreamWriter(out, UTF_8)}: a surrogate
 * pair split across two calls is joined, a lone surrogate becomes "?". Not thread-safe (POI writes from one thread).
 */
public final class Utf8Writer extends Writer {

    private static final int BUFFER = 1 << 16;

    private final OutputStream out;
    private final byte[] buffer = new byte[BUFFER];
    private int used;
    private char pendingHigh;
    private boolean closed;

    public Utf8Writer(OutputStream out) {
        this.out = out;
    }

    @Override
    public void write(int c) throws IOException {
        put((char) c);
    }

    @Override
    public void write(char[] chars, int off, int len) throws IOException {
        for (int i = off; i < off + len; i++) {
            put(chars[i]);
        }
    }

    @Override
    public void write(String text, int off, int len) throws IOException {
        for (int i = off; i < off + len; i++) {
            char c = text.charAt(i);
            if (c < 0x80 && pendingHigh == 0) {
                if (used == BUFFER) {
                    drain();
                }
                buffer[used++] = (byte) c;
            } else {
                put(c);
            }
        }
    }

    @Override
    public void write(String text) throws IOException {
        write(text, 0, text.length());
    }

    private void put(char c) throws IOException {
        if (used > BUFFER - 4) {
            drain();
        }
        if (pendingHigh != 0) {
            char high = pendingHigh;
            pendingHigh = 0;
            if (Character.isLowSurrogate(c)) {
                int code = Character.toCodePoint(high, c);
                buffer[used++] = (byte) (0xf0 | code >> 18);
                buffer[used++] = (byte) (0x80 | code >> 12 & 0x3f);
                buffer[used++] = (byte) (0x80 | code >> 6 & 0x3f);
                buffer[used++] = (byte) (0x80 | code & 0x3f);
                return;
            }
            buffer[used++] = '?';
        }
        if (c < 0x80) {
            buffer[used++] = (byte) c;
        } else if (c < 0x800) {
            buffer[used++] = (byte) (0xc0 | c >> 6);
            buffer[used++] = (byte) (0x80 | c & 0x3f);
        } else if (Character.isHighSurrogate(c)) {
            pendingHigh = c;
        } else if (Character.isLowSurrogate(c)) {
            buffer[used++] = '?';
        } else {
            buffer[used++] = (byte) (0xe0 | c >> 12);
            buffer[used++] = (byte) (0x80 | c >> 6 & 0x3f);
            buffer[used++] = (byte) (0x80 | c & 0x3f);
        }
    }

    private void drain() throws IOException {
        if (used > 0) {
            out.write(buffer, 0, used);
            used = 0;
        }
    }

    /** Writes out what is buffered; a high surrogate still waiting for its pair stays pending. */
    @Override
    public void flush() throws IOException {
        drain();
        out.flush();
    }

    /** Flushes, writing a pending lone high surrogate as "?", and closes the stream; closing again does nothing. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        if (pendingHigh != 0) {
            pendingHigh = 0;
            if (used > BUFFER - 4) {
                drain();
            }
            buffer[used++] = '?';
        }
        flush();
        out.close();
    }
}
