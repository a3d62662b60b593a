package org.perfgrade.document.xlsx;

import java.util.IdentityHashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The building blocks of a list workbook's cell styles in one font: fonts, plain and bordered (wrapping) styles
 * centred vertically, and each style's quote-prefixed twin ({@link SafeCells}) for text that could run as a formula.
 * The list workbooks (公示名单, the 差异化管控 lists) compose their styles from it.
 */
public final class SheetStyles {

    private final Workbook workbook;
    private final String fontName;
    private final Map<CellStyle, CellStyle> quoted = new IdentityHashMap<>();

    public SheetStyles(Workbook workbook, String fontName) {
        this.workbook = workbook;
        this.fontName = fontName;
    }

    public Font font(int points, boolean bold) {
        Font font = workbook.createFont();
        font.setFontName(fontName);
        font.setFontHeightInPoints((short) points);
        font.setBold(bold);
        return font;
    }

    /** A style without borders, centred vertically. */
    public CellStyle plain(Font font, HorizontalAlignment alignment) {
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        style.setAlignment(alignment);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        return style;
    }

    /** A table cell: thin borders all round, wrapping, centred vertically. */
    public CellStyle bordered(Font font, HorizontalAlignment alignment) {
        CellStyle style = plain(font, alignment);
        style.setWrapText(true);
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        return style;
    }

    /** The style's quote-prefixed twin, made once. */
    public CellStyle quoted(CellStyle base) {
        return quoted.computeIfAbsent(base, b -> SafeCells.quotedStyle(workbook, b));
    }
}
