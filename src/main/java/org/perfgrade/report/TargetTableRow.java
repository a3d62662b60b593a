package org.perfgrade.report;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * 附件1 目标表的一行: 序号 and 县区 (全市 for the city row), then per level (国家级 / 省级) and metric (申报 / 通过) one
 * {@link Cell} of target, actual and status, as printed.
 *
 * @param number empty for the city row
 */
public record TargetTableRow(String number, String county, boolean city, Cell nationalApplied, Cell nationalPassed,
                             Cell provincialApplied, Cell provincialPassed) {

    /** One metric of one level, as printed: 目标(%) (">25", "≥20" or "—"), 实际(%) ("21.43") and 是否达标. */
    public record Cell(String target, String actual, String status) {
    }

    /** The row as the fields of {@code reports/target-table.jrxml}. */
    public Map<String, ?> fields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("number", number);
        fields.put("county", county);
        fields.put("city", city);
        put(fields, "na", nationalApplied);
        put(fields, "np", nationalPassed);
        put(fields, "pa", provincialApplied);
        put(fields, "pp", provincialPassed);
        return fields;
    }

    private static void put(Map<String, Object> fields, String prefix, Cell cell) {
        fields.put(prefix + "Target", cell.target());
        fields.put(prefix + "Actual", cell.actual());
        fields.put(prefix + "Status", cell.status());
    }
}
