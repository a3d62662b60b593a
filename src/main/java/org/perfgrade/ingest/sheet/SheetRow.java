package org.perfgrade.ingest.sheet;

import java.util.ArrayList;
import java.util.List;

/**
 * 原始行: one row of a sheet as read, before any column is known — its Excel row number and its cells by 0-based
 * column index (absent cells are blank). Shared by the header search and the data cursor.
 */
public record SheetRow(int rowNumber, List<SourceCell> cells) {

    public SheetRow {
        cells = java.util.Collections.unmodifiableList(new ArrayList<>(cells));
    }

    /** The cell at a 0-based column, or a blank cell with its reference. */
    public SourceCell cell(int column) {
        SourceCell cell = column < cells.size() ? cells.get(column) : null;
        return cell != null ? cell : ExcelCells.blank(ExcelCells.ref(column, rowNumber));
    }

    /** The number of column slots read (the last non-empty column + 1 at most). */
    public int width() {
        return cells.size();
    }

    public boolean isBlank() {
        for (SourceCell cell : cells) {
            if (cell != null && !cell.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** The non-blank texts of the row joined by a space (for titles and the 日期 line). */
    public String joinedText() {
        StringBuilder text = new StringBuilder();
        for (SourceCell cell : cells) {
            if (cell != null && !cell.isBlank()) {
                if (!text.isEmpty()) {
                    text.append(' ');
                }
                text.append(cell.text());
            }
        }
        return text.toString();
    }
}
