package org.perfgrade.ingest.sheet;

/**
 * 表头文字规范化: counties type headers by hand — with spaces, line breaks (Alt+Enter), full-width brackets and
 * letters, 县/区 instead of 县、区 — so headers and names are compared only after {@link #normalize(String)}.
 */
public final class HeaderText {

    private HeaderText() {
    }

    /**
     * The text as compared: every kind of white space removed (line breaks, tabs, U+3000 全角空格, no-break and
     * zero-width spaces), full-width ASCII (！–～) made half-width, 【】〔〕 made [], the separators / , ， ､ unified to
     * 、, and ASCII letters lower-cased. Null gives "".
     */
    public static String normalize(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isBlankChar(c)) {
                continue;
            }
            if (c >= '\uFF01' && c <= '\uFF5E') {
                c = (char) (c - 0xFEE0);
            }
            c = switch (c) {
                case '【', '〔' -> '[';
                case '】', '〕' -> ']';
                case '/', ',', '､' -> '、';
                default -> c;
            };
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            }
            out.append(c);
        }
        return out.toString();
    }

    /** The text with leading and trailing white space of every kind removed (also U+3000 and no-break spaces). */
    public static String trim(String text) {
        if (text == null) {
            return "";
        }
        int start = 0;
        int end = text.length();
        while (start < end && isBlankChar(text.charAt(start))) {
            start++;
        }
        while (end > start && isBlankChar(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    /** White space of any kind, including no-break (U+00A0, U+202F), zero-width (U+200B) and BOM (U+FEFF). */
    static boolean isBlankChar(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF'
                || c == '\u200C' || c == '\u200D';
    }
}
