package org.perfgrade.document.xlsx;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Puts text into workbook cells so that it can never run as a formula: text starting with = + - @ (or a tab or
 * carriage return, as OWASP lists) is written as a quote-prefixed text cell, which Excel and WPS show unchanged but
 * never evaluate, even after a user edits the cell.
 */
public final class SafeCells {

    /** The most characters an Excel cell holds. */
    public static final int MAX_CELL_CHARS = 32_767;

    private SafeCells() {
    }

    /** Whether a spreadsheet program could take the text for a formula. */
    public static boolean looksLikeFormula(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                || first == '＝' || first == '＋' || first == '－' || first == '＠';
    }

    /**
     * Writes text into the cell; a formula-like text gets {@code quotedStyle} (a copy of the cell's style with
     * {@link CellStyle#setQuotePrefixed(boolean)}; create it once per workbook with {@link #quotedStyle}).
     */
    public static void setText(Cell cell, String text, CellStyle quotedStyle) {
        cell.setCellValue(fitted(text));
        if (looksLikeFormula(text)) {
            cell.setCellStyle(quotedStyle);
        }
    }

    /**
     * The text as a cell can hold it: Excel keeps at most 32,767 characters in a cell (POI refuses more), so a longer
     * text (a county's 100,000-character cell quoted back in a receipt) is cut with a note of its full length.
     */
    public static String fitted(String text) {
        if (text == null) {
            return "";
        }
        if (text.length() <= MAX_CELL_CHARS) {
            return text;
        }
        String note = "……（已截断，原文共 " + text.length() + " 字）";
        return text.substring(0, MAX_CELL_CHARS - note.length()) + note;
    }

    /** A quote-prefixed copy of a style. */
    public static CellStyle quotedStyle(Workbook workbook, CellStyle base) {
        CellStyle style = workbook.createCellStyle();
        if (base != null) {
            style.cloneStyleFrom(base);
        }
        style.setQuotePrefixed(true);
        return style;
    }
}
