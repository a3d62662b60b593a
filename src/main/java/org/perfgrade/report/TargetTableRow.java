package org.perfgrade.report;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * 附件1 目标表的一行: 序号 and 县区 (全市 for the city row), then per level (国家级 / 省级) its enterprises (企业数)
 * and per metric (申报 / 通过) one {@link Cell} of count, target, actual share and verdict, as printed.
 *
 * @param number            empty for the city row
 * @param nationalCounted   国家级企业数 as printed
 * @param provincialCounted 省级企业数 as printed
 */
public record TargetTableRow(String number, String county, boolean city, String nationalCounted,
                             String provincialCounted, Cell nationalApplied, Cell nationalPassed,
                             Cell provincialApplied, Cell provincialPassed) {

    /**
     * One metric of one level, as printed: 家数 (enterprises applied or passed), 目标(%) ("＞25", "≥20" or "—"),
     * 实际(%) ("21.43") and 是否达标 (达标, 未达标（差n家）, 无企业（不考核）).
     */
    public record Cell(String count, String target, String actual, String status) {
    }

    /** The same row under another number. */
    TargetTableRow numbered(String newNumber) {
        return new TargetTableRow(newNumber, county, city, nationalCounted, provincialCounted, nationalApplied,
                nationalPassed, provincialApplied, provincialPassed);
    }

    /** The row as the fields of {@code reports/target-table.jrxml}. */
    public Map<String, ?> fields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("number", number);
        fields.put("county", county);
        fields.put("city", city);
        fields.put("nCounted", nationalCounted);
        fields.put("pCounted", provincialCounted);
        put(fields, "na", nationalApplied);
        put(fields, "np", nationalPassed);
        put(fields, "pa", provincialApplied);
        put(fields, "pp", provincialPassed);
        return fields;
    }

    private static void put(Map<String, Object> fields, String prefix, Cell cell) {
        fields.put(prefix + "Count", cell.count());
        fields.put(prefix + "Target", cell.target());
        fields.put(prefix + "Actual", cell.actual());
        fields.put(prefix + "Status", cell.status());
    }
}
