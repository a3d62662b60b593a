package org.perfgrade.report;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.perfgrade.document.ArchivedDocument;
import org.perfgrade.document.DocumentArchive;
import org.perfgrade.document.DocumentRequest;
import org.perfgrade.document.xlsx.PrintedSheet;
import org.perfgrade.document.xlsx.SafeCells;
import org.perfgrade.document.xlsx.SheetStyles;
import org.perfgrade.document.xlsx.WorkbookStamp;
import org.perfgrade.document.xlsx.poi.StreamingWorkbook;
import org.perfgrade.reference.County;
import org.perfgrade.reference.ReferenceData;

import org.springframework.stereotype.Service;

/**
 * 公示名单 as .xlsx (manifest kind {@value #KIND}): the A、B级（含B-级）and 绩效引领性 enterprises the counties
 * reported by a business date, city-wide or one county's extract, in the order of {@link PublicityListQuery}, each
 * line with its 上报日期 and 认定日期 (real dates; 待认定 as text while uncertified). Each grade group opens with a
 * merged heading row (一、A级企业（3家）) and each industry within it with a sub-heading row, so the grouping shows
 * in print and on screen; the note (注) and the closing notice (公示期, 联系电话, 电子邮箱, signature and date) follow
 * the table ({@link PublicityNotice}).
 * Streaming writer (SXSSF), header frozen, portrait A4 fitted to the page width with the heading rows repeated,
 * dates as real dates, text that starts with = + - @ quote-prefixed.
 */
@Service
public class PublicityListWorkbook {

    public static final String KIND = "publicity-xlsx";
    public static final String FILE = "公示名单.xlsx";
    public static final String SHEET = "公示名单";
    public static final List<String> HEADERS = List.of("序号", "县区", "企业名称", "统一社会信用代码", "重点行业类型",
            "绩效级别", "上报日期", "认定日期");
    /** Rows above the data: title, date line, header. */
    public static final int HEADING_ROWS = 3;
    public static final String DATE_FORMAT = "yyyy\"年\"m\"月\"d\"日\"";

    private static final int[] WIDTHS = { 6, 14, 36, 22, 24, 10, 16, 16 };
    private static final int NAME_COLUMN = 2;
    private static final int REPORTED_COLUMN = 6;
    private static final int CERTIFIED_COLUMN = 7;
    private static final int WINDOW = 100;
    private static final String FONT = "宋体";

    private final PublicityListQuery query;
    private final DocumentArchive archive;
    private final ReferenceData reference;
    private final WorkbookStamp stamp;

    public PublicityListWorkbook(PublicityListQuery query, DocumentArchive archive, ReferenceData reference,
                                 WorkbookStamp stamp) {
        this.query = query;
        this.archive = archive;
        this.reference = reference;
        this.stamp = stamp;
    }

    /** Renders the list as of a business date, city-wide (county null) or for one county, and archives it. */
    public ArchivedDocument render(LocalDate asOf, County countyOrNull) {
        Objects.requireNonNull(asOf, "asOf");
        List<PublicityListRow> rows = query.rows(asOf, countyOrNull);
        PublicityNotice texts = PublicityNotice.of(reference, asOf, countyOrNull, rows);
        DocumentRequest request = new DocumentRequest(KIND, asOf, countyOrNull, path(asOf, countyOrNull));
        return archive.store(request, out -> write(out, stamp, asOf, rows, texts));
    }

    /** {@code reports/<date>/公示名单.xlsx}, or {@code reports/<date>/<县区>/公示名单.xlsx} for a county extract. */
    public static String path(LocalDate asOf, County countyOrNull) {
        return "reports/" + asOf + "/" + (countyOrNull == null ? "" : countyOrNull.name() + "/") + FILE;
    }

    static void write(OutputStream out, WorkbookStamp stamp, LocalDate asOf, List<PublicityListRow> rows,
                      PublicityNotice texts) throws IOException {
        try (SXSSFWorkbook workbook = new StreamingWorkbook(WINDOW)) {
            workbook.setCompressTempFiles(true);
            Styles styles = new Styles(workbook);
            SXSSFSheet sheet = workbook.createSheet(SHEET);
            int next = heading(sheet, texts, styles);
            String grade = null;
            String industry = null;
            for (PublicityListRow row : rows) {
                if (!row.gradeHeading().equals(grade)) {
                    grade = row.gradeHeading();
                    industry = null;
                    merged(sheet, next++, grade, styles.group, 22, styles);
                }
                if (!row.industryHeading().equals(industry)) {
                    industry = row.industryHeading();
                    merged(sheet, next++, industry, styles.subgroup, 20, styles);
                }
                line(sheet.createRow(next++), row, styles);
            }
            next++;
            if (texts.note() != null) {
                paragraph(sheet, next++, texts.note(), styles);
                next++;
            }
            for (String paragraph : texts.notice()) {
                paragraph(sheet, next++, paragraph, styles);
            }
            next++;
            merged(sheet, next++, texts.signature(), styles.signature, 20, styles);
            merged(sheet, next, texts.date(), styles.signature, 20, styles);
            stamp.stamp(workbook, asOf, texts.title(), texts.signature());
            workbook.write(out);
        }
    }

