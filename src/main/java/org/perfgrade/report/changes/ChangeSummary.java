package org.perfgrade.report.changes;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.perfgrade.reference.County;
import org.perfgrade.reference.ReferenceData;
import org.perfgrade.snapshot.Change;

/**
 * 变化情况: the changes of a snapshot since the previous one, city-wide or of one county, as the briefing summarises
 * them (counts by {@link ChangeKind} per county, 附件1 order, the city's goals and 合计 last) and as 《变化明细》 lists
 * them (sorted by county, kind, enterprise), each described in words.
 *
 * @param rows    the changes of the scope, sorted
 * @param tallies one per county of the scope (all of them, also those without a change), then the city's goals when
 *                they changed (city-wide only), then 合计 (city-wide only)
 */
public record ChangeSummary(List<Row> rows, List<ChangeTally> tallies) {

    /** The row of all counties. */
    public static final String TOTAL = "合计";
    /** The row of the city's goals. */
    public static final String CITY_GOALS = "全市目标";
    /** How the briefing names the list. */
    public static final String WORKBOOK_TITLE = "变化明细";

    private static final Collator COLLATOR = Collator.getInstance(Locale.CHINA);

    public ChangeSummary {
        rows = List.copyOf(rows);
        tallies = List.copyOf(tallies);
    }

    /**
     * One change in words.
     *
     * @param subject the enterprise, the target (国家级通过占比) or the overdue item
     * @param before  变化前: a grade, 未达标 / 达标, or the item's deadline
     * @param after   变化后
     */
    public record Row(String county, ChangeKind kind, String subject, String industry, String before, String after) {
    }

    /** The summary of the changes, city-wide (county null) or of one county. */
    public static ChangeSummary of(ReferenceData reference, List<Change> changes, County countyOrNull) {
        List<County> scope = reference.counties().stream()
                .filter(c -> countyOrNull == null || c.code().equals(countyOrNull.code()))
                .sorted(Comparator.comparingInt(County::order)).toList();
        Map<String, Integer> order = new HashMap<>();
        scope.forEach(c -> order.put(c.name(), c.order()));
        List<Change> kept = changes.stream()
                .filter(c -> countyOrNull == null || order.containsKey(c.county()))
                .toList();
        List<Row> rows = kept.stream().map(ChangeSummary::row)
                .sorted(Comparator.comparingInt((Row r) -> order.getOrDefault(r.county(), Integer.MAX_VALUE))
                        .thenComparing(r -> r.county() == null ? "" : r.county(), COLLATOR)
                        .thenComparing(Row::kind)
                        .thenComparing(r -> r.subject() == null ? "" : r.subject(), COLLATOR)
                        .thenComparing(r -> r.industry() == null ? "" : r.industry(), COLLATOR))
                .toList();
        List<ChangeTally> tallies = new ArrayList<>();
        for (County county : scope) {
            tallies.add(tally(county.name(), rows.stream().filter(r -> county.name().equals(r.county())).toList()));
        }
        if (countyOrNull == null) {
            List<Row> others = rows.stream().filter(r -> !order.containsKey(r.county())).toList();
            if (!others.isEmpty()) {
                tallies.add(tally(CITY_GOALS, others));
            }
            tallies.add(tally(TOTAL, rows));
        }
        return new ChangeSummary(rows, tallies);
    }

    /** The tally of all rows (合计). */
    public ChangeTally total() {
        return tally(TOTAL, rows);
    }

    private static ChangeTally tally(String name, List<Row> rows) {
        Integer[] counts = new Integer[ChangeKind.values().length];
        Arrays.fill(counts, 0);
        rows.forEach(r -> counts[r.kind().ordinal()]++);
        return new ChangeTally(name, Arrays.asList(counts));
    }

    static Row row(Change change) {
        ChangeKind kind = ChangeKind.of(change.kind());
        return switch (kind) {
            case UP, DOWN, NEW, OTHER_GRADE, REMOVED -> new Row(change.county(), kind, change.enterprise(),
                    change.industry(), grade(change.from()), grade(change.to()));
            case MET -> new Row(change.county(), kind, metric(change.from()), null, "未达标", "达标（" + figure(change) + "）");
            case MISSED -> new Row(change.county(), kind, metric(change.from()), null, "达标",
                    "未达标（" + figure(change) + "）");
            case OVERDUE -> new Row(change.county(), kind, change.to(), null, "截止" + date(change.from()), "逾期未完成");
            case OTHER -> new Row(change.county(), kind, change.enterprise(), change.industry(), change.from(),
                    change.to());
        };
    }

    private static String date(String iso) {
        try {
            LocalDate d = LocalDate.parse(iso);
            return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
        }
        catch (RuntimeException e) {
            return iso;
        }
    }

    private static String figure(Change change) {
        if ("d-goal".equals(change.from())) {
            return "D级企业" + change.to() + "家";
        }
        try {
            return new BigDecimal(change.to()).movePointRight(2).setScale(2, RoundingMode.HALF_UP).toPlainString()
                    + "%";
        }
        catch (RuntimeException e) {
            return change.to();
        }
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
        if (grade == null || grade.isEmpty()) {
            return "未评级";
        }
        if (grade.matches("[A-Z][+-]?")) {
            return grade + "级";
        }
        return grade.startsWith("引领") ? "绩效" + grade : grade;
    }
}
