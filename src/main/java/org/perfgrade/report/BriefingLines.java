package org.perfgrade.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.perfgrade.snapshot.Change;
import org.perfgrade.snapshot.LateItem;
import org.perfgrade.snapshot.OverdueItem;
import org.perfgrade.snapshot.Snapshot;

/**
 * The records of {@code reports/briefing.jrxml}: one list whose {@code section} field says which table a record
 * belongs to — {@value #COUNTIES} (二、各县区完成情况, the rows of 附件1 with actual shares), {@value #CHANGES}
 * (三、变化情况), {@value #OVERDUE} (四、逾期事项) and {@value #LATE} (五、逾期完成事项), in that order; the template groups on the section and prints
 * each table's heading and column header at the start of its group (and again on every page it runs over).
 */
final class BriefingLines {

    static final String COUNTIES = "2";
    static final String CHANGES = "3";
    static final String OVERDUE = "4";
    static final String LATE = "5";

    private BriefingLines() {
    }

    static List<Map<String, ?>> of(Snapshot snapshot, List<TargetTableRow> countyRows) {
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
        if (snapshot.changes().isEmpty()) {
            lines.add(text(CHANGES, "", "", "与上次统计相比无变化", ""));
        }
        int n = 0;
        for (Change change : snapshot.changes()) {
            lines.add(text(CHANGES, String.valueOf(++n), change.county(), subject(change), describe(change)));
        }
        if (snapshot.overdue().isEmpty()) {
            lines.add(text(OVERDUE, "", "", "无逾期事项", ""));
        }
        n = 0;
        for (OverdueItem item : snapshot.overdue()) {
            lines.add(text(OVERDUE, String.valueOf(++n), item.county(), item.item(),
                    TargetTableReport.chineseDate(item.due()) + "（逾期" + item.daysOverdue() + "天）"));
        }
        if (snapshot.late().isEmpty()) {
            lines.add(text(LATE, "", "", "无逾期完成事项", ""));
        }
        n = 0;
        for (LateItem item : snapshot.late()) {
            lines.add(text(LATE, String.valueOf(++n), item.county(), item.item(),
                    TargetTableReport.chineseDate(item.due()) + "\n" + TargetTableReport.chineseDate(item.done())
                            + "完成（逾期" + item.daysLate() + "天）"));
        }
        return lines;
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

    private static Map<String, ?> text(String section, String number, String a, String b, String c) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("section", section);
        fields.put("number", number);
        fields.put("c1", a);
        fields.put("c2", b);
        fields.put("c3", c);
        return fields;
    }

    private static String subject(Change change) {
        if ("overdue".equals(change.kind())) {
            return change.to();
        }
        if (change.enterprise() == null) {
            return metric(change.from());
        }
        return change.enterprise() + (change.industry() == null ? "" : "\n" + change.industry());
    }

    /** The change in words, e.g. "升级：B → A", "达标（40.00%）". */
    static String describe(Change change) {
        return switch (change.kind()) {
            case "new-grade" -> "新评级：" + grade(change.to());
            case "grade-up" -> "升级：" + grade(change.from()) + " → " + grade(change.to());
            case "grade-down" -> "降级：" + grade(change.from()) + " → " + grade(change.to());
            case "grade-change" -> "级别变更：" + grade(change.from()) + " → " + grade(change.to());
            case "grade-removed" -> "不再列入（原" + grade(change.from()) + "）";
            case "target-met" -> "由未达标转为达标（" + figure(change) + "）";
            case "target-missed" -> "由达标转为未达标（" + figure(change) + "）";
            case "overdue" -> "新增逾期（截止" + TargetTableReport.chineseDate(LocalDate.parse(change.from())) + "）";
            default -> change.kind() + "：" + change.from() + " → " + change.to();
        };
    }

    private static String figure(Change change) {
        if ("d-goal".equals(change.from())) {
            return "D级企业" + change.to() + "家";
        }
        return TargetTableReport.percent(new java.math.BigDecimal(change.to())) + "%";
    }

    /** The metric of a target change in words: national-passed → 国家级通过占比. */
    static String metric(String metric) {
        if (metric == null) {
            return "";
        }
        if (metric.equals("d-goal")) {
            return "全市D级企业目标";
        }
        String level = metric.startsWith("national") ? "国家级" : metric.startsWith("provincial") ? "省级" : "";
        if (metric.endsWith("-goal")) {
            return level + "全市目标";
        }
        if (metric.endsWith("-applied")) {
            return level + "申报占比";
        }
        if (metric.endsWith("-passed")) {
            return level + "通过占比";
        }
        return metric;
    }

    private static String grade(String grade) {
        return grade == null ? "未评级" : grade.length() <= 2 ? grade + "级" : grade;
    }
}
