package org.perfgrade.ingest.header;

import java.util.Map;

import org.perfgrade.ingest.sheet.SourceCell;

/**
 * One data row of a county file, with its cells by known column. {@code rowNumber} is the row as Excel shows it
 * (1-based); columns the file lacks are absent from {@code cells}.
 */
public record SourceRow(String sheet, int rowNumber, Map<Column, SourceCell> cells) {

    public SourceRow {
        cells = Map.copyOf(cells);
    }

    /** The cell of a column, or a blank cell (reference unknown) when the file has no such column. */
    public SourceCell cell(Column column) {
        SourceCell cell = cells.get(column);
        return cell != null ? cell : new SourceCell("", "", null, null);
    }

    public String text(Column column) {
        return cell(column).text();
    }
}
