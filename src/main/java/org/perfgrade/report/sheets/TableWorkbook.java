package org.perfgrade.report.sheets;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.perfgrade.document.xlsx.ListWorkbook;
import org.perfgrade.document.xlsx.PrintedSheet;
import org.perfgrade.document.xlsx.SafeCells;
import org.perfgrade.document.xlsx.SheetStyles;
import org.perfgrade.document.xlsx.WorkbookStamp;

/**
 * 多表工作簿: a workbook of several plain tables, one a sheet, as an official filters them — title and date line
 * merged across, the header row frozen and repeated on every printed page, A4 fitted to the page width, one record a
 * row (no subtotal inside a list; a tally sheet ends with its 合计 row in bold), text quote-prefixed when it could
 * run as a formula, dates as real dates shown 2021年8月5日, then the sentence of an empty table and the notes.
 * Used by 《逾期事项清单》 and 《变化明细》.
 */
public final class TableWorkbook implements AutoCloseable {

    /** Rows above the data: title, date line, header. */
    public static final int HEADING_ROWS = 3;
    static final String DATE_FORMAT = "yyyy\"年\"m\"月\"d\"日\"";

    private static final int WINDOW = 200;
    private static final String FONT = "宋体";

    private final ListWorkbook workbook = new ListWorkbook(WINDOW);
    private final SheetStyles kit = new SheetStyles(workbook, FONT);
    private final CellStyle title;
    private final CellStyle subtitle;
    private final CellStyle header;
    private final CellStyle cell;
    private final CellStyle bold;
    private final CellStyle integer;
    private final CellStyle boldInteger;
    private final CellStyle date;
    private final CellStyle notice;

    public TableWorkbook() {
        title = kit.plain(kit.font(16, true), HorizontalAlignment.CENTER);
        title.setWrapText(true);
        subtitle = kit.plain(kit.font(11, false), HorizontalAlignment.LEFT);
        Font body = kit.font(10, false);
        Font strong = kit.font(10, true);
        header = kit.bordered(kit.font(11, true), HorizontalAlignment.CENTER);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        cell = kit.bordered(body, HorizontalAlignment.LEFT);
        bold = kit.bordered(strong, HorizontalAlignment.CENTER);
        short whole = workbook.createDataFormat().getFormat("0");
        integer = kit.bordered(body, HorizontalAlignment.CENTER);
        integer.setDataFormat(whole);
        boldInteger = kit.bordered(strong, HorizontalAlignment.CENTER);
        boldInteger.setDataFormat(whole);
        date = kit.bordered(body, HorizontalAlignment.CENTER);
        date.setDataFormat(workbook.createDataFormat().getFormat(DATE_FORMAT));
        notice = kit.plain(kit.font(11, false), HorizontalAlignment.LEFT);
        notice.setWrapText(true);
    }

    /**
     * Adds a sheet. Each row holds one value per header: String, Integer or LocalDate (null leaves the cell empty);
     * the last {@code totalRows} rows are tallies, printed bold.
     *
     * @param empty the sentence printed under the header when there is no row, else ignored
     */
    public void sheet(String name, String sheetTitle, String dateLine, List<String> headers, int[] widths,
                      boolean landscape, List<Object[]> rows, int totalRows, String empty, List<String> notes) {
        SXSSFSheet sheet = workbook.createSheet(name);
        int columns = headers.size();
        int totalWidth = 0;
        for (int i = 0; i < columns; i++) {
            sheet.setColumnWidth(i, (widths[i] + 2) * 256);
            totalWidth += widths[i];
        }
        merged(sheet, 0, sheetTitle, title, 36, columns);
        merged(sheet, 1, dateLine, subtitle, 20, columns);
        Row head = sheet.createRow(2);
        head.setHeightInPoints(30);
        for (int i = 0; i < columns; i++) {
            text(head, i, headers.get(i), header);
        }
        PrintedSheet.fitA4Width(sheet, HEADING_ROWS, landscape);
        sheet.setAutobreaks(true);
        sheet.setHorizontallyCenter(true);
        sheet.getFooter().setCenter("第 &P 页 共 &N 页");
        int next = HEADING_ROWS;
        for (int r = 0; r < rows.size(); r++) {
            boolean total = r >= rows.size() - totalRows;
            Object[] values = rows.get(r);
            Row row = sheet.createRow(next++);
            int lines = 1;
            for (int i = 0; i < columns; i++) {
                Object value = i < values.length ? values[i] : null;
                if (value instanceof LocalDate day) {
                    Cell c = row.createCell(i);
                    c.setCellStyle(date);
                    c.setCellValue(day);
                }
                else if (value instanceof Integer number) {
                    Cell c = row.createCell(i);
                    c.setCellStyle(total ? boldInteger : integer);
                    c.setCellValue(number);
                }
                else {
                    String text = value == null ? null : value.toString();
                    text(row, i, text, total ? bold : cell);
                    lines = Math.max(lines, lines(text, widths[i]));
                }
            }
            if (lines > 1) {
                row.setHeightInPoints(Math.min(409f, lines * 13.5f + 3));
            }
        }
        next++;
        if (rows.isEmpty() && empty != null) {
            merged(sheet, next++, empty, notice, 20, columns);
        }
        if (!notes.isEmpty()) {
            merged(sheet, next++, "说明：", notice, 18, columns);
        }
        int number = 0;
        for (String note : notes) {
            String text = (++number) + ". " + note;
            merged(sheet, next++, text, notice, 15 * Math.max(1, lines(text, totalWidth)) + 4, columns);
        }
    }

    /** Stamps the workbook with the business date, title and author and writes it. */
    public void write(OutputStream out, WorkbookStamp stamp, LocalDate asOf, String documentTitle, String author)
            throws IOException {
        stamp.stamp(workbook, asOf, documentTitle, author);
        workbook.write(out);
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }

    /** Lines a text takes in a column of {@code width} characters (a Chinese character counts two). */
    static int lines(String text, int width) {
        if (text == null || text.isEmpty()) {
            return 1;
        }
        int lines = 0;
        for (String line : text.split("\n", -1)) {
            int units = 0;
            for (int i = 0; i < line.length(); i++) {
                units += line.charAt(i) < 0x2E80 ? 1 : 2;
            }
            lines += Math.max(1, (units + width - 1) / Math.max(1, width));
        }
        return lines;
    }

    private void merged(SXSSFSheet sheet, int index, String value, CellStyle style, float height, int columns) {
        Row row = sheet.createRow(index);
        row.setHeightInPoints(height);
        text(row, 0, value, style);
        for (int i = 1; i < columns; i++) {
            row.createCell(i).setCellStyle(style);
        }
        if (columns > 1) {
            sheet.addMergedRegion(new CellRangeAddress(index, index, 0, columns - 1));
        }
    }

    private void text(Row row, int column, String value, CellStyle style) {
        Cell c = row.createCell(column);
        c.setCellStyle(style);
        if (value != null && !value.isEmpty()) {
            SafeCells.setText(c, value, kit.quoted(style));
        }
    }
}
