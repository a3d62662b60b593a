package org.perfgrade.cli;

/**
 * Pads text for tables printed on a terminal, counting a Chinese character as two columns (as terminals show it),
 * so that county names line up.
 */
final class TextColumns {

    private TextColumns() {
    }

    static String pad(String text, int width) {
        return text + " ".repeat(Math.max(1, width - width(text)));
    }

    static String padLeft(String text, int width) {
        return " ".repeat(Math.max(1, width - width(text))) + text;
    }

    static int width(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            width += c >= 0x1100 && (c <= 0x115F || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3)
                    || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
                    || (c >= 0xFFE0 && c <= 0xFFE6)) ? 2 : 1;
        }
        return width;
    }
}
