package org.perfgrade.ingest.header;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.perfgrade.ingest.SubmissionKind;
import org.perfgrade.ingest.problem.FileRejectedException;
import org.perfgrade.ingest.problem.Problem;
import org.perfgrade.ingest.problem.ProblemCode;
import org.perfgrade.ingest.sheet.HeaderText;
import org.perfgrade.ingest.sheet.RowStream;
import org.perfgrade.ingest.sheet.SheetRow;
import org.perfgrade.ingest.sheet.SpreadsheetFile;

/**
 * 表头识别: finds the header row of a county file by its names, not its position — among the first
 * {@value #SCAN_ROWS} non-blank rows of each visible sheet, the row (or pair of rows, for a two-level header) that
 * names the most columns of a {@link SubmissionLayout} — and so recognises the kind of submission. The first sheet
 * with a complete header is used; otherwise the file is refused: F09 when a header lacks required columns (listed
 * in layout order), F10 when column names are found but fit no kind, F08 when nothing looks like a header, F04
 * when every sheet is blank. Only the first rows of each sheet are read.
 */
public final class HeaderDetector {

    /** How many non-blank rows of each sheet may precede and include the header. */
    public static final int SCAN_ROWS = 30;

    private final List<ColumnMatcher> matchers = SubmissionLayout.all().stream().map(ColumnMatcher::new).toList();

    public DetectedSheet detect(SpreadsheetFile file) throws FileRejectedException {
        HeaderMatch bestPartial = null;
        List<String> recognised = List.of();
        boolean anyContent = false;
        for (SpreadsheetFile.Sheet sheet : file.sheets()) {
            if (sheet.hidden()) {
                continue;
            }
            List<SheetRow> rows = firstRows(file, sheet);
            anyContent |= !rows.isEmpty();
            HeaderMatch bestComplete = null;
            for (HeaderMatch match : candidates(sheet.name(), rows)) {
                if (match.complete()) {
                    if (bestComplete == null || match.compareComplete(bestComplete) > 0) {
                        bestComplete = match;
                    }
                } else if (bestPartial == null || match.comparePartial(bestPartial) > 0) {
                    bestPartial = match;
                }
            }
            if (bestComplete != null) {
                return detected(bestComplete, rows);
            }
            List<String> names = mostKnownNames(rows);
            if (names.size() > recognised.size()) {
                recognised = names;
            }
        }
        throw rejection(file.fileName(), anyContent, bestPartial, recognised);
    }

    private static List<SheetRow> firstRows(SpreadsheetFile file, SpreadsheetFile.Sheet sheet)
            throws FileRejectedException {
        List<SheetRow> rows = new ArrayList<>();
        try (RowStream stream = file.rows(sheet)) {
            for (SheetRow row = stream.next(); row != null && rows.size() < SCAN_ROWS; row = stream.next()) {
                if (!row.isBlank()) {
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    private List<HeaderMatch> candidates(String sheetName, List<SheetRow> rows) {
        List<HeaderMatch> matches = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            SheetRow row = rows.get(i);
            List<String> single = texts(row, null);
            SheetRow below = i + 1 < rows.size() ? rows.get(i + 1) : null;
            boolean twoLevel = below != null && below.rowNumber() == row.rowNumber() + 1;
            List<String> pair = twoLevel ? texts(row, below) : null;
            for (ColumnMatcher matcher : matchers) {
                matches.add(HeaderMatch.evaluate(sheetName, row.rowNumber(), row.rowNumber(), single, matcher));
                if (twoLevel) {
                    matches.add(HeaderMatch.evaluate(sheetName, row.rowNumber(), below.rowNumber(), pair, matcher));
                }
            }
        }
        return matches;
    }

    /** The header texts of a row; with a row below, each column takes the lower text when there is one. */
    private static List<String> texts(SheetRow row, SheetRow below) {
        int width = below == null ? row.width() : Math.max(row.width(), below.width());
        List<String> texts = new ArrayList<>(width);
        for (int i = 0; i < width; i++) {
            String text = row.cell(i).text();
            if (below != null && !below.cell(i).text().isBlank()) {
                text = below.cell(i).text();
            }
            texts.add(text);
        }
        return texts;
    }

    private static DetectedSheet detected(HeaderMatch match, List<SheetRow> rows) {
        List<String> above = rows.stream().filter(r -> r.rowNumber() < match.firstRow())
                .map(SheetRow::joinedText).toList();
        String dateText = "";
        for (String line : above) {
            if (HeaderText.normalize(line).contains("日期")) {
                dateText = line;
            }
        }
        return new DetectedSheet(match.layout().kind(), match.sheetName(), match.lastRow(), match.columnIndex(),
                match.warnings(), String.join("\n", above), dateText);
    }

    /** The known column names (any kind) of the row that holds the most of them. */
    private List<String> mostKnownNames(List<SheetRow> rows) {
        List<String> best = List.of();
        for (SheetRow row : rows) {
            Set<String> names = new LinkedHashSet<>();
            for (String text : texts(row, null)) {
                for (ColumnMatcher matcher : matchers) {
                    matcher.match(text).ifPresent(c -> names.add(c.title()));
                }
            }
            if (names.size() > best.size()) {
                best = List.copyOf(names);
            }
        }
        return best;
    }

    private static FileRejectedException rejection(String fileName, boolean anyContent, HeaderMatch partial,
                                                   List<String> recognised) {
        String file = "文件“" + fileName + "”";
        if (!anyContent) {
            return new FileRejectedException(ProblemCode.F04_EMPTY, file + "中没有数据：所有可见工作表都是空的。");
        }
        if (partial != null && partial.resemblesKind()) {
            String missing = partial.missing().stream().map(Column::title).collect(Collectors.joining("、"));
            SubmissionKind kind = partial.layout().kind();
            Problem problem = new Problem(ProblemCode.F09_MISSING_COLUMNS, partial.sheetName(), partial.lastRow(),
                    null, null, missing, file + "工作表“" + partial.sheetName() + "”第" + partial.lastRow()
                    + "行像是" + kind.title() + "（" + kind.code() + "）的表头，但缺少必需的列：" + missing
                    + "。请按模板补齐这些列（列名须与模板一致）后重新报送。");
            return new FileRejectedException(problem, null);
        }
        if (recognised.size() >= 3) {
            return new FileRejectedException(ProblemCode.F10_KIND_UNKNOWN, file + "中找到了“"
                    + String.join("”“", recognised) + "”等列，但无法判断是哪一种报送表（清单台账、提升企业清单、"
                    + "申报评审、违法问题、专家名单）。请使用对应的模板填报。");
        }
        return new FileRejectedException(ProblemCode.F08_HEADER_NOT_FOUND, file + "中找不到表头行：各工作表前 "
                + SCAN_ROWS + " 行中没有一行包含“企业名称”“县、区”“重点行业类型”等列名。请使用模板填报，表头各列名须与模板一致。");
    }
}
