package org.perfgrade.ingest.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.function.Supplier;

import org.perfgrade.ingest.header.Column;
import org.perfgrade.ingest.header.SourceRow;
import org.perfgrade.ingest.problem.Problem;
import org.perfgrade.ingest.problem.ProblemCode;
import org.perfgrade.ingest.problem.ProblemLevel;
import org.perfgrade.ingest.sheet.SourceCell;

/**
 * 逐行核对的记录本: one row being checked, with every problem found so far, each placed at its cell ("H12 …") so the
 * county can find it. Validators read cells through it and never stop at the first problem. An 空值标记 (/, —, 不涉及,
 * 无 …) counts as blank; a cell with one certain meaning though not written as configured is recorded with
 * {@link #correct} (更正: original and read-as value, a warning, an error under strict mode).
 */
final class RowContext {

    /** How long a cell value may be when quoted in a message. */
    static final int QUOTE_LIMIT = 40;

    private final SourceRow row;
    private final boolean strict;
    private final List<Problem> problems = new ArrayList<>();

    RowContext(SourceRow row) {
        this(row, false);
    }

    /** @param strict {@code perfgrade.ingest.strict}: every correction is an error */
    RowContext(SourceRow row, boolean strict) {
        this.row = row;
        this.strict = strict;
    }

    SourceRow row() {
        return row;
    }

    SourceCell cell(Column column) {
        return row.cell(column);
    }

    /** Whether the file has the column at all (a null fact then means "not reported"). */
    boolean has(Column column) {
        return row.cells().containsKey(column);
    }

    /**
     * Whether a cell holds nothing: blank, or an 空值标记 such as {@code /}, {@code —}, {@code 不涉及} or {@code 无}
     * ({@link TextNormalizer#isEmptyMarker(String)}), which is how counties leave a cell that does not apply.
     */
    boolean isBlank(Column column) {
        SourceCell cell = cell(column);
        return cell.date() == null && cell.number() == null && TextNormalizer.isEmptyMarker(cell.text());
    }

    /** Records R01 for a blank required cell (an 空值标记 counts as blank); true when the cell has something. */
    boolean present(Column column, boolean required) {
        if (!isBlank(column)) {
            return true;
        }
        if (required) {
            // columns counties often merge down a group of rows: only the top cell of a merged range holds the value
            boolean oftenMerged = column == Column.COUNTY || column == Column.INDUSTRY || column == Column.BRANCH;
            report(ProblemCode.R01_REQUIRED_MISSING, column, "为空，此项必填"
                    + (oftenMerged ? "（如为合并单元格，只有首行有值：请取消合并并逐行填写）" : ""));
        }
        return false;
    }

    /** A long text (改造措施, 备注 …): trimmed, half-width letters and digits, line breaks kept; null when blank. */
    String text(Column column, boolean required) {
        return read(column, required, TextNormalizer::text);
    }

    /** A one-line text (企业名称, 地址 …): as {@link #text}, whitespace collapsed; null when blank. */
    String name(Column column, boolean required) {
        return read(column, required, TextNormalizer::name);
    }

    /** A code (排污许可证编号): half-width, upper case, no spaces; null when blank. */
    String code(Column column, boolean required) {
        return read(column, required, v -> TextNormalizer.code(v).toUpperCase(java.util.Locale.ROOT));
    }

    private String read(Column column, boolean required, Function<String, String> normalizer) {
        if (!present(column, required)) {
            return null;
        }
        String value = normalizer.apply(cell(column).text());
        if (value.isEmpty()) {
            return null;
        }
        OptionalInt limit = TextLimits.of(column);
        int length = TextNormalizer.length(value);
        if (limit.isPresent() && length > limit.getAsInt()) {
            report(ProblemCode.R18_TEXT_TOO_LONG, column,
                    "长度为" + length + "个字，超过上限" + limit.getAsInt() + "个字，请精简");
        }
        return value;
    }

    /**
     * Records a problem at a cell. The message is the cell's place and the column title followed by {@code rest},
     * e.g. {@code report(R06, TARGET_GRADE, "“A”不属于…")} gives "H12 绩效提升目标“A”不属于…".
     */
    void report(ProblemCode code, Column column, String rest) {
        SourceCell cell = cell(column);
        String value = cell.text().isEmpty() ? null : cell.text();
        problems.add(new Problem(code, row.sheet(), row.rowNumber(), letters(cell.ref()), column.title(), value,
                place(cell) + " " + column.title() + rest));
    }

    /**
     * Records a correction (更正): the cell as written had one certain meaning, {@code readAs}, which is stored. A
     * warning, or an error under strict mode. The message is the cell's place and column title followed by
     * {@code rest}, e.g. {@code correct(R30, PLANNED_COMPLETION, "2021-08-31", "“8月底”按 2021-08-31 读取")}.
     */
    void correct(ProblemCode code, Column column, String readAs, String rest) {
        SourceCell cell = cell(column);
        String original = cell.text().isEmpty() ? null : cell.text();
        String message = place(cell) + " " + column.title() + rest
                + (strict && code.correction() ? "（严格模式：请按规范写法填写后重新报送）" : "");
        problems.add(new Problem(code, row.sheet(), row.rowNumber(), letters(cell.ref()), column.title(), original,
                message, original, readAs, code.level(strict)));
    }

    /** The cell text for a message, in Chinese quotes and cut to {@link #QUOTE_LIMIT} characters. */
    String quoted(Column column) {
        return quote(TextNormalizer.text(cell(column).text()));
    }

    /** The cell text exactly as written (only surrounding spaces removed), quoted: the original of a correction. */
    String original(Column column) {
        return quote(TextNormalizer.trim(cell(column).text()));
    }

    static String quote(String value) {
        return "“" + TextNormalizer.abbreviate(value, QUOTE_LIMIT) + "”";
    }

    boolean hasErrors() {
        return problems.stream().anyMatch(p -> p.level() == ProblemLevel.ERROR);
    }

    /** The outcome: the facts when no error was found (built only then), and every problem. */
    <T> ValidatedRow<T> result(Supplier<T> facts) {
        return new ValidatedRow<>(row.rowNumber(), hasErrors() ? null : facts.get(), problems);
    }

    private String place(SourceCell cell) {
        return cell.ref() == null || cell.ref().isBlank() ? "第" + row.rowNumber() + "行" : cell.ref();
    }

    /** The column letters of a cell reference: "H12" → "H"; null when the reference is unknown. */
    static String letters(String ref) {
        if (ref == null || ref.isBlank()) {
            return null;
        }
        int end = 0;
        while (end < ref.length() && Character.isLetter(ref.charAt(end))) {
            end++;
        }
        return end == 0 ? null : ref.substring(0, end).toUpperCase(java.util.Locale.ROOT);
    }
}
