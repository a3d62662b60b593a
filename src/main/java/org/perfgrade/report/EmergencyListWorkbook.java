package org.perfgrade.report;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.perfgrade.document.ArchivedDocument;
import org.perfgrade.document.DocumentArchive;
import org.perfgrade.document.DocumentRequest;
import org.perfgrade.document.xlsx.CellSpool;
import org.perfgrade.document.xlsx.ListWorkbook;
import org.perfgrade.document.xlsx.WorkbookStamp;
import org.perfgrade.reference.County;
import org.perfgrade.reference.ReferenceData;

import org.springframework.stereotype.Service;

/**
 * 重污染天气应急减排清单 as .xlsx (manifest kind {@value #KIND}): every ledger line standing on a business date with its grade
 * that day and the 黄色/橙色/红色预警 measures of {@link EmergencyMeasures}, city-wide or one county's extract, in the order
 * of {@link EmergencyListQuery}. No official template exists; the columns are those of real list systems plus 备注,
 * which marks the lines that used the general default (not an official rule) or an industry rule not yet checked; the
 * notes under the list say how ungraded lines are controlled (as the scheme's lowest grade). Written with the
 * streaming writer ({@link ListWorkbook}: 100 rows in memory) from a {@link CellSpool} of the rows, header frozen,
 * columns as wide as their content (long texts wrap at a cap), emissions as numbers with 4 decimals, landscape A4
 * fitted to the page width with the heading rows repeated, and text that starts with = + - @ quote-prefixed.
 */
@Service
public class EmergencyListWorkbook {

    public static final String KIND = "emergency-list-xlsx";
    public static final String TITLE = "重污染天气应急减排清单";
    public static final String FILE = TITLE + ".xlsx";
    public static final String SHEET = "应急减排清单";
    public static final List<String> HEADERS = List.of("序号", "企业名称", "统一社会信用代码", "县区", "乡镇", "详细地址",
            "重点行业类型", "其他行业类型", "绩效级别/管控类型", "排污许可证编号", "SO2年排放量（t/a）", "NOx年排放量（t/a）",
            "颗粒物年排放量（t/a）", "VOCs年排放量（t/a）", "主要产品", "生产线", "黄色预警减排措施", "橙色预警减排措施",
            "红色预警减排措施", "备注");
    /** Rows above the data: title, date line, header. */
    public static final int HEADING_ROWS = 3;
    public static final String NUMBER_FORMAT = "0.0000";
    /** The first emission column (SO2); NOx, 颗粒物 and VOCs follow. */
    static final int FIRST_EMISSION = 10;

    /**
     * The widest a column gets (characters, a CJK character counting 2); longer text wraps. The emission headers
     * wrap onto two lines (颗粒物年排放量 / （t/a）) rather than widen four number columns.
     */
    private static final int[] MAX_WIDTH = { 8, 36, 20, 12, 14, 36, 22, 24, 22, 24, 14, 14, 14, 14, 24, 30, 40, 40,
            40, 24 };
    private static final int WINDOW = 100;
    private static final float LINE_POINTS = 13.5f;

    private final EmergencyListQuery query;
    private final EmergencyMeasures measures;
    private final DocumentArchive archive;
    private final ReferenceData reference;
    private final WorkbookStamp stamp;

    public EmergencyListWorkbook(EmergencyListQuery query, EmergencyMeasures measures, DocumentArchive archive,
                                 ReferenceData reference, WorkbookStamp stamp) {
        this.query = query;
        this.measures = measures;
        this.archive = archive;
        this.reference = reference;
        this.stamp = stamp;
    }

    /**
     * Renders the list as of a business date, city-wide (county null) or for one county, and archives it: the rows
     * are read once, county by county, into a temporary {@link CellSpool} while the column widths are measured, then
     * written from there, so that memory holds one county's rows, not the list.
     */
    public ArchivedDocument render(LocalDate asOf, County countyOrNull) {
        Objects.requireNonNull(asOf, "asOf");
        List<String> notes = EmergencyListNotes.notes(asOf, measures);
        DocumentRequest request = new DocumentRequest(KIND, asOf, countyOrNull, path(asOf, countyOrNull));
        String author = reference.authority() == null ? null : reference.authority().name();
        return archive.store(request, out -> {
            try (CellSpool spool = new CellSpool(HEADERS.size())) {
                int[] widths = headerWidths();
                query.forEach(asOf, countyOrNull, line -> {
                    Object[] cells = cells(line);
                    measure(widths, cells);
                    spool.add(cells);
                });
                write(out, stamp, asOf, spool.read(), spool.rows(), widths, notes, author);
            }
        });
    }

    /** {@code reports/<date>/重污染天气应急减排清单.xlsx}, or {@code reports/<date>/<县区>/…} for a county extract. */
    public static String path(LocalDate asOf, County countyOrNull) {
        return "reports/" + asOf + "/" + (countyOrNull == null ? "" : countyOrNull.name() + "/") + FILE;
    }

    /** Streams the workbook of the given rows (already numbered and ordered) and notes to {@code out}. */
    static void write(OutputStream out, WorkbookStamp stamp, LocalDate asOf, List<EmergencyListRow> rows,
                      List<String> notes, String author) throws IOException {
        int[] widths = headerWidths();
        for (EmergencyListRow row : rows) {
            measure(widths, cells(row));
        }
        write(out, stamp, asOf, rows.stream().map(EmergencyListWorkbook::cells).iterator(), rows.size(), widths,
                notes, author);
    }

