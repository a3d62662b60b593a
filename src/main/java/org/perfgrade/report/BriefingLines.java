package org.perfgrade.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.perfgrade.report.changes.ChangeKind;
import org.perfgrade.report.changes.ChangeSummary;
import org.perfgrade.report.changes.ChangeTally;
import org.perfgrade.report.changes.ChangesWorkbook;
import org.perfgrade.report.late.CountyTally;
import org.perfgrade.report.late.DeadlineRow;
import org.perfgrade.report.late.LateItemsWorkbook;
import org.perfgrade.report.late.LateOverview;
import org.perfgrade.report.late.LateTexts;

/**
 * The records of {@code reports/briefing.jrxml}: one list whose {@code section} field says which table a record
 * belongs to — {@value #COUNTIES} (二、各县区完成情况, the rows of 附件1 with actual shares), {@value #CHANGES}
 * (三、变化情况: counts by kind per county), {@value #OVERDUE} (四、逾期未完成事项 by county) and {@value #LATE}
 * (五、逾期完成事项 by county), in that order; a record with a {@code note} is a sentence under its table (where the
 * detail is, or what a quiet day says). The template groups on the section and prints each table's heading and
 * column header at the start of its group (and again on every page it runs over). The detail goes to the workbooks
 * the notes name, so the briefing keeps to four pages on any day.
 */
final class BriefingLines {

    static final String COUNTIES = "2";
    static final String CHANGES = "3";
    static final String OVERDUE = "4";
    static final String LATE = "5";
    /** The kinds the briefing's summary counts, in its columns' order (k1 … k8); 合计 counts every change. */
    static final List<ChangeKind> SUMMARY_KINDS = List.of(ChangeKind.UP, ChangeKind.DOWN, ChangeKind.NEW,
            ChangeKind.OTHER_GRADE, ChangeKind.REMOVED, ChangeKind.MET, ChangeKind.MISSED, ChangeKind.OVERDUE);

    private BriefingLines() {
    }

    static List<Map<String, ?>> of(List<TargetTableRow> countyRows, ChangeSummary changes, LateOverview late) {
        List<Map<String, ?>> lines = new ArrayList<>();
        for (TargetTableRow row : countyRows) {
            Map<String, Object> fields = new HashMap<>(row.fields());
            fields.put("section", COUNTIES);
            fields.put("naShare", share(row.nationalApplied()));
            fields.put("npShare", share(row.nationalPassed()));
            fields.put("paShare", share(row.provincialApplied()));
            fields.put("ppShare", share(row.provincialPassed()));
            lines.add(fields);
        }
        changes(lines, changes);
        overdue(lines, late);
        late(lines, late);
        return lines;
    }

    /**
     * 三、变化情况 as counts by kind per county (every county of 附件1, the city's goals when they changed, 合计), then
     * where the detail is; a quiet day is one sentence.
     */
    private static void changes(List<Map<String, ?>> lines, ChangeSummary changes) {
        if (changes.rows().isEmpty()) {
            lines.add(note(CHANGES, "与上次统计相比无变化。"));
            return;
        }
        for (ChangeTally tally : changes.tallies()) {
            Map<String, Object> fields = new HashMap<>();
            fields.put("section", CHANGES);
            fields.put("c1", tally.county());
            fields.put("city", ChangeSummary.TOTAL.equals(tally.county()));
            for (int k = 0; k < SUMMARY_KINDS.size(); k++) {
                fields.put("k" + (k + 1), String.valueOf(tally.count(SUMMARY_KINDS.get(k))));
            }
            fields.put("kt", String.valueOf(tally.total()));
            lines.add(fields);
        }
        lines.add(note(CHANGES, "与上次统计相比共变化" + changes.rows().size() + "项，明细见《" + ChangeSummary.WORKBOOK_TITLE
                + "》（" + ChangesWorkbook.FILE + "）。"));
    }