    private static int heading(SXSSFSheet sheet, PublicityNotice texts, Styles styles) {
        for (int i = 0; i < WIDTHS.length; i++) {
            sheet.setColumnWidth(i, (WIDTHS[i] + 2) * 256);
        }
        merged(sheet, 0, texts.title(), styles.title, 48, styles);
        merged(sheet, 1, texts.dateLine(), styles.subtitle, 20, styles);
        Row header = sheet.createRow(2);
        header.setHeightInPoints(24);
        for (int i = 0; i < HEADERS.size(); i++) {
            text(header, i, HEADERS.get(i), styles.header, styles);
        }
        PrintedSheet.fitA4Width(sheet, HEADING_ROWS, false);
        sheet.setAutobreaks(true);
        sheet.setHorizontallyCenter(true);
        sheet.getFooter().setCenter("第 &P 页 共 &N 页");
        return HEADING_ROWS;
    }

    private static void line(Row row, PublicityListRow line, Styles styles) {
        Cell number = row.createCell(0);
        number.setCellStyle(styles.integer);
        number.setCellValue(line.number());
        String[] values = { null, line.county(), line.enterpriseName(), line.creditCode(), line.industryLabel(),
                line.grade() };
        for (int i = 1; i < values.length; i++) {
            text(row, i, values[i], i == NAME_COLUMN ? styles.wrap : styles.centred, styles);
        }
        date(row, REPORTED_COLUMN, line.reportedOn(), styles);
        if (line.certified()) {
            date(row, CERTIFIED_COLUMN, line.certifiedOn(), styles);
        }
        else {
            text(row, CERTIFIED_COLUMN, PublicityListRow.PENDING, styles.centred, styles);
        }
        int nameLines = SheetText.lines(line.enterpriseName(), WIDTHS[NAME_COLUMN]);
        int industryLines = SheetText.lines(line.industryLabel(), WIDTHS[4]);
        int lines = Math.max(nameLines, industryLines);
        if (lines > 1) {
            row.setHeightInPoints(Math.min(409f, lines * 13.5f + 3));
        }
    }

    private static void date(Row row, int column, LocalDate value, Styles styles) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(styles.date);
        if (value != null) {
            cell.setCellValue(value);
        }
    }

    /** A paragraph of the closing text, merged across the table and as high as its wrapped lines. */
    private static void paragraph(SXSSFSheet sheet, int index, String text, Styles styles) {
        merged(sheet, index, text, styles.notice, 15 * Math.max(1, (SheetText.displayWidth(text) + 119) / 120) + 4,
                styles);
    }

    /** A row with one text merged across the table's width. */
    private static void merged(SXSSFSheet sheet, int index, String value, CellStyle style, float height,
                               Styles styles) {
        Row row = sheet.createRow(index);
        row.setHeightInPoints(height);
        text(row, 0, value, style, styles);
        for (int i = 1; i < HEADERS.size(); i++) {
            row.createCell(i).setCellStyle(style);
        }
        sheet.addMergedRegion(new CellRangeAddress(index, index, 0, HEADERS.size() - 1));
    }

    private static void text(Row row, int column, String value, CellStyle style, Styles styles) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(style);
        if (value != null && !value.isEmpty()) {
            SafeCells.setText(cell, value, styles.quoted(style));
        }
    }

    /** The cell styles of one workbook, each with its quote-prefixed twin. */
    private static final class Styles {
        final CellStyle title;
        final CellStyle subtitle;
        final CellStyle header;
        final CellStyle group;
        final CellStyle subgroup;
        final CellStyle wrap;
        final CellStyle centred;
        final CellStyle integer;
        final CellStyle date;
        final CellStyle notice;
        final CellStyle signature;
        private final SheetStyles kit;

        Styles(Workbook workbook) {
            this.kit = new SheetStyles(workbook, FONT);
            title = plain(font(16, true), HorizontalAlignment.CENTER);
            title.setWrapText(true);
            subtitle = plain(font(11, false), HorizontalAlignment.LEFT);
            Font body = font(10, false);
            header = bordered(font(11, true), HorizontalAlignment.CENTER);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            group = bordered(font(12, true), HorizontalAlignment.LEFT);
            subgroup = bordered(font(11, true), HorizontalAlignment.LEFT);
            wrap = bordered(body, HorizontalAlignment.LEFT);
            centred = bordered(body, HorizontalAlignment.CENTER);
            integer = bordered(body, HorizontalAlignment.CENTER);
            integer.setDataFormat(workbook.createDataFormat().getFormat("0"));
            date = bordered(body, HorizontalAlignment.CENTER);
            date.setDataFormat(workbook.createDataFormat().getFormat(DATE_FORMAT));
            notice = plain(font(11, false), HorizontalAlignment.LEFT);
            notice.setWrapText(true);
            signature = plain(font(11, false), HorizontalAlignment.RIGHT);
        }

        CellStyle quoted(CellStyle base) {
            return kit.quoted(base);
        }

        private Font font(int points, boolean bold) {
            return kit.font(points, bold);
        }

        private CellStyle plain(Font font, HorizontalAlignment alignment) {
            return kit.plain(font, alignment);
        }

        private CellStyle bordered(Font font, HorizontalAlignment alignment) {
            return kit.bordered(font, alignment);
        }
    }
}
