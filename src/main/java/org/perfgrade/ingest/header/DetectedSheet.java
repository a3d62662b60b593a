package org.perfgrade.ingest.header;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.perfgrade.ingest.SubmissionKind;
import org.perfgrade.ingest.problem.Problem;
import org.perfgrade.ingest.sheet.ExcelCells;

/**
 * 识别结果: where the data of a county file is — the sheet, the header row, the column of each known field — and
 * what kind of submission it is, found by {@link HeaderDetector}; with the text above the header (标题, 填报单位, 日期)
 * for finding the county, and the F12 warnings for header cells that name no column of the kind.
 *
 * @param headerRowNumber the (last) header row as Excel shows it; data start below it
 * @param columnIndex     0-based column index of each column found
 * @param unknownColumns  one F12 warning per header cell ignored (unknown or repeated), with its column letter
 * @param titleText       the rows above the header, one line each (cells joined by a space)
 * @param dateText        the row above the header that holds “日期”, or "" when there is none
 */
public record DetectedSheet(SubmissionKind kind, String sheetName, int headerRowNumber,
                            Map<Column, Integer> columnIndex, List<Problem> unknownColumns, String titleText,
                            String dateText) {

    public DetectedSheet {
        columnIndex = columnIndex.isEmpty() ? Map.of()
                : Collections.unmodifiableMap(new EnumMap<>(columnIndex));
        unknownColumns = List.copyOf(unknownColumns);
        titleText = titleText == null ? "" : titleText;
        dateText = dateText == null ? "" : dateText;
    }

    public SubmissionLayout layout() {
        return SubmissionLayout.of(kind);
    }

    /** The column letters of a column found in the file (e.g. {@code H}), if the file has it. */
    public Optional<String> columnLetter(Column column) {
        Integer index = columnIndex.get(column);
        return index == null ? Optional.empty() : Optional.of(ExcelCells.columnLetters(index));
    }
}