    /** Writes {@code count} rows of {@link #cells} with the measured widths. */
    private static void write(OutputStream out, WorkbookStamp stamp, LocalDate asOf, Iterator<Object[]> rows,
                              long count, int[] widths, List<String> notes, String author) throws IOException {
        widths[0] = Math.max(widths[0], Math.min(MAX_WIDTH[0], String.valueOf(count).length()));
        try (ListWorkbook workbook = new ListWorkbook(WINDOW)) {
            ReportSheetStyles styles = new ReportSheetStyles(workbook, NUMBER_FORMAT).quotedTwins();
            SXSSFSheet sheet = workbook.createSheet(SHEET);
            ListWorkbook.setUpLandscapeList(sheet, widths, HEADING_ROWS);
            int end = HEADING_ROWS + (int) count;
            for (int i = 0; i < notes.size(); i++) {
                sheet.addMergedRegion(new CellRangeAddress(end + 2 + i, end + 2 + i, 0, HEADERS.size() - 1));
            }
            heading(sheet, asOf, styles);
            int index = HEADING_ROWS;
            while (rows.hasNext()) {
                writeRow(sheet.createRow(index++), rows.next(), widths, styles);
            }
            notes(sheet, index, notes, widths, styles);
            stamp.stamp(workbook, asOf, TITLE, author);
            workbook.write(out);
        }
    }


    /** Title, date line and header rows. */
    private static void heading(SXSSFSheet sheet, LocalDate asOf, ReportSheetStyles styles) {
        int columns = HEADERS.size();
        Row title = sheet.createRow(0);
        title.setHeightInPoints(32);
        for (int i = 0; i < columns; i++) {
            title.createCell(i).setCellStyle(styles.title);
        }
        title.getCell(0).setCellValue(TITLE);
        Row date = sheet.createRow(1);
        date.setHeightInPoints(20);
        styles.text(date, 0, "日期：" + ImprovementListWorkbook.chineseDate(asOf), styles.subtitle);
        Row header = sheet.createRow(2);
        header.setHeightInPoints(30);
        for (int i = 0; i < columns; i++) {
            styles.text(header, i, HEADERS.get(i), styles.header);
        }
    }

    private static void writeRow(Row row, Object[] cells, int[] widths, ReportSheetStyles styles) {
        Cell number = row.createCell(0);
        number.setCellStyle(styles.integer);
        number.setCellValue(((Number) cells[0]).doubleValue());
        int lines = 1;
        for (int i = 1; i < cells.length; i++) {
            if (emission(i)) {
                Cell cell = row.createCell(i);
                cell.setCellStyle(styles.decimal);
                if (cells[i] != null) {
                    cell.setCellValue(((Number) cells[i]).doubleValue());
                }
            } else {
                String text = (String) cells[i];
                styles.text(row, i, text, centred(i) ? styles.centred : styles.wrap);
                lines = Math.max(lines, SheetText.lines(text, widths[i]));
            }
        }
        if (lines > 1) {
            row.setHeightInPoints(Math.min(409f, lines * LINE_POINTS + 3));
        }
    }

    /** 说明 under the list: a merged, wrapped row per note. */
    private static void notes(SXSSFSheet sheet, int first, List<String> notes, int[] widths,
                              ReportSheetStyles styles) {
        int total = 0;
        for (int width : widths) {
            total += width + 2;
        }
        Row heading = sheet.createRow(first + 1);
        styles.text(heading, 0, "说明：", styles.note);
        int index = first + 2;
        for (String note : notes) {
            Row row = sheet.createRow(index);
            styles.text(row, 0, note, styles.note);
            row.setHeightInPoints(SheetText.lines(note, total) * LINE_POINTS + 3);
            index++;
        }
    }

    private static boolean emission(int column) {
        return column >= FIRST_EMISSION && column < FIRST_EMISSION + 4;
    }

    /** 县区, 乡镇, 重点行业类型, 绩效级别/管控类型 are short and centred. */
    private static boolean centred(int column) {
        return column == 3 || column == 4 || column == 6 || column == 8;
    }

    private static String[] values(EmergencyListRow line) {
        AlertMeasures m = line.applied().measures();
        return new String[] { null, line.enterpriseName(), line.creditCode(), line.county(), line.township(),
                line.address(), line.industryText(), line.otherIndustries(), line.gradeText(), line.permitNo(), null,
                null, null, null, line.mainProducts(), line.productionLines(), m.yellow(), m.orange(), m.red(),
                EmergencyListNotes.remark(line.applied()) };
    }

    /** The 20 cells of a row as the workbook holds them: 序号 and the emissions numbers, the rest text (or null). */
    public static Object[] cells(EmergencyListRow line) {
        Object[] cells = java.util.Arrays.copyOf(values(line), HEADERS.size(), Object[].class);
        cells[0] = line.number();
        BigDecimal[] emissions = { line.so2(), line.nox(), line.pm(), line.vocs() };
        for (int i = 0; i < emissions.length; i++) {
            cells[FIRST_EMISSION + i] = emissions[i];
        }
        return cells;
    }

    /** Each column as wide as its header, up to its cap; {@link #measure} widens it to the values. */
    private static int[] headerWidths() {
        int[] widths = new int[HEADERS.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = Math.min(MAX_WIDTH[i], SheetText.displayWidth(HEADERS.get(i)));
        }
        return widths;
    }

    /** Widens the text columns to a row's values, each up to its cap. */
    private static void measure(int[] widths, Object[] cells) {
        for (int i = 1; i < cells.length; i++) {
            if (!emission(i) && widths[i] < MAX_WIDTH[i]) {
                widths[i] = Math.max(widths[i], Math.min(MAX_WIDTH[i], SheetText.longestLine((String) cells[i])));
            }
        }
    }
}
