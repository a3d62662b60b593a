package org.perfgrade.sample;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.perfgrade.document.xlsx.WorkbookStamp;

/**
 * 表格版式: what both county workbooks share — 宋体, a merged and centred title, a date line, a bold bordered header
 * in row 3, fixed column widths — and saving with fixed document dates so the same model gives the same bytes.
 */
final class WorkbookSupport {

    /** Rows above the data: title, date line, header. */
    static final int HEADING_ROWS = 3;

    private static final String FONT = "宋体";

    private WorkbookSupport() {
    }

    /** A column as written: its header and its width in characters. */
    record Column(String header, int width) {
    }

    /** The cell styles of one workbook. */
    static final class Styles {
        final CellStyle title;
        final CellStyle subtitle;
        final CellStyle header;
        final CellStyle text;
        final CellStyle wrap;
        final CellStyle centred;
        final CellStyle integer;
        final CellStyle decimal;
        final CellStyle date;

        Styles(Workbook workbook) {
            Font titleFont = font(workbook, 16, true);
            Font headerFont = font(workbook, 11, true);
            Font bodyFont = font(workbook, 10, false);
            title = workbook.createCellStyle();
            title.setFont(titleFont);
            title.setAlignment(HorizontalAlignment.CENTER);
            title.setVerticalAlignment(VerticalAlignment.CENTER);
            subtitle = workbook.createCellStyle();
            subtitle.setFont(font(workbook, 11, false));
            subtitle.setAlignment(HorizontalAlignment.LEFT);
            subtitle.setVerticalAlignment(VerticalAlignment.CENTER);
            header = bordered(workbook, headerFont);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setWrapText(true);
            text = bordered(workbook, bodyFont);
            wrap = bordered(workbook, bodyFont);
            wrap.setWrapText(true);
            centred = bordered(workbook, bodyFont);
            centred.setAlignment(HorizontalAlignment.CENTER);
            integer = bordered(workbook, bodyFont);
            integer.setAlignment(HorizontalAlignment.CENTER);
            integer.setDataFormat(workbook.createDataFormat().getFormat("0"));
            decimal = bordered(workbook, bodyFont);
            decimal.setDataFormat(workbook.createDataFormat().getFormat("0.00#"));
            date = bordered(workbook, bodyFont);
            date.setAlignment(HorizontalAlignment.CENTER);
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
        }

        private static Font font(Workbook workbook, int points, boolean bold) {
            Font font = workbook.createFont();
            font.setFontName(FONT);
            font.setFontHeightInPoints((short) points);
            font.setBold(bold);
            return font;
        }

        private static CellStyle bordered(Workbook workbook, Font font) {
            CellStyle style = workbook.createCellStyle();
            style.setFont(font);
            style.setVerticalAlignment(VerticalAlignment.CENTER);
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            return style;
        }
    }

    /** Column widths, the merged title (row 1), the date line (row 2) and the header (row 3); freezes under it. */
    static void writeHeading(Sheet sheet, Styles styles, String title, String subtitle, List<Column> columns) {
        for (int i = 0; i < columns.size(); i++) {
            sheet.setColumnWidth(i, Math.min(255, columns.get(i).width()) * 256);
        }
        Row titleRow = sheet.createRow(0);
        titleRow.setHeightInPoints(32);
        text(titleRow, 0, title, styles.title);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, columns.size() - 1));
        Row subtitleRow = sheet.createRow(1);
        subtitleRow.setHeightInPoints(20);
        text(subtitleRow, 0, subtitle, styles.subtitle);
        sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, columns.size() - 1));
        Row headerRow = sheet.createRow(2);
        headerRow.setHeightInPoints(30);
        for (int i = 0; i < columns.size(); i++) {
            text(headerRow, i, columns.get(i).header(), styles.header);
        }
        sheet.createFreezePane(0, HEADING_ROWS);
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
    }

    /**
     * A row of a {@link ClerkStyle} that is not data: blank (styled empty cells), the header again, 合计 with the
     * number of data rows under 企业名称, or the footer line.
     */
    static void clerkRow(Row row, ClerkStyle.SlotKind kind, List<String> headers, int dataRows, String footer,
                         Styles styles) {
        switch (kind) {
            case BLANK -> headers.forEach(h -> text(row, headers.indexOf(h), null, styles.text));
            case HEADER -> headers.forEach(h -> text(row, headers.indexOf(h), h, styles.header));
            case TOTAL -> {
                text(row, 0, ClerkStyle.TOTAL, styles.centred);
                text(row, headers.indexOf("企业名称"), "共" + dataRows + "行", styles.text);
            }
            case FOOTER -> text(row, 0, footer, styles.text);
            default -> throw new IllegalArgumentException("a data row is written by its writer");
        }
    }

    /** A text cell; empty or null text leaves a styled blank cell, as Excel does for an empty cell. */
    static Cell text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(style);
        if (value != null && !value.isEmpty()) {
            cell.setCellValue(value);
        }
        return cell;
    }

    static void number(Row row, int column, double value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(style);
        cell.setCellValue(value);
    }

    /** A date as official documents write it: 2021年6月10日, without leading zeros. */
    static String chineseDate(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /**
     * Writes the workbook with its document dates set to {@code asOf} at 00:00 in the stamp's business zone and the
     * given author, so that writing the same content twice gives the same bytes (POI would otherwise stamp the
     * current time).
     */
    static void save(Workbook workbook, Path file, WorkbookStamp stamp, LocalDate asOf, String author)
            throws IOException {
        stamp.stamp(workbook, asOf, null, author);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            workbook.write(out);
        }
    }
}
