package org.perfgrade.ingest.problem;

/**
 * One problem found in a county file, at its exact place.
 *
 * @param sheet    the sheet name, null for a problem with the file as a whole
 * @param row      the row number as Excel shows it, null for a whole-file problem
 * @param column   the column letters (e.g. {@code H}), null when the problem is with the row or file
 * @param title    the column's header as the county wrote it, null likewise
 * @param value    the offending cell text, null when none
 * @param message  a complete Chinese sentence saying what is wrong and, where possible, what would be right
 * @param original for a correction (更正), the cell text as written; null otherwise
 * @param readAs   for a correction, the value it was read as and stored ({@code 2021-08-31}, {@code 铸造}); null
 *                 otherwise
 * @param level    how bad it is: the code's level, or ERROR for a correction in strict mode
 */
public record Problem(ProblemCode code, String sheet, Integer row, String column, String title, String value,
                      String message, String original, String readAs, ProblemLevel level) {

    public Problem {
        if (level == null) {
            level = code.level();
        }
    }

    public Problem(ProblemCode code, String sheet, Integer row, String column, String title, String value,
                   String message) {
        this(code, sheet, row, column, title, value, message, null, null, code.level());
    }

    public static Problem ofFile(ProblemCode code, String message) {
        return new Problem(code, null, null, null, null, null, message);
    }
}