    /**
     * 四、逾期未完成事项 by county: how many, the most days overdue and each item's days (a batch by its name), 合计
     * with the counties per item; then the enterprises past their 拟完成时间 without an application, and where the
     * detail is.
     */
    private static void overdue(List<Map<String, ?>> lines, LateOverview late) {
        if (late.overdue().isEmpty()) {
            lines.add(note(OVERDUE, "无逾期未完成事项。"));
        }
        else {
            deadlineRows(lines, OVERDUE, late.overdue(), late);
        }
        CountyTally total = late.total();
        long counties = late.counties().stream().filter(t -> t.plans() > 0).count();
        long enterprises = late.plans().stream().map(p -> p.county() + "/" + p.creditCode() + "/" + p.enterprise())
                .distinct().count();
        lines.add(note(OVERDUE, total.plans() == 0 ? "没有超过方案附件2拟完成时间仍未申报的企业。"
                : "超过方案附件2拟完成时间仍未申报的企业" + enterprises + "家（" + total.plans() + "条行业记录，涉及" + counties
                        + "个县区，最长超过" + total.plansMaxDays() + "天）。"));
        lines.add(note(OVERDUE, "明细见《" + LateTexts.WORKBOOK_TITLE + "》（" + LateItemsWorkbook.FILE + "）。"));
    }

    /** 五、逾期完成事项 by county, as 四 with the days late. */
    private static void late(List<Map<String, ?>> lines, LateOverview late) {
        if (late.late().isEmpty()) {
            lines.add(note(LATE, "无逾期完成事项。"));
            return;
        }
        deadlineRows(lines, LATE, late.late(), late);
        lines.add(note(LATE, "逾期天数计至完成日期，明细见《" + LateTexts.WORKBOOK_TITLE + "》（" + LateItemsWorkbook.FILE
                + "）。"));
    }

    private static void deadlineRows(List<Map<String, ?>> lines, String section, List<DeadlineRow> rows,
                                     LateOverview late) {
        for (CountyTally county : late.counties()) {
            List<DeadlineRow> own = rows.stream().filter(r -> r.county().equals(county.county())).toList();
            if (own.isEmpty()) {
                continue;
            }
            lines.add(deadline(section, county.county(), own.size(),
                    own.stream().mapToInt(DeadlineRow::days).max().orElse(0),
                    own.stream().map(r -> r.label() + r.days() + "天").collect(Collectors.joining("、")), false));
        }
        Map<String, Long> perItem = rows.stream()
                .collect(Collectors.groupingBy(DeadlineRow::label, LinkedHashMap::new, Collectors.counting()));
        List<String> items = rows.stream().sorted(Comparator.comparing(DeadlineRow::due)).map(DeadlineRow::label)
                .distinct().map(label -> label + perItem.get(label) + "个县区").toList();
        lines.add(deadline(section, LateTexts.TOTAL, rows.size(),
                rows.stream().mapToInt(DeadlineRow::days).max().orElse(0), String.join("、", items), true));
    }

    private static Map<String, ?> deadline(String section, String county, int count, int maxDays, String items,
                                           boolean total) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("section", section);
        fields.put("c1", county);
        fields.put("c2", String.valueOf(count));
        fields.put("c3", String.valueOf(maxDays));
        fields.put("c4", items);
        fields.put("city", total);
        return fields;
    }

    private static Map<String, ?> note(String section, String text) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("section", section);
        fields.put("note", text);
        return fields;
    }

    /**
     * One target of a county in one cell, as the date's facts state it: "3家，21.43%" / "（目标＞25%）" / "达标" (or
     * 未达标（差n家）, 无企业（不考核）); parts without a figure stay out.
     */
    static String share(TargetTableRow.Cell cell) {
        List<String> lines = new ArrayList<>();
        if (!TargetTableReport.NONE.equals(cell.count())) {
            lines.add(cell.count() + "家，" + cell.actual() + "%");
        }
        if (!TargetTableReport.NONE.equals(cell.target())) {
            lines.add("（目标" + cell.target() + "%）");
        }
        if (!TargetTableReport.NONE.equals(cell.status())) {
            lines.add(cell.status().replace("\n", ""));
        }
        return String.join("\n", lines);
    }
}
