package org.perfgrade.document;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * Makes a PDF written by OpenPDF the same bytes for the same content: the creation and modification dates become the
 * document's business date (time 00:00:00, the writer's time-zone suffix kept), the random six-letter tags of the
 * embedded font subsets ({@code /ABCDEF+FandolFang-Regular}) are numbered in order of appearance, and the file
 * identifier ({@code /ID} in the trailer) becomes a digest of everything else. Every replacement has the
 * length of what it replaces, so the cross-reference offsets stay right. It streams: only the last few hundred bytes
 * are held back, so a 100,000-line report costs no memory.
 */
final class StablePdfOutput extends FilterOutputStream {

    private static final int KEEP = 512;
    private static final int FLUSH_AT = 16 * 1024;
    private static final byte[][] DATE_KEYS = { ascii("/CreationDate("), ascii("/ModDate(") };
    private static final byte[] ID_KEY = ascii("/ID [<");
    private static final byte[] BASE_FONT = ascii("/BaseFont");
    private static final byte[] FONT_NAME = ascii("/FontName");

    private final byte[] date;
    private final MessageDigest digest;
    private final Map<String, String> subsetTags = new HashMap<>();
    /** The last bytes written out, for the context of a tag at the start of what is held back. */
    private final byte[] written = new byte[16];
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream(FLUSH_AT + KEEP);

    /** @param businessDate the date the document reports on */
    StablePdfOutput(OutputStream out, LocalDate businessDate) {
        super(out);
        this.date = ascii(String.format("D:%04d%02d%02d000000", businessDate.getYear(), businessDate.getMonthValue(),
                businessDate.getDayOfMonth()));
        try {
            this.digest = MessageDigest.getInstance("SHA-256");
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    @Override
    public void write(int b) throws IOException {
        pending.write(b);
        drain(false);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        pending.write(b, off, len);
        drain(false);
    }

    /** Writes what is held back, with the identifier set; call once, after the PDF is complete. */
    void finish() throws IOException {
        drain(true);
        out.flush();
    }

    @Override
    public void flush() {
        // held back until finish(): the trailer must be seen whole
    }

    private void drain(boolean all) throws IOException {
        if (!all && pending.size() < FLUSH_AT + KEEP) {
            return;
        }
        byte[] bytes = pending.toByteArray();
        fixDates(bytes);
        fixSubsetTags(bytes, all ? bytes.length : bytes.length - KEEP);
        int upTo = all ? bytes.length : bytes.length - KEEP;
        if (all) {
            fixId(bytes);
        }
        digest.update(bytes, 0, upTo);
        out.write(bytes, 0, upTo);
        remember(bytes, upTo);
        pending.reset();
        pending.write(bytes, upTo, bytes.length - upTo);
    }

    private void remember(byte[] bytes, int upTo) {
        int n = Math.min(upTo, written.length);
        System.arraycopy(written, n, written, 0, written.length - n);
        System.arraycopy(bytes, upTo - n, written, written.length - n, n);
    }

    /** D:YYYYMMDDHHmmSS of every complete date entry becomes the business date. */
    private void fixDates(byte[] bytes) {
        for (byte[] key : DATE_KEYS) {
            for (int at = indexOf(bytes, key, 0); at >= 0; at = indexOf(bytes, key, at + 1)) {
                int start = at + key.length;
                if (start + date.length <= bytes.length && bytes[start] == 'D' && bytes[start + 1] == ':') {
                    System.arraycopy(date, 0, bytes, start, date.length);
                }
            }
        }
    }

    /**
     * "/XXXXXX+" (six capitals, a subset tag) starting before {@code limit} becomes the tag of its order of first
     * appearance (AAAAAA, AAAAAB …); the same random tag always gets the same new one.
     */
    private void fixSubsetTags(byte[] bytes, int limit) {
        for (int i = 0; i < limit && i + 8 <= bytes.length; i++) {
            if (bytes[i] != '/' || bytes[i + 7] != '+') {
                continue;
            }
            boolean tag = true;
            for (int j = 1; j <= 6 && tag; j++) {
                tag = bytes[i + j] >= 'A' && bytes[i + j] <= 'Z';
            }
            if (!tag || !(precededBy(bytes, i, BASE_FONT) || precededBy(bytes, i, FONT_NAME))) {
                continue;
            }
            String old = new String(bytes, i + 1, 6, StandardCharsets.US_ASCII);
            String replacement = subsetTags.computeIfAbsent(old, o -> tag(subsetTags.size()));
            System.arraycopy(ascii(replacement), 0, bytes, i + 1, 6);
        }
    }

    /** Whether {@code key} ends right before {@code at}, looking into the bytes already written when needed. */
    private boolean precededBy(byte[] bytes, int at, byte[] key) {
        for (int j = 0; j < key.length; j++) {
            int index = at - key.length + j;
            byte b = index >= 0 ? bytes[index] : written[written.length + index];
            if (b != key[j]) {
                return false;
            }
        }
        return true;
    }

    private static String tag(int ordinal) {
        char[] letters = new char[6];
        int n = ordinal;
        for (int i = 5; i >= 0; i--) {
            letters[i] = (char) ('A' + n % 26);
            n /= 26;
        }
        return new String(letters);
    }

    /** Both hex strings of {@code /ID [<…><…>]} become the digest of the bytes written before the trailer. */
    private void fixId(byte[] bytes) {
        int at = indexOf(bytes, ID_KEY, 0);
        if (at < 0) {
            return;
        }
        int first = at + ID_KEY.length;
        int close = indexOf(bytes, new byte[] { '>' }, first);
        if (close < 0 || close + 2 >= bytes.length || bytes[close + 1] != '<') {
            return;
        }
        int length = close - first;
        MessageDigest copy;
        try {
            copy = (MessageDigest) digest.clone();
        }
        catch (CloneNotSupportedException ex) {
            throw new IllegalStateException(ex);
        }
        copy.update(bytes, 0, at);
        byte[] hex = ascii(HexFormat.of().formatHex(copy.digest()));
        for (int i = 0; i < length; i++) {
            byte h = hex[i % hex.length];
            bytes[first + i] = h;
            if (close + 2 + i < bytes.length && bytes[close + 2 + i] != '>') {
                bytes[close + 2 + i] = h;
            }
        }
    }

    private static int indexOf(byte[] bytes, byte[] key, int from) {
        outer:
        for (int i = Math.max(0, from); i <= bytes.length - key.length; i++) {
            for (int j = 0; j < key.length; j++) {
                if (bytes[i + j] != key[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
