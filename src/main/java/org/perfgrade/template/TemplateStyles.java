package org.perfgrade.template;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.perfgrade.ingest.header.Column;

/**
 * 模板样式: 宋体 throughout, a large bold title, a bold bordered wrapped header, and for the rows to fill bordered
 * cells formatted by column — dates as 2021年8月15日, codes as text — created once per workbook.
 */
final class TemplateStyles {

    private static final String FONT = "宋体";

    final CellStyle title;
    final CellStyle subtitle;
    final CellStyle header;
    final CellStyle notesTitle;
    final CellStyle note;
    private final CellStyle[] body = new CellStyle[3];
    private final CellStyle[] plain = new CellStyle[3];

    TemplateStyles(Workbook workbook) {
        title = workbook.createCellStyle();
        title.setFont(font(workbook, 16, true));
        title.setAlignment(HorizontalAlignment.CENTER);
        title.setVerticalAlignment(VerticalAlignment.CENTER);
        subtitle = workbook.createCellStyle();
        subtitle.setFont(font(workbook, 11, false));
        subtitle.setVerticalAlignment(VerticalAlignment.CENTER);
        header = workbook.createCellStyle();
        header.setFont(font(workbook, 11, true));
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        header.setWrapText(true);
        borders(header);
        notesTitle = workbook.createCellStyle();
        notesTitle.setFont(font(workbook, 14, true));
        note = workbook.createCellStyle();
        note.setFont(font(workbook, 11, false));
        note.setWrapText(true);
        note.setVerticalAlignment(VerticalAlignment.TOP);
        Font bodyFont = font(workbook, 10, false);
        short text = workbook.createDataFormat().getFormat("@");
        short date = workbook.createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\"");
        short[] formats = {0, text, date};
        for (int i = 0; i < formats.length; i++) {
            plain[i] = workbook.createCellStyle();
            plain[i].setFont(bodyFont);
            plain[i].setVerticalAlignment(VerticalAlignment.CENTER);
            plain[i].setDataFormat(formats[i]);
            plain[i].setWrapText(i == 0);
            body[i] = workbook.createCellStyle();
            body[i].cloneStyleFrom(plain[i]);
            borders(body[i]);
        }
    }

    /** The style of a column's cells: bordered in the prepared rows, plain below them. */
    CellStyle forColumn(Column column, boolean bordered) {
        int kind = TemplateNotes.DATE_COLUMNS.contains(column) ? 2 : TemplateNotes.TEXT_COLUMNS.contains(column) ? 1 : 0;
        return bordered ? body[kind] : plain[kind];
    }

    private static Font font(Workbook workbook, int points, boolean bold) {
        Font font = workbook.createFont();
        font.setFontName(FONT);
        font.setFontHeightInPoints((short) points);
        font.setBold(bold);
        return font;
    }

    private static void borders(CellStyle style) {
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
    }
}
