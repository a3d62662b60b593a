package org.perfgrade.ingest;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * 非数据行: tells a data row from the lines a county file carries below its header that hold no enterprise — the
 * row of column numbers (1, 2, 3 …) right under the header, rows with nothing but 序号/省辖市/县、区 (a template
 * pre-filled, or a 注 block merged across the table, whose text sits in the first column), rows with values only in
 * ignored columns, and 注/说明/填报人/审核人/联系电话/合计 lines whose name column is empty.
 */
final class DataRowFilter {

    /** Columns that templates and counties fill in advance; a row with nothing else holds no data. */
    private static final Set<Column> PREFILLED = Set.of(Column.SEQUENCE, Column.CITY, Column.COUNTY);

    private static final List<String> FOOTER_PREFIXES = List.of("注", "备注:", "说明", "填报说明", "填表说明", "填报人",
            "填表人", "制表人", "审核人", "审核", "联系人", "联系电话", "电话", "负责人", "单位负责人", "分管领导",
            "合计", "总计", "小计");

    private final DetectedSheet sheet;
    private boolean firstRow = true;

    DataRowFilter(DetectedSheet sheet) {
        this.sheet = sheet;
    }

    /** Whether a non-blank row below the header is a data row; call for every such row, in order. */
    boolean isData(SheetRow row, Map<Column, SourceCell> cells) {
        boolean first = firstRow;
        firstRow = false;
        if (first && isColumnNumbers(row)) {
            return false;
        }
        boolean content = cells.entrySet().stream()
                .anyMatch(e -> !PREFILLED.contains(e.getKey()) && !e.getValue().isBlank());
        return content && !isFooter(row, cells);
    }

    /** 1, 2, 3 … in consecutive non-blank cells from the left: the column numbers printed under a header. */
    private static boolean isColumnNumbers(SheetRow row) {
        int expected = 1;
        for (int i = 0; i < row.width(); i++) {
            SourceCell cell = row.cell(i);
            if (cell.isBlank()) {
                continue;
            }
            BigDecimal number = cell.number() != null ? cell.number() : parse(cell.text());
            if (number == null || number.compareTo(BigDecimal.valueOf(expected)) != 0) {
                return false;
            }
            expected++;
        }
        return expected > 3;
    }

    private static BigDecimal parse(String text) {
        String plain = text.replace("(", "").replace(")", "").replace("（", "").replace("）", "");
        try {
            return plain.matches("\\d{1,3}") ? new BigDecimal(plain) : null;
        }
        catch (NumberFormatException ex) {
            return null;
        }
    }

    private boolean isFooter(SheetRow row, Map<Column, SourceCell> cells) {
        Column nameColumn = sheet.kind() == SubmissionKind.EXPERT ? Column.EXPERT_NAME : Column.ENTERPRISE_NAME;
        SourceCell name = cells.get(nameColumn);
        if (name != null && !name.isBlank()) {
            return false;
        }
        for (int i = 0; i < row.width(); i++) {
            SourceCell cell = row.cell(i);
            if (!cell.isBlank()) {
                String text = HeaderText.normalize(cell.text());
                return FOOTER_PREFIXES.stream().anyMatch(text::startsWith);
            }
        }
        return false;
    }
}
