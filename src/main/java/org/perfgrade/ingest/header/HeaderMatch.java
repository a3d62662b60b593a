package org.perfgrade.ingest.header;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.perfgrade.ingest.problem.Problem;
import org.perfgrade.ingest.problem.ProblemCode;
import org.perfgrade.ingest.sheet.ExcelCells;

/**
 * 表头候选: one row (or two, for a two-level header) read as the header of one submission kind — the columns it
 * holds, the cells that name none of the kind's columns, and the required columns it lacks.
 *
 * @param firstRow    the first header row (the upper row of a two-level header)
 * @param lastRow     the last header row; data start below it
 * @param cells       the header texts by 0-based column
 * @param columnIndex the kind's columns found, by column
 * @param ignored     header cells not used: 0-based column and, for a repeated column, the column it repeats
 * @param missing     required columns absent, in layout order
 */
record HeaderMatch(String sheetName, int firstRow, int lastRow, List<String> cells, SubmissionLayout layout,
                   Map<Column, Integer> columnIndex, List<Ignored> ignored, List<Column> missing) {

    /** A header cell left aside; {@code repeats} is the column it duplicates, or null for an unknown header. */
    record Ignored(int column, Column repeats) {
    }

    static HeaderMatch evaluate(String sheetName, int firstRow, int lastRow, List<String> cells,
                                ColumnMatcher matcher) {
        Map<Column, Integer> index = new EnumMap<>(Column.class);
        List<Ignored> ignored = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            String text = cells.get(i);
            if (text == null || text.isBlank()) {
                continue;
            }
            Optional<Column> column = matcher.match(text);
            if (column.isEmpty()) {
                ignored.add(new Ignored(i, null));
            } else if (index.containsKey(column.get())) {
                ignored.add(new Ignored(i, column.get()));
            } else {
                index.put(column.get(), i);
            }
        }
        List<Column> missing = matcher.layout().columns().stream()
                .filter(c -> matcher.layout().required().contains(c) && !index.containsKey(c)).toList();
        return new HeaderMatch(sheetName, firstRow, lastRow, List.copyOf(cells), matcher.layout(), index,
                List.copyOf(ignored), missing);
    }

    boolean complete() {
        return missing.isEmpty();
    }

    int matched() {
        return columnIndex.size();
    }

    int matchedRequired() {
        return layout.required().size() - missing.size();
    }

    /** Close enough to a header of its kind that a missing column is the likely fault (F09), not a wrong file. */
    boolean resemblesKind() {
        int required = layout.required().size();
        return matchedRequired() >= 3 && matchedRequired() * 2 >= required;
    }

    /** Better as a complete header: more columns found, then fewer ignored cells, then one row rather than two. */
    int compareComplete(HeaderMatch other) {
        int c = Integer.compare(matched(), other.matched());
        if (c == 0) {
            c = Integer.compare(other.ignored.size(), ignored.size());
        }
        if (c == 0) {
            c = Integer.compare(other.lastRow - other.firstRow, lastRow - firstRow);
        }
        return c;
    }

    /** Better as an incomplete header: a larger share of the required columns, then more columns found. */
    int comparePartial(HeaderMatch other) {
        int c = Long.compare((long) matchedRequired() * other.layout.required().size(),
                (long) other.matchedRequired() * layout.required().size());
        return c != 0 ? c : compareComplete(other);
    }

    /** The F12 warnings, one per ignored header cell. */
    List<Problem> warnings() {
        List<Problem> problems = new ArrayList<>();
        String kindName = layout.kind().title();
        for (Ignored cell : ignored) {
            String letter = ExcelCells.columnLetters(cell.column());
            String text = cells.get(cell.column());
            String message = cell.repeats() == null
                    ? "第" + lastRow + "行" + letter + "列的表头“" + text + "”不是" + kindName + "的列，该列已忽略。"
                    : "第" + lastRow + "行" + letter + "列的表头“" + text + "”与"
                    + ExcelCells.columnLetters(columnIndex.get(cell.repeats())) + "列重复（均为“"
                    + cell.repeats().title() + "”），该列已忽略，以前一列为准。";
            problems.add(new Problem(ProblemCode.F12_UNKNOWN_COLUMN, sheetName, lastRow, letter, text, null,
                    message));
        }
        return problems;
    }
}
