package org.perfgrade.report.control;

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
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.perfgrade.document.xlsx.ListWorkbook;
import org.perfgrade.document.xlsx.PrintedSheet;
import org.perfgrade.document.xlsx.SafeCells;
import org.perfgrade.document.xlsx.SheetStyles;
import org.perfgrade.document.xlsx.WorkbookStamp;

/**
 * 名单工作表: the one-sheet workbook every list of this room is — title and date line merged across, the header
 * frozen and repeated on every printed page, A4 fitted to the page width, the rows (text quote-prefixed when it
 * looks like a formula, dates as real dates shown 2021年9月30日), then the sentence of an empty list and the notes.
 */
final class ListSheet {

    static final String DATE_FORMAT = "yyyy\"年\"m\"月\"d\"日\"";
    /** Rows above the data: title, date line, header. */
    static final int HEADING_ROWS = 3;

    private static final int WINDOW = 100;
    private static final String FONT = "宋体";

    private ListSheet() {
    }

    /**
     * Writes the workbook. Each row holds one value per header: String, Integer or LocalDate (null leaves the cell
     * empty).
     */
    static void write(OutputStream out, WorkbookStamp stamp, LocalDate asOf, String sheetName, List<String> headers,
                      int[] widths, boolean landscape, List<Object[]> rows, String title, String dateLine,
                      String empty, List<String> notes, String author) throws IOException {
        try (ListWorkbook workbook = new ListWorkbook(WINDOW)) {
            Styles styles = new Styles(workbook);
            SXSSFSheet sheet = workbook.createSheet(sheetName);
            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, (widths[i] + 2) * 256);
            }
            int columns = headers.size();
            merged(sheet, 0, title, styles.title, 36, columns, styles);
            merged(sheet, 1, dateLine, styles.subtitle, 20, columns, styles);
            Row header = sheet.createRow(2);
            header.setHeightInPoints(24);
            for (int i = 0; i < columns; i++) {
                text(header, i, headers.get(i), styles.header, styles);
            }
            PrintedSheet.fitA4Width(sheet, HEADING_ROWS, landscape);
            sheet.setAutobreaks(true);
            sheet.setHorizontallyCenter(true);
            sheet.getFooter().setCenter("第 &P 页 共 &N 页");
            int next = HEADING_ROWS;
            int totalWidth = 0;
            for (int w : widths) {
                totalWidth += w;
            }
            for (Object[] values : rows) {
                Row row = sheet.createRow(next++);
                int lines = 1;
                for (int i = 0; i < columns; i++) {
                    Object value = i < values.length ? values[i] : null;
                    if (value instanceof LocalDate date) {
                        Cell cell = row.createCell(i);
                        cell.setCellStyle(styles.date);
                        cell.setCellValue(date);
                    }
                    else if (value instanceof Integer number) {
                        Cell cell = row.createCell(i);
                        cell.setCellStyle(styles.integer);
                        cell.setCellValue(number);
                    }
                    else {
                        String text = value == null ? null : value.toString();
                        text(row, i, text, styles.cell, styles);
                        lines = Math.max(lines, lines(text, widths[i]));
                    }
                }
                if (lines > 1) {
                    row.setHeightInPoints(Math.min(409f, lines * 13.5f + 3));
                }
            }
            next++;
            if (empty != null) {
                merged(sheet, next++, empty, styles.notice, 20, columns, styles);
            }
            if (!notes.isEmpty()) {
                merged(sheet, next++, "说明：", styles.notice, 18, columns, styles);
            }
            int number = 0;
            for (String note : notes) {
                String text = (++number) + ". " + note;
                merged(sheet, next++, text, styles.notice, 15 * Math.max(1, lines(text, totalWidth)) + 4, columns,
                        styles);
            }
            stamp.stamp(workbook, asOf, title, author);
            workbook.write(out);
        }
    }

    /** Lines a text takes in a column of {@code width} characters (a Chinese character counts two). */
    private static int lines(String text, int width) {
        if (text == null || text.isEmpty()) {
            return 1;
        }
        int units = 0;
        for (int i = 0; i < text.length(); i++) {
            units += text.charAt(i) < 0x2E80 ? 1 : 2;
        }
        return Math.max(1, (units + width - 1) / Math.max(1, width));
    }

    private static void merged(SXSSFSheet sheet, int index, String value, CellStyle style, float height, int columns,
                               Styles styles) {
        Row row = sheet.createRow(index);
        row.setHeightInPoints(height);
        text(row, 0, value, style, styles);
        for (int i = 1; i < columns; i++) {
            row.createCell(i).setCellStyle(style);
        }
        sheet.addMergedRegion(new CellRangeAddress(index, index, 0, columns - 1));
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
        final CellStyle cell;
        final CellStyle integer;
        final CellStyle date;
        final CellStyle notice;
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
            cell = bordered(body, HorizontalAlignment.LEFT);
            integer = bordered(body, HorizontalAlignment.CENTER);
            integer.setDataFormat(workbook.createDataFormat().getFormat("0"));
            date = bordered(body, HorizontalAlignment.CENTER);
            date.setDataFormat(workbook.createDataFormat().getFormat(DATE_FORMAT));
            notice = plain(font(11, false), HorizontalAlignment.LEFT);
            notice.setWrapText(true);
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
