package org.perfgrade.document.xlsx;

/**
 * 文本的 UTF-16 字节: a text's UTF-16 code units as bytes, low byte first, and back — for the work files that hold
 * list cells and receipt rows ({@code CellSpool}, {@code ReceiptRows}). Copied by hand: {@code getBytes(UTF_16LE)}
 * builds a new charset encoder for every string (a quarter of the emergency list's CPU in the benchmark's profile).
 */
public final class Utf16Bytes {

    private Utf16Bytes() {
    }

    /** Two bytes per UTF-16 unit, low byte first. */
    public static byte[] encode(String text) {
        byte[] bytes = new byte[text.length() * 2];
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            bytes[2 * i] = (byte) c;
            bytes[2 * i + 1] = (byte) (c >>> 8);
        }
        return bytes;
    }

    /** The text of {@link #encode}'s bytes. */
    public static String decode(byte[] bytes) {
        char[] chars = new char[bytes.length / 2];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = (char) ((bytes[2 * i] & 0xff) | (bytes[2 * i + 1] & 0xff) << 8);
        }
        return new String(chars);
    }
}
