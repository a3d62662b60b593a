package org.perfgrade.report;

import java.util.IdentityHashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.perfgrade.document.xlsx.ListWorkbook;
import org.perfgrade.document.xlsx.SafeCells;

/**
 * The cell styles of one list workbook (宋体 throughout, the look of 附件2): title, date line, bordered header and
 * body cells, numbers, dates, and a borderless note style, each with its quote-prefixed twin for formula-like text.
 */
final class ReportSheetStyles {

    static final String FONT = "宋体";

    final CellStyle title;
    final CellStyle subtitle;
    final CellStyle header;
    final CellStyle wrap;
    final CellStyle centred;
    final CellStyle integer;
    final CellStyle decimal;
    final CellStyle date;
    final CellStyle note;
    private final Map<CellStyle, CellStyle> quoted = new IdentityHashMap<>();
    private final Workbook workbook;

    /** @param decimalFormat the number format of the {@link #decimal} cells, e.g. {@code 0.0000} */
    ReportSheetStyles(Workbook workbook, String decimalFormat) {
        this.workbook = workbook;
        title = workbook.createCellStyle();
        title.setFont(font(16, true));
        title.setAlignment(HorizontalAlignment.CENTER);
        title.setVerticalAlignment(VerticalAlignment.CENTER);
        subtitle = workbook.createCellStyle();
        subtitle.setFont(font(11, false));
        subtitle.setAlignment(HorizontalAlignment.LEFT);
        subtitle.setVerticalAlignment(VerticalAlignment.CENTER);
        Font body = font(10, false);
        header = bordered(font(11, true));
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setWrapText(true);
        wrap = bordered(body);
        wrap.setWrapText(true);
        centred = bordered(body);
        centred.setAlignment(HorizontalAlignment.CENTER);
        centred.setWrapText(true);
        integer = bordered(body);
        integer.setAlignment(HorizontalAlignment.CENTER);
        integer.setDataFormat(workbook.createDataFormat().getFormat("0"));
        decimal = bordered(body);
        decimal.setAlignment(HorizontalAlignment.RIGHT);
        decimal.setDataFormat(workbook.createDataFormat().getFormat(decimalFormat));
        date = bordered(body);
        date.setAlignment(HorizontalAlignment.CENTER);
        date.setDataFormat(workbook.createDataFormat().getFormat(ImprovementListWorkbook.DATE_FORMAT));
        note = workbook.createCellStyle();
        note.setFont(body);
        note.setWrapText(true);
        note.setVerticalAlignment(VerticalAlignment.TOP);
    }

    /**
     * Makes the quote-prefixed twins of every text style now: a workbook whose rows are made while it is written
     * ({@link ListWorkbook}) has written its styles before the first row, so no style may be created later.
     */
    ReportSheetStyles quotedTwins() {
        for (CellStyle style : new CellStyle[] { title, subtitle, header, wrap, centred, note }) {
            quoted(style);
        }
        return this;
    }

    CellStyle quoted(CellStyle base) {
        return quoted.computeIfAbsent(base, b -> SafeCells.quotedStyle(workbook, b));
    }

    /** A text cell in a style; text that could run as a formula goes in the style's quote-prefixed twin. */
    void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(style);
        if (value != null && !value.isEmpty()) {
            SafeCells.setText(cell, value, quoted(style));
        }
    }

    private Font font(int points, boolean bold) {
        Font font = workbook.createFont();
        font.setFontName(FONT);
        font.setFontHeightInPoints((short) points);
        font.setBold(bold);
        return font;
    }

    private CellStyle bordered(Font font) {
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
