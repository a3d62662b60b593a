package org.perfgrade.ingest.rules;

import java.util.Locale;
import java.util.Set;

/**
 * 文本规范化: how every cell text is cleaned before it is checked, so that a county typing on a Chinese input method
 * (全角 letters and digits, 全角空格, Alt+Enter line breaks) is not refused for what only looks different.
 * <ul>
 * <li>{@link #text(String)}: trimmed, full-width letters and digits made half-width, line breaks kept (long texts
 * such as 改造措施);</li>
 * <li>{@link #name(String)}: as text, but all whitespace collapsed — removed between two Chinese characters, one
 * space elsewhere (企业名称, 县、区, 专家姓名);</li>
 * <li>{@link #code(String)}: all full-width ASCII (letters, digits, punctuation such as －、（）) made half-width and
 * all whitespace removed (grades, batches, permit numbers, numbers);</li>
 * <li>{@link #key(String)}: the spelling-insensitive form used only to compare with configured names.</li>
 * </ul>
 * {@link #isEmptyMarker(String)} tells the 空值标记 counties put in cells that do not apply — {@code /}, {@code ／},
 * {@code —}, {@code –}, {@code -}, {@code ——}, {@code 不涉及}, {@code 无} — which count as empty.
 */
public final class TextNormalizer {

    /** 空值标记 as {@link #code(String)} leaves them (／ → /, — and – → -). */
    private static final Set<String> EMPTY_MARKERS = Set.of("/", "//", "-", "--", "---", "不涉及", "无");

    private TextNormalizer() {
    }

    /**
     * Whether a cell text is an 空值标记 ({@code /}, {@code ／}, {@code —}, {@code –}, {@code -}, {@code ——},
     * {@code 不涉及}, {@code 无}) or blank: the county's way of saying "nothing here". An optional cell so written is
     * empty; a required one is still missing (R01).
     */
    public static boolean isEmptyMarker(String value) {
        if (value == null) {
            return true;
        }
        String trimmed = strip(value);
        if (trimmed.length() > 8) {
            return false;
        }
        String code = code(trimmed);
        return code.isEmpty() || code.length() <= 3 && EMPTY_MARKERS.contains(code);
    }

    /** Only the surrounding whitespace removed (also full-width and no-break spaces): the cell as written. */
    public static String trim(String value) {
        return value == null ? "" : strip(value);
    }

    /** Trimmed (also full-width and no-break spaces), full-width letters and digits half-width, line breaks kept. */
    public static String text(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(value.length());
        String unified = value.replace("\r\n", "\n").replace('\r', '\n');
        for (int i = 0; i < unified.length(); i++) {
            out.append(halfWidthLetterOrDigit(unified.charAt(i)));
        }
        return strip(out.toString());
    }

    /** As {@link #text(String)}, with whitespace runs removed between Chinese characters and made one space elsewhere. */
    public static String name(String value) {
        String text = text(value);
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (!isSpace(c)) {
                out.append(c);
                i++;
                continue;
            }
            int end = i;
            while (end < text.length() && isSpace(text.charAt(end))) {
                end++;
            }
            char before = out.length() == 0 ? ' ' : out.charAt(out.length() - 1);
            char after = end < text.length() ? text.charAt(end) : ' ';
            if (!(isWide(before) && isWide(after))) {
                out.append(' ');
            }
            i = end;
        }
        return out.toString();
    }

    /** All full-width ASCII made half-width and every whitespace removed: Ｂ－ → B-, １２．５ → 12.5. */
    public static String code(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = halfWidth(value.charAt(i));
            if (!isSpace(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The comparison key of a configured name: {@link #code(String)} upper-cased (半焦（兰炭） = 半焦(兰炭)). */
    public static String key(String value) {
        return code(value).toUpperCase(Locale.ROOT);
    }

    /** One character made half-width when it is full-width ASCII (U+FF01–U+FF5E) or the ideographic space. */
    public static char halfWidth(char c) {
        if (c >= '！' && c <= '～') {
            return (char) (c - '！' + '!');
        }
        if (c == '\u3000') {
            return ' ';
        }
        if (c == '－' || c == '—' || c == '–' || c == '−' || c == '‐') {
            return '-';
        }
        return c;
    }

    /** Whitespace as a county may type it: also the ideographic space, no-break spaces and the byte-order mark. */
    public static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B';
    }

    /** The number of characters (code points), as a VARCHAR counts them. */
    public static int length(String value) {
        return value == null ? 0 : value.codePointCount(0, value.length());
    }

    /** A value for a message: at most {@code max} characters, with … when cut. */
    public static String abbreviate(String value, int max) {
        if (value == null) {
            return "";
        }
        if (length(value) <= max) {
            return value;
        }
        return value.substring(0, value.offsetByCodePoints(0, max)) + "…";
    }

    private static char halfWidthLetterOrDigit(char c) {
        if ((c >= '０' && c <= '９') || (c >= 'Ａ' && c <= 'Ｚ') || (c >= 'ａ' && c <= 'ｚ')) {
            return (char) (c - '！' + '!');
        }
        return c;
    }

    private static String strip(String value) {
        int start = 0;
        int end = value.length();
        while (start < end && isSpace(value.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(value.charAt(end - 1))) {
            end--;
        }
        return value.substring(start, end);
    }

    private static boolean isWide(char c) {
        return c > 0x2E7F && !isSpace(c);
    }
}
