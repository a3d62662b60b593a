package org.perfgrade.report;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
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
 * 附件2 重点行业绩效分级提升企业清单 as .xlsx (manifest kind {@value #KIND}): the city-wide list or one county's extract, exactly the
 * 13 columns of 附件2 under a merged title and a 日期 line, in the order of {@link ImprovementListQuery}. Written with the
 * streaming writer ({@link ListWorkbook}: 100 rows in memory) from a {@link CellSpool} of the rows, header frozen,
 * columns as wide as their content (long texts wrap at a cap), landscape A4 fitted to the page width with the heading
 * rows repeated on every page, 拟完成时间 as real dates, and text that starts with = + - @ quote-prefixed.
 */
@Service
public class ImprovementListWorkbook {

    public static final String KIND = "improvement-list-xlsx";
    public static final String TITLE = "重点行业绩效分级提升企业清单";
    public static final String FILE = "附件2-" + TITLE + ".xlsx";
    public static final String SHEET = "提升企业清单";
    public static final List<String> HEADERS = List.of("序号", "省辖市", "县、区", "企业名称", "重点行业类型",
            "重点行业分支", "绩效现状", "绩效提升目标", "差异化指标", "存在问题", "改造措施", "拟完成时间", "备注");
    /** Rows above the data: title, date line, header. */
    public static final int HEADING_ROWS = 3;
    public static final String DATE_FORMAT = "yyyy\"年\"m\"月\"d\"日\"";

    /** The widest a column gets (characters, a CJK character counting 2); longer text wraps. */
    private static final int[] MAX_WIDTH = { 8, 12, 16, 40, 16, 16, 10, 12, 44, 36, 44, 16, 30 };
    private static final int DATE_COLUMN = 11;
    private static final int WINDOW = 100;
    private static final float LINE_POINTS = 13.5f;

    private final ImprovementListQuery query;
    private final DocumentArchive archive;
    private final ReferenceData reference;
    private final WorkbookStamp stamp;

    public ImprovementListWorkbook(ImprovementListQuery query, DocumentArchive archive, ReferenceData reference,
                                   WorkbookStamp stamp) {
        this.query = query;
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
                write(out, stamp, asOf, spool.read(), spool.rows(), widths, author);
            }
        });
    }

    /** Streams the workbook of the given rows (already numbered and ordered) to {@code out}. */
    static void write(OutputStream out, WorkbookStamp stamp, LocalDate asOf, List<ImprovementListRow> rows,
                      String author) throws IOException {
        int[] widths = headerWidths();
        for (ImprovementListRow row : rows) {
            measure(widths, cells(row));
        }
        write(out, stamp, asOf, rows.stream().map(ImprovementListWorkbook::cells).iterator(), rows.size(), widths,
                author);
    }

    /** Writes {@code count} rows of {@link #cells} with the measured widths. */
    private static void write(OutputStream out, WorkbookStamp stamp, LocalDate asOf, Iterator<Object[]> rows,
                              long count, int[] widths, String author) throws IOException {
        widths[0] = Math.max(widths[0], Math.min(MAX_WIDTH[0], String.valueOf(count).length()));
        try (ListWorkbook workbook = new ListWorkbook(WINDOW)) {
            ReportSheetStyles styles = new ReportSheetStyles(workbook, "0").quotedTwins();
            SXSSFSheet sheet = workbook.createSheet(SHEET);
            ListWorkbook.setUpLandscapeList(sheet, widths, HEADING_ROWS);
            heading(sheet, asOf, styles);
            int index = HEADING_ROWS;
            while (rows.hasNext()) {
                writeRow(sheet.createRow(index++), rows.next(), widths, styles);
            }
            stamp.stamp(workbook, asOf, TITLE, author);
            workbook.write(out);
        }
    }

    /** {@code reports/<date>/附件2-….xlsx}, or {@code reports/<date>/<县区>/附件2-….xlsx} for a county extract. */
    public static String path(LocalDate asOf, County countyOrNull) {
        return "reports/" + asOf + "/" + (countyOrNull == null ? "" : countyOrNull.name() + "/") + FILE;
    }

    /** A date as official documents write it: 2021年8月16日. */
    static String chineseDate(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }


    /** Title, date line and header rows. */
    private static void heading(SXSSFSheet sheet, LocalDate asOf, ReportSheetStyles styles) {
        int columns = HEADERS.size();
        Row title = sheet.createRow(0);
        title.setHeightInPoints(32);
        styles.text(title, 0, TITLE, styles.title);
        for (int i = 1; i < columns; i++) {
            title.createCell(i).setCellStyle(styles.title);
        }
        Row date = sheet.createRow(1);
        date.setHeightInPoints(20);
        styles.text(date, 0, "日期：" + chineseDate(asOf), styles.subtitle);
        Row header = sheet.createRow(2);
        header.setHeightInPoints(30);
        for (int i = 0; i < columns; i++) {
            styles.text(header, i, HEADERS.get(i), styles.header);
        }
    }

    private static void writeRow(Row row, Object[] cells, int[] widths, ReportSheetStyles styles) {
        int lines = 1;
        for (int i = 0; i < cells.length; i++) {
            if (i == 0) {
                Cell cell = row.createCell(0);
                cell.setCellStyle(styles.integer);
                cell.setCellValue(((Number) cells[0]).doubleValue());
            } else if (i == DATE_COLUMN) {
                Cell cell = row.createCell(i);
                cell.setCellStyle(styles.date);
                if (cells[i] != null) {
                    cell.setCellValue((LocalDate) cells[i]);
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

    /** 省辖市, 县、区, 重点行业类型, 重点行业分支, 绩效现状, 绩效提升目标 are short and centred. */
    private static boolean centred(int column) {
        return column == 1 || column == 2 || column == 4 || column == 5 || column == 6 || column == 7;
    }

    private static String[] values(ImprovementListRow line) {
        return new String[] { null, line.city(), line.county(), line.enterpriseName(), line.industry(),
                line.branch(), line.currentGrade(), line.targetGrade(), line.differentiatingIndex(),
                line.problems(), line.measures(), null, line.remarks() };
    }

    /** The 13 cells of a row as the workbook holds them: 序号 a number, 拟完成时间 a date, the rest text (or null). */
    public static Object[] cells(ImprovementListRow line) {
        Object[] cells = java.util.Arrays.copyOf(values(line), HEADERS.size(), Object[].class);
        cells[0] = line.number();
        cells[DATE_COLUMN] = line.plannedCompletion();
        return cells;
    }

    /** Each column as wide as its header, up to its cap; {@link #measure} widens it to the values. */
    private static int[] headerWidths() {
        int[] widths = new int[HEADERS.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = Math.min(MAX_WIDTH[i], SheetText.displayWidth(HEADERS.get(i)));
        }
        widths[DATE_COLUMN] = MAX_WIDTH[DATE_COLUMN];
        return widths;
    }

    /** Widens the text columns to a row's values, each up to its cap. */
    private static void measure(int[] widths, Object[] cells) {
        for (int i = 1; i < cells.length; i++) {
            if (i != DATE_COLUMN && widths[i] < MAX_WIDTH[i]) {
                widths[i] = Math.max(widths[i], Math.min(MAX_WIDTH[i], SheetText.longestLine((String) cells[i])));
            }
        }
    }
}
