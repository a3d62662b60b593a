package org.perfgrade.ledger;

import java.math.BigDecimal;
import java.util.Objects;

import org.perfgrade.reference.CreditCode;

/** How the ledger reads and compares the text of facts (事实文本): blank is "not reported", 未评级 is no grade. */
public final class FactText {

    /** How lists write "no grade"; stored as NULL. */
    static final String UNGRADED = "未评级";

    private FactText() {
    }

    /** The text stripped, or null when null or blank. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        String stripped = text.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    /**
     * An enterprise name as compared across counties: full-width ASCII (（）－ Ａ) half-width, whitespace and
     * zero-width characters removed, letters upper-cased — 华达（集团）, 华达(集团) and 华达 (集团) are one name.
     */
    public static String nameKey(String name) {
        StringBuilder key = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                c = (char) (c - '\uFF01' + '!');
            }
            if (!ignoredInName(c)) {
                key.append(Character.toUpperCase(c));
            }
        }
        return key.toString();
    }

    /** The leading characters of a name that {@link #nameKey} leaves as they are (for a LIKE prefix). */
    public static String namePrefix(String name) {
        int end = 0;
        while (end < name.length()) {
            char c = name.charAt(end);
            if (c <= 0x2E7F || c >= '\uFF01' && c <= '\uFF5E' || ignoredInName(c) || c == '%' || c == '_') {
                break;
            }
            end++;
        }
        return name.substring(0, end);
    }

    private static boolean ignoredInName(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c >= '\u200B' && c <= '\u200D'
                || c == '\u2060' || c == '\uFEFF' || c == '\u00AD';
    }

    /** A grade code, or null for 未评级 (blank or the word itself). */
    public static String grade(String grade) {
        String code = clean(grade);
        return code == null || UNGRADED.equals(code) ? null : code;
    }

    /** A credit code normalised as {@link CreditCode#normalize(String)} does, or null when none. */
    public static String creditCode(String code) {
        return clean(CreditCode.normalize(code));
    }

    /** A grade for messages: 未评级 for none. */
    public static String gradeLabel(String grade) {
        return grade == null ? UNGRADED : grade;
    }

    /** The reported value, or the stored one when nothing was reported. */
    public static <T> T orStored(T reported, T stored) {
        return reported != null ? reported : stored;
    }

    /** Equality that treats 1.5 and 1.5000 as equal. */
    public static boolean same(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        return Objects.equals(a, b);
    }
}
