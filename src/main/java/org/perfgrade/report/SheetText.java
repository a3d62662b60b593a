package org.perfgrade.report;

/**
 * What the Excel lists share: how wide a text is in column units (a CJK or full-width character counts 2), how many
 * lines it takes wrapped in a column (the fixed document dates are {@link org.perfgrade.document.xlsx.WorkbookStamp}'s).
 */
final class SheetText {

    private SheetText() {
    }

    /** Width in character units: CJK and full-width characters count 2. */
    static int displayWidth(String text) {
        if (text == null) {
            return 0;
        }
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            width += cp >= 0x1100 && (cp <= 0x115F || cp >= 0x2E80) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return width;
    }

    /** The width of a text's widest line (0 for none). */
    static int longestLine(String text) {
        if (text == null) {
            return 0;
        }
        int longest = 0;
        for (int start = 0, end; start <= text.length(); start = end + 1) {
            end = lineEnd(text, start);
            longest = Math.max(longest, displayWidth(text, start, end));
        }
        return longest;
    }

    /** How many lines a wrapped text takes in a column of the given width. */
    static int lines(String text, int width) {
        if (text == null || text.isEmpty()) {
            return 1;
        }
        int lines = 0;
        for (int start = 0, end; start <= text.length(); start = end + 1) {
            end = lineEnd(text, start);
            lines += Math.max(1, (displayWidth(text, start, end) + width - 1) / width);
        }
        return lines;
    }

    /** Where the line starting at {@code start} ends: the index of its \n (or the text's length). */
    private static int lineEnd(String text, int start) {
        int end = text.indexOf('\n', start);
        return end < 0 ? text.length() : end;
    }

    /** The display width of text[from, to), a \r before the line end not counted (as split("\r?\n") did). */
    private static int displayWidth(String text, int from, int to) {
        if (to > from && text.charAt(to - 1) == '\r' && to < text.length()) {
            to--;
        }
        int width = 0;
        for (int i = from; i < to; ) {
            int cp = text.codePointAt(i);
            width += cp >= 0x1100 && (cp <= 0x115F || cp >= 0x2E80) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return width;
    }
}
