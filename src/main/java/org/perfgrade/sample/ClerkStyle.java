package org.perfgrade.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * 县区手填样式: how one county's clerk fills its two workbooks — cells written in forms that read as the clean value
 * ({@link ClerkWriting}), and rows that are not data: a blank row between data rows, the header repeated mid-sheet
 * (a printed page header), a 合计 row and a 填报人/联系电话 footer. The clean model does not change; only how it is
 * written does, so an import that reads these forms stores the same ledger.
 *
 * @param ledgerCells per ledger row (in order), the cells written otherwise than clean, by column header; a row with
 *                    a planted defect has none
 * @param planCells   the same for the improvement-list rows
 * @param footer      the footer line under the 合计 row
 */
record ClerkStyle(List<Map<String, String>> ledgerCells, List<Map<String, String>> planCells, String footer) {

    /** The counties whose sample files are written this way. */
    static final List<String> COUNTIES = List.of("兰考县", "尉氏县");

    /** The text of the subtotal row's first cell. */
    static final String TOTAL = "合计";

    /** The blank row comes before this data row (0-based). */
    private static final int BLANK_BEFORE = 2;

    ClerkStyle {
        ledgerCells = List.copyOf(ledgerCells);
        planCells = List.copyOf(planCells);
    }

    /** What a sheet row holds. */
    enum SlotKind { DATA, BLANK, HEADER, TOTAL, FOOTER }

    /** One sheet row under the heading: a data row ({@code dataIndex} ≥ 0) or a row that is not data. */
    record Slot(SlotKind kind, int dataIndex) {
    }

    /**
     * The rows under the heading for {@code dataRows} data rows: a blank row before the third data row (from 4 data
     * rows), the header again before the middle one (from 6), then 合计 and the footer.
     */
    static List<Slot> layout(int dataRows) {
        List<Slot> slots = new ArrayList<>(dataRows + 4);
        for (int i = 0; i < dataRows; i++) {
            if (i == BLANK_BEFORE && dataRows >= 4) {
                slots.add(new Slot(SlotKind.BLANK, -1));
            }
            if (i == headerBefore(dataRows) && dataRows >= 6) {
                slots.add(new Slot(SlotKind.HEADER, -1));
            }
            slots.add(new Slot(SlotKind.DATA, i));
        }
        slots.add(new Slot(SlotKind.TOTAL, -1));
        slots.add(new Slot(SlotKind.FOOTER, -1));
        return slots;
    }

    /** The 1-based Excel row of data row {@code dataIndex} (0-based) in this layout. */
    static int excelRow(int dataIndex, int dataRows) {
        int row = WorkbookSupport.HEADING_ROWS + dataIndex + 1;
        if (dataRows >= 4 && dataIndex >= BLANK_BEFORE) {
            row++;
        }
        if (dataRows >= 6 && dataIndex >= headerBefore(dataRows)) {
            row++;
        }
        return row;
    }

    private static int headerBefore(int dataRows) {
        return Math.max(BLANK_BEFORE + 1, dataRows / 2);
    }
}
