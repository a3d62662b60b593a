package org.perfgrade.report.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.perfgrade.ledger.DerivedLists;

/**
 * One printed line of a 差异化管控 list: its number, county, enterprise, credit code, industry (with its branch),
 * grade (A级) and the reason it is on the list.
 */
public record ControlListRow(int number, String county, String enterprise, String creditCode, String industry,
                             String grade, String reason) {

    /** The list's entries as printed rows, numbered from 1 in the list's order. */
    static List<ControlListRow> of(ControlList list, List<DerivedLists.Entry> entries) {
        List<ControlListRow> rows = new ArrayList<>(entries.size());
        for (DerivedLists.Entry e : entries) {
            rows.add(new ControlListRow(rows.size() + 1, e.county(), e.enterprise(), e.creditCode(),
                    e.branch() == null ? e.industry() : e.industry() + "（" + e.branch() + "）",
                    ControlTexts.gradeName(e.grade()), list.reason(e)));
        }
        return rows;
    }

    /** The cells of the workbook, in {@link ControlListWorkbook#HEADERS} order. */
    Object[] cells() {
        return new Object[] { number, county, enterprise, creditCode, industry, grade, reason };
    }

    /** The fields of {@code reports/control-list.jrxml}. */
    Map<String, ?> fields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("number", String.valueOf(number));
        fields.put("county", county);
        fields.put("enterprise", enterprise);
        fields.put("creditCode", creditCode);
        fields.put("industry", industry);
        fields.put("grade", grade);
        fields.put("reason", reason);
        return fields;
    }
}
