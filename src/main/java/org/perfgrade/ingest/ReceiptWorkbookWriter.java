package org.perfgrade.ingest;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.perfgrade.document.StreamingWorkbook;
import org.perfgrade.document.SafeCells;
import org.perfgrade.reference.County;

/**
 * 回执: tells the county what became of its file — a summary sheet, and every submitted row as it was sent with
 * its 状态 and 问题说明 (each problem with its cell). Streams the rows {@code loadRows} kept ({@link ReceiptRows}), or
 * the original again when there are none, so a 100,000-row file needs no more memory than a small one.
 */
final class ReceiptWorkbookWriter {

    private final SubmissionRepository.Submission submission;
    private final List<Problem> problems;
    private final County county;
    private final Path original;
    private final Path keptRows;
    private final IngestLimits limits;

    /** @param keptRows the rows {@code loadRows} kept ({@link ReceiptRows}), or null to read them from the original */
    ReceiptWorkbookWriter(SubmissionRepository.Submission submission, List<Problem> problems, County county,
                          Path original, Path keptRows, IngestLimits limits) {
        this.submission = submission;
        this.problems = problems;
        this.county = county;
        this.original = original;
        this.keptRows = keptRows;
        this.limits = limits;
    }

    void write(OutputStream out) throws Exception {
        try (SXSSFWorkbook workbook = new StreamingWorkbook(200)) {
            CellStyle header = headerStyle(workbook);
            CellStyle wrap = workbook.createCellStyle();
            wrap.setWrapText(true);
            CellStyle quoted = SafeCells.quotedStyle(workbook, null);
            // every cell gets a style of its own: a cell without one makes SXSSF look the column's default style up
            // in the sheet's XML column list when it writes the cell, a seventh of the receipt's CPU
            CellStyle plain = workbook.getCellStyleAt(0);
            writeSummary(workbook.createSheet("汇总"), header, wrap, quoted, plain);
            if (!"REJECTED".equals(submission.status()) || submission.rowsTotal() > 0) { // 没有可接收的数据行: every row
                writeRows(workbook.createSheet("逐行回执"), header, wrap, quoted, plain);
            }
            workbook.write(out);
        }
    }

    private void writeSummary(Sheet sheet, CellStyle header, CellStyle wrap, CellStyle quoted, CellStyle plain) {
        String title = (county == null ? "" : county.name()) + "报送文件导入回执";
        row(sheet, 0, header, quoted, title);
        String[][] lines = {
                { "文件名", submission.fileName() },
                { "SHA-256", submission.sha256() },
                { "报送县区", county == null ? "未能确定" : county.name() },
                { "报送类型", submission.kind() == null ? "未能识别"
                        : SubmissionKind.valueOf(submission.kind()).title() },
                { "处理结果", switch (submission.status()) {
                    case "REJECTED" -> "整体拒收";
                    case "IMPORTED" -> "已导入";
                    case "HELD" -> "待市生态环境局确认（在册数据未作改动）";
                    default -> submission.status();
                } },
                { "数据行数", String.valueOf(submission.rowsTotal()) },
                { "接收行数", String.valueOf(submission.rowsAccepted()) },
                { "拒收行数", String.valueOf(submission.rowsRejected()) },
                { "提示条数", String.valueOf(submission.rowsWarned()) },
                { "说明", submission.message() == null ? "" : submission.message() } };
        for (int i = 0; i < lines.length; i++) {
            row(sheet, i + 2, plain, quoted, lines[i]);
        }
        List<Problem> fileProblems = problems.stream().filter(p -> p.row() == null).toList();
        int r = lines.length + 3;
        if (!fileProblems.isEmpty()) {
            row(sheet, r++, header, quoted, "文件问题", "代码", "说明");
            for (Problem p : fileProblems) {
                row(sheet, r++, wrap, quoted, p.level().label(), p.code().code(), p.message());
            }
        }
        Map<String, Long> byCode = problems.stream().filter(p -> p.row() != null).collect(Collectors.groupingBy(
                p -> p.code().code() + " " + p.code().title(), java.util.TreeMap::new, Collectors.counting()));
        if (!byCode.isEmpty()) {
            r++;
            row(sheet, r++, header, quoted, "问题类别", "条数");
            for (Map.Entry<String, Long> e : byCode.entrySet()) {
                row(sheet, r++, plain, quoted, e.getKey(), String.valueOf(e.getValue()));
            }
        }
        sheet.setColumnWidth(0, 14 * 256);
        sheet.setColumnWidth(1, 70 * 256);
        sheet.setColumnWidth(2, 80 * 256);
    }

