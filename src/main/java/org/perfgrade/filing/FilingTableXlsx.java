package org.perfgrade.filing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.perfgrade.document.xlsx.PrintedSheet;
import org.perfgrade.document.xlsx.SafeCells;
import org.perfgrade.document.xlsx.WorkbookStamp;

/**
 * A table of the filing package as .xlsx: title and subtitle rows merged over the table, the header row (frozen,
 * repeated when printed), the rows (序号 as a number, text with formula-like values neutralised), landscape A4
 * fitted to the width, "第 &P 页 共 &N 页" at the foot; document dates and inner entry times set to the business date
 * so that the same rows give the same bytes.
 */
final class FilingTableXlsx {

    /** The table's sheet, title lines and columns. */
    record Table(String sheet, String title, String subtitle, List<String> headers, int[] widths) {
    }

    private FilingTableXlsx() {
    }

    /** The workbook's bytes; the first column of each row is 序号 (a number). */
    static byte[] write(Table table, List<List<String>> rows, WorkbookStamp stamp, LocalDate asOf, String author)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet(table.sheet());
            CellStyle title = style(workbook, 16, true, false);
            title.setAlignment(HorizontalAlignment.CENTER);
            CellStyle plain = style(workbook, 11, false, false);
            CellStyle header = style(workbook, 11, true, true);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            CellStyle body = style(workbook, 10, false, true);
            CellStyle quoted = SafeCells.quotedStyle(workbook, body);
            for (int i = 0; i < table.widths().length; i++) {
                sheet.setColumnWidth(i, (table.widths()[i] + 2) * 256);
            }
            int columns = table.headers().size();
            merged(sheet, 0, columns, table.title(), title, 36);
            merged(sheet, 1, columns, table.subtitle(), plain, 20);
            Row head = sheet.createRow(2);
            for (int i = 0; i < columns; i++) {
                Cell cell = head.createCell(i);
                cell.setCellStyle(header);
                cell.setCellValue(table.headers().get(i));
            }
            int next = 3;
            for (List<String> values : rows) {
                Row row = sheet.createRow(next++);
                for (int i = 0; i < values.size(); i++) {
                    Cell cell = row.createCell(i);
                    cell.setCellStyle(body);
                    if (i == 0) {
                        cell.setCellValue(Integer.parseInt(values.get(0)));
                    }
                    else if (values.get(i) != null && !values.get(i).isEmpty()) {
                        SafeCells.setText(cell, values.get(i), quoted);
                    }
                }
            }
            PrintedSheet.fitA4Width(sheet, 3, true);
            sheet.getFooter().setCenter("第 &P 页 共 &N 页");
            stamp.stamp(workbook, asOf, table.title(), author);
            workbook.write(out);
        }
        return FilingZip.restamp(out.toByteArray(), asOf);
    }

    private static void merged(XSSFSheet sheet, int index, int columns, String value, CellStyle style, float height) {
        Row row = sheet.createRow(index);
        row.setHeightInPoints(height);
        Cell cell = row.createCell(0);
        cell.setCellStyle(style);
        cell.setCellValue(value);
        sheet.addMergedRegion(new CellRangeAddress(index, index, 0, columns - 1));
    }

    private static CellStyle style(XSSFWorkbook workbook, int points, boolean bold, boolean bordered) {
        Font font = workbook.createFont();
        font.setFontName("宋体");
        font.setFontHeightInPoints((short) points);
        font.setBold(bold);
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        if (bordered) {
            style.setWrapText(true);
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
        }
        return style;
    }
}
