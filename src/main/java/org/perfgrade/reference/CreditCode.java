package org.perfgrade.reference;

import java.util.Objects;

/**
 * 统一社会信用代码 (GB 32100-2015): the key that ties an enterprise's lines in the county lists together, so every
 * importer checks it the same way and the sample generator makes codes that pass the same check.
 * <p>
 * 18 characters from {@code 0123456789ABCDEFGHJKLMNPQRTUWXY} (values 0–30; no I, O, Z, S, V): position 1 the
 * registration authority, 2 the entity type, 3–8 the region code, 9–17 the organisation code and 18 the check
 * character, {@code 31 − (Σ value × weight mod 31)} with 31 written as 0. A few real codes fail the check, so a wrong
 * check character is a warning the county must confirm ({@link Status#WRONG_CHECK_CHARACTER}), while a wrong length
 * or character is an error. Input is forgiving: surrounding (full-width) spaces are trimmed, full-width digits and
 * letters are made half-width and letters upper-case before checking ({@link #normalize(String)}).
 */
public final class CreditCode {

    /** The 31 characters a code may contain, in value order. */
    public static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    /** The length of a code, check character included. */
    public static final int LENGTH = 18;

    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private CreditCode() {
    }

    /** What {@link #check(String)} found. */
    public enum Status {
        /** 18 allowed characters and a matching check character. */
        VALID,
        /** A warning: the check character does not match; some real codes do this, so the county must confirm. */
        WRONG_CHECK_CHARACTER,
        /** An error: not 18 characters. */
        WRONG_LENGTH,
        /** An error: a character outside {@link #ALPHABET}. */
        INVALID_CHARACTER,
        /** An error: nothing given. */
        EMPTY;

        /** Whether a row carrying this code must be rejected (a wrong check character is only a warning). */
        public boolean isError() {
            return this == WRONG_LENGTH || this == INVALID_CHARACTER || this == EMPTY;
        }
    }

    /**
     * The result of a check.
     *
     * @param message what is wrong, in Chinese, ready for a receipt; empty when valid
     */
    public record Check(Status status, String message) {

        public Check {
            Objects.requireNonNull(status, "status");
            message = message == null ? "" : message;
        }

        /** Whether the row must be rejected (wrong length, wrong character, empty). */
        public boolean isError() {
            return status.isError();
        }

        /** Whether the county must confirm the code (wrong check character). */
        public boolean isWarning() {
            return status == Status.WRONG_CHECK_CHARACTER;
        }

        public boolean isValid() {
            return status == Status.VALID;
        }
    }

    /**
     * Trims spaces (also full-width and no-break spaces), makes full-width digits and letters half-width and letters
     * upper-case. Returns an empty string for null.
     */
    public static String normalize(String code) {
        if (code == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(code.length());
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c >= '０' && c <= '９') {
                c = (char) (c - '０' + '0');
            } else if (c >= 'Ａ' && c <= 'Ｚ') {
                c = (char) (c - 'Ａ' + 'A');
            } else if (c >= 'ａ' && c <= 'ｚ') {
                c = (char) (c - 'ａ' + 'A');
            } else if (c >= 'a' && c <= 'z') {
                c = (char) (c - 'a' + 'A');
            }
            out.append(c);
        }
        int start = 0;
        int end = out.length();
        while (start < end && isSpace(out.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(out.charAt(end - 1))) {
            end--;
        }
        return out.substring(start, end);
    }

    /** Checks a code as written in a list (normalised first, see {@link #normalize(String)}). */
    public static Check check(String code) {
        String normalized = normalize(code);
        if (normalized.isEmpty()) {
            return new Check(Status.EMPTY, "统一社会信用代码为空");
        }
        int length = normalized.codePointCount(0, normalized.length());
        if (length != LENGTH) {
            return new Check(Status.WRONG_LENGTH, "统一社会信用代码应为18位，实为" + length + "位");
        }
        for (int i = 0; i < LENGTH; i++) {
            char c = normalized.charAt(i);
            if (ALPHABET.indexOf(c) < 0) {
                return new Check(Status.INVALID_CHARACTER,
                        "第" + (i + 1) + "位字符“" + c + "”不是统一社会信用代码允许的字符（不含 I、O、Z、S、V）");
            }
        }
        char expected = checkCharacter(normalized.substring(0, LENGTH - 1));
        char actual = normalized.charAt(LENGTH - 1);
        if (expected != actual) {
            return new Check(Status.WRONG_CHECK_CHARACTER, "校验位应为“" + expected + "”，实为“" + actual + "”，请核实");
        }
        return new Check(Status.VALID, "");
    }

    /** Whether the code (normalised) is 18 allowed characters with a matching check character. */
    public static boolean isValid(String code) {
        return check(code).isValid();
    }

    /**
     * The check character for the first 17 characters of a code.
     *
     * @throws IllegalArgumentException if not exactly 17 characters of {@link #ALPHABET}
     */
    public static char checkCharacter(CharSequence first17) {
        Objects.requireNonNull(first17, "first17");
        if (first17.length() != LENGTH - 1) {
            throw new IllegalArgumentException(
                    "统一社会信用代码前17位应为17个字符，实为" + first17.length() + "个：" + first17);
        }
        int sum = 0;
        for (int i = 0; i < LENGTH - 1; i++) {
            char c = first17.charAt(i);
            int value = ALPHABET.indexOf(c);
            if (value < 0) {
                throw new IllegalArgumentException(
                        "第" + (i + 1) + "位字符“" + c + "”不是统一社会信用代码允许的字符（不含 I、O、Z、S、V）");
            }
            sum += value * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return ALPHABET.charAt(check == 31 ? 0 : check);
    }

    /** The first 17 characters followed by their check character. */
    public static String withCheckCharacter(String first17) {
        return first17 + checkCharacter(first17);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }
}