    private void writeRows(SXSSFSheet sheet, CellStyle header, CellStyle wrap, CellStyle quoted, CellStyle plain)
            throws Exception {
        try (SpreadsheetFile file = SpreadsheetFile.open(original, limits)) {
            DetectedSheet detected = new HeaderDetector().detect(file);
            List<Column> columns = ReceiptRows.columns(detected);
            List<String> titles = new ArrayList<>(List.of("行号"));
            columns.forEach(c -> titles.add(c.title()));
            titles.add("状态");
            titles.add("问题说明");
            row(sheet, 0, header, quoted, titles.toArray(String[]::new));
            sheet.createFreezePane(1, 1);
            RowProblems rowProblems = new RowProblems(problems);
            int r = 1;
            if (keptRows != null) {
                try (ReceiptRows.Reader kept = new ReceiptRows.Reader(keptRows)) {
                    for (ReceiptRows.Line line = kept.next(); line != null; line = kept.next()) {
                        if (line.values().size() != columns.size()) {
                            throw new IllegalStateException("回执行缓存与原件的列不符：" + keptRows);
                        }
                        writeRow(sheet, r++, line.rowNumber(), line.values(), rowProblems, wrap, quoted, plain);
                    }
                }
            } else {
                try (RowCursor cursor = RowCursor.open(file, detected)) {
                    for (Optional<SourceRow> source = cursor.next(); source.isPresent(); source = cursor.next()) {
                        SourceRow row = source.get();
                        writeRow(sheet, r++, row.rowNumber(), ReceiptRows.values(row, columns), rowProblems, wrap,
                                quoted, plain);
                    }
                }
            }
            for (int c = 0; c < titles.size(); c++) {
                sheet.setColumnWidth(c, (c == titles.size() - 1 ? 80 : c == 0 ? 8 : 18) * 256);
            }
        }
    }

    /** One submitted row: 行号, the values, 状态 and 问题说明. */
    private static void writeRow(SXSSFSheet sheet, int index, int rowNumber, List<String> cells, RowProblems problems,
                                 CellStyle wrap, CellStyle quoted, CellStyle plain) {
        List<Problem> mine = problems.of(rowNumber);
        List<String> values = new ArrayList<>(cells.size() + 3);
        values.add(String.valueOf(rowNumber));
        values.addAll(cells);
        boolean error = mine.stream().anyMatch(p -> p.level() == ProblemLevel.ERROR);
        values.add(error ? "未接收" : mine.isEmpty() ? "已接收" : "已接收（有提示）");
        values.add(mine.stream().map(p -> "[" + p.code().code() + "] " + p.message())
                .collect(Collectors.joining("\n")));
        Row written = row(sheet, index, plain, quoted, values.toArray(String[]::new));
        if (!mine.isEmpty()) {
            written.getCell(values.size() - 1).setCellStyle(wrap);
        }
    }

    /** The row problems in row order, handed out row by row as the rows come in ascending order. */
    private static final class RowProblems {

        private final List<Problem> sorted;
        private int next;

        RowProblems(List<Problem> problems) {
            this.sorted = problems.stream().filter(p -> p.row() != null).sorted(Comparator.comparing(Problem::row))
                    .toList();
        }

        List<Problem> of(int rowNumber) {
            while (next < sorted.size() && sorted.get(next).row() < rowNumber) {
                next++;
            }
            List<Problem> mine = new ArrayList<>();
            while (next < sorted.size() && sorted.get(next).row() == rowNumber) {
                mine.add(sorted.get(next++));
            }
            return mine;
        }
    }

    private static Row row(Sheet sheet, int index, CellStyle style, CellStyle quoted, String... values) {
        Row row = sheet.createRow(index);
        for (int c = 0; c < values.length; c++) {
            var cell = row.createCell(c);
            cell.setCellStyle(style);
            SafeCells.setText(cell, values[c], quoted);
        }
        return row;
    }

    private static CellStyle headerStyle(SXSSFWorkbook workbook) {
        CellStyle style = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        style.setFont(bold);
        style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        style.setBorderBottom(BorderStyle.THIN);
        style.setWrapText(true);
        return style;
    }
}
