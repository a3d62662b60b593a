package org.perfgrade.ingest.receipt;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
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
import org.perfgrade.ingest.SubmissionStatus;
import org.perfgrade.document.xlsx.SafeCells;
import org.perfgrade.document.xlsx.poi.StreamingWorkbook;
import org.perfgrade.ingest.IngestLimits;
import org.perfgrade.ingest.SubmissionKind;
import org.perfgrade.ingest.SubmissionRepository;
import org.perfgrade.ingest.header.Column;
import org.perfgrade.ingest.header.DetectedSheet;
import org.perfgrade.ingest.header.HeaderDetector;
import org.perfgrade.ingest.header.RowCursor;
import org.perfgrade.ingest.header.SkippedRow;
import org.perfgrade.ingest.header.SourceRow;
import org.perfgrade.ingest.problem.Problem;
import org.perfgrade.ingest.problem.ProblemLevel;
import org.perfgrade.ingest.sheet.SpreadsheetFile;
import org.perfgrade.reference.County;

/**
 * 回执: tells the county what became of its file — a summary sheet (汇总); every submitted row as it was sent with
 * its 状态 and 问题说明 (each problem with its cell), and for a correction (更正) the 原文 and what it was 读取为
 * (逐行回执); the rows skipped as not data with the reason (已跳过); and what each problem code means and what to do
 * (说明, {@link ReceiptNotes}). Streams the rows {@code loadRows} kept ({@link ReceiptRows}), or the original again
 * when there are none, so a 100,000-row file needs no more memory than a small one.
 */
public final class ReceiptWorkbookWriter {

    private final SubmissionRepository.Submission submission;
    private final List<Problem> problems;
    private final List<SkippedRow> skipped;
    private final boolean strict;
    private final County county;
    private final Path original;
    private final Path keptRows;
    private final IngestLimits limits;

    /**
     * @param skipped  the rows skipped as not data (已跳过)
     * @param strict   whether corrections were refused ({@code perfgrade.ingest.strict}), for the 说明 sheet
     * @param keptRows the rows {@code loadRows} kept ({@link ReceiptRows}), or null to read them from the original
     */
    public ReceiptWorkbookWriter(SubmissionRepository.Submission submission, List<Problem> problems,
                          List<SkippedRow> skipped, boolean strict, County county, Path original, Path keptRows,
                          IngestLimits limits) {
        this.submission = submission;
        this.problems = problems;
        this.skipped = skipped;
        this.strict = strict;
        this.county = county;
        this.original = original;
        this.keptRows = keptRows;
        this.limits = limits;
    }

    public void write(OutputStream out) throws Exception {
        try (SXSSFWorkbook workbook = new StreamingWorkbook(200)) {
            CellStyle header = headerStyle(workbook);
            CellStyle wrap = workbook.createCellStyle();
            wrap.setWrapText(true);
            CellStyle quoted = SafeCells.quotedStyle(workbook, null);
            // every cell gets a style of its own: a cell without one makes SXSSF look the column's default style up
            // in the sheet's XML column list when it writes the cell, a seventh of the receipt's CPU
            CellStyle plain = workbook.getCellStyleAt(0);
            writeSummary(workbook.createSheet("汇总"), header, wrap, quoted, plain);
            // a file refused whole was never read row by row; one refused for having no acceptable row was
            boolean rowsRead = submission.status() != SubmissionStatus.REJECTED || submission.rowsTotal() > 0;
            if (rowsRead) {
                writeRows(workbook.createSheet("逐行回执"), header, wrap, quoted, plain);
            }
            if (rowsRead || !skipped.isEmpty()) {
                writeSkipped(workbook.createSheet("已跳过"), header, quoted, plain);
            }
            ReceiptNotes.write(workbook.createSheet("说明"), strict, header, wrap, quoted);
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
                    case REJECTED -> "整体拒收";
                    case IMPORTED -> "已导入";
                    case HELD -> "待市生态环境局确认（在册数据未作改动）";
                    default -> submission.status().name();
                } },
                { "数据行数", String.valueOf(submission.rowsTotal()) },
                { "接收行数", String.valueOf(submission.rowsAccepted()) },
                { "拒收行数", String.valueOf(submission.rowsRejected()) },
                { "提示条数", String.valueOf(submission.rowsWarned()) },
                { "跳过行数", skipped.size() + "（不是数据的行，见“已跳过”，不计入数据行数）" },
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
            titles.add("原文");
            titles.add("读取为");
            titles.add("状态");
            titles.add("问题说明");
            row(sheet, 0, header, quoted, titles.toArray(String[]::new));
            sheet.createFreezePane(1, 1);
            ReceiptRowProblems rowProblems = new ReceiptRowProblems(problems);
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

    /** One submitted row: 行号, the values, a correction's 原文 and 读取为, 状态 and 问题说明. */
    private static void writeRow(SXSSFSheet sheet, int index, int rowNumber, List<String> cells,
                                 ReceiptRowProblems problems, CellStyle wrap, CellStyle quoted, CellStyle plain) {
        List<Problem> mine = problems.of(rowNumber);
        List<String> values = new ArrayList<>(cells.size() + 5);
        values.add(String.valueOf(rowNumber));
        values.addAll(cells);
        List<Problem> corrections = mine.stream().filter(p -> p.code().correction() && p.original() != null).toList();
        values.add(corrections.stream().map(p -> label(p) + p.original()).collect(Collectors.joining("\n")));
        values.add(corrections.stream().map(p -> label(p) + (p.readAs() == null ? "" : p.readAs()))
                .collect(Collectors.joining("\n")));
        boolean error = mine.stream().anyMatch(p -> p.level() == ProblemLevel.ERROR);
        values.add(error ? "未接收" : mine.isEmpty() ? "已接收" : "已接收（有提示）");
        values.add(mine.stream().map(p -> "[" + p.code().code() + "] " + p.message())
                .collect(Collectors.joining("\n")));
        Row written = row(sheet, index, plain, quoted, values.toArray(String[]::new));
        if (!mine.isEmpty()) {
            written.getCell(values.size() - 1).setCellStyle(wrap);
        }
        if (corrections.size() > 1) {
            written.getCell(values.size() - 4).setCellStyle(wrap);
            written.getCell(values.size() - 3).setCellStyle(wrap);
        }
    }

    /** “拟完成时间：” before a correction's text when the row has a column title for it. */
    private static String label(Problem p) {
        return p.title() == null ? "" : p.title() + "：";
    }

    /** 已跳过: each row passed over as not data, with the reason. */
    private void writeSkipped(Sheet sheet, CellStyle header, CellStyle quoted, CellStyle plain) {
        row(sheet, 0, header, quoted, "工作表", "行号", "原因");
        int r = 1;
        for (SkippedRow s : skipped) {
            row(sheet, r++, plain, quoted, s.sheet(), String.valueOf(s.row()), s.reason());
        }
        if (skipped.isEmpty()) {
            row(sheet, r, plain, quoted, "没有跳过的行");
        }
        sheet.setColumnWidth(0, 16 * 256);
        sheet.setColumnWidth(1, 8 * 256);
        sheet.setColumnWidth(2, 50 * 256);
    }

    static Row row(Sheet sheet, int index, CellStyle style, CellStyle quoted, String... values) {
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
