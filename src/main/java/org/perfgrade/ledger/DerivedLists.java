package org.perfgrade.ledger;

import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.perfgrade.reference.County;
import org.perfgrade.reference.Grade;
import org.perfgrade.reference.ReferenceData;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 差异化管控名单: the lists section 三(四) of the plan derives from the grades — 正面清单 candidates (A with clean
 * energy), O3-season VOCs exemption (A/B-class using only low-VOCs materials), seasonal production control (D) and
 * priority candidates (能效领跑者、绿色工厂、绿色发展排行榜 in recent years) — and the enterprises never graded.
 * Each list is computed from the grade history for any date, so a list of a past day can be reproduced exactly.
 * A line counts when the ledger listed it at the end of the day — as the snapshot stage reads the ledger: recorded
 * before the next day or graded by an event effective by then, not retired on or before the day, its industry still
 * in config. Sorted by county (附件1 order), then enterprise name in Chinese order, then industry.
 */
@Service
public class DerivedLists {

    /** The grade of the 正面清单 and of self-directed reduction (section 三(四): A级企业). */
    static final String POSITIVE_GRADE = "A";
    /** The grade of seasonal production control (section 三(四): D级企业). */
    static final String SEASONAL_GRADE = "D";

    private final JdbcClient jdbc;
    private final ReferenceData reference;
    private final GradingRules rules;

    DerivedLists(JdbcClient jdbc, ReferenceData reference, GradingRules rules) {
        this.jdbc = jdbc;
        this.reference = reference;
        this.rules = rules;
    }

    /** 正面清单 candidates: lines graded A on the day, of enterprises with clean-energy substitution. */
    @Transactional(readOnly = true)
    public List<Entry> positiveList(LocalDate date) {
        return sorted(lines(date).stream().filter(l -> POSITIVE_GRADE.equals(l.grade()) && l.cleanEnergy())
                .map(l -> l.entry(null)).toList());
    }

    /** O3-season VOCs exemption: A/B-class lines (B- and 引领性 included) of enterprises using only low-VOCs materials. */
    @Transactional(readOnly = true)
    public List<Entry> vocsExemption(LocalDate date) {
        return sorted(lines(date).stream().filter(l -> l.lowVocs() && abClass(l.grade()))
                .map(l -> l.entry(null)).toList());
    }

    /** Seasonal production control: lines graded D on the day. */
    @Transactional(readOnly = true)
    public List<Entry> seasonalControl(LocalDate date) {
        return sorted(lines(date).stream().filter(l -> SEASONAL_GRADE.equals(l.grade())).map(l -> l.entry(null))
                .toList());
    }

    /**
     * Priority candidates: lines of enterprises holding an honour awarded in the date's year or the years before it
     * ({@link GradingRules#priorityHonourYears()} years in all); the note names the honours, e.g. 绿色工厂（2020）.
     */
    @Transactional(readOnly = true)
    public List<Entry> priorityCandidates(LocalDate date) {
        int last = date.getYear();
        int first = last - rules.priorityHonourYears() + 1;
        Map<Long, List<String>> honours = new HashMap<>();
        jdbc.sql("SELECT enterprise_id, honour, awarded_year FROM enterprise_honour WHERE awarded_year BETWEEN "
                + ":first AND :last ORDER BY awarded_year DESC, honour").param("first", first).param("last", last)
                .query((rs, n) -> Map.entry(rs.getLong(1), HonourKind.valueOf(rs.getString(2)).label() + "（"
                        + rs.getInt(3) + "）"))
                .list().forEach(e -> honours.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return sorted(lines(date).stream().filter(l -> honours.containsKey(l.enterpriseId()))
                .map(l -> l.entry(String.join("、", honours.get(l.enterpriseId())))).toList());
    }

    /**
     * Enterprises never graded by the day: none of their lines listed that day has had a grade. One entry per
     * enterprise; its industries are joined with 、 and the grade is null (未评级).
     */
    @Transactional(readOnly = true)
    public List<Entry> neverGraded(LocalDate date) {
        Map<Long, List<Line>> byEnterprise = new LinkedHashMap<>();
        lines(date).forEach(l -> byEnterprise.computeIfAbsent(l.enterpriseId(), k -> new ArrayList<>()).add(l));
        return sorted(byEnterprise.values().stream().filter(ls -> ls.stream().noneMatch(Line::everGraded))
                .map(ls -> {
                    Line first = ls.get(0);
                    return new Entry(first.countyCode(), first.county(), first.creditCode(), first.enterprise(),
                            ls.stream().map(Line::label).collect(Collectors.joining("、")), null, null, null);
                }).toList());
    }

    private boolean abClass(String grade) {
        return reference.grade(grade).map(Grade::abClass).orElse(false);
    }

    /** Every line listed on the day, with its grade on the day and whether it had any grade by then. */
    private List<Line> lines(LocalDate date) {
        Map<String, County> counties = reference.countiesByCode();
        return jdbc.sql("SELECT l.id, l.enterprise_id, e.credit_code, e.name, e.county_code, e.clean_energy, "
                + "e.low_vocs_materials, i.name AS industry, b.name AS branch, "
                + "(SELECT g.new_grade FROM grade_event g WHERE g.ledger_line_id = l.id AND g.effective_on <= :day "
                + "ORDER BY g.effective_on DESC, g.id DESC LIMIT 1) AS grade, "
                + "(SELECT COUNT(*) FROM grade_event g WHERE g.ledger_line_id = l.id AND g.effective_on <= :day "
                + "AND g.new_grade IS NOT NULL) AS graded "
                + "FROM ledger_line l JOIN enterprise e ON e.id = l.enterprise_id "
                + "JOIN industry i ON i.id = l.industry_id LEFT JOIN industry_branch b ON b.id = l.branch_id "
                + "WHERE i.active = TRUE AND (l.retired_on IS NULL OR l.retired_on > :day) AND (l.created_at < :nextDay "
                + "OR EXISTS (SELECT 1 FROM grade_event f WHERE f.ledger_line_id = l.id AND f.effective_on <= :day))")
                .param("day", date).param("nextDay", date.plusDays(1).atStartOfDay())
                .query((rs, n) -> {
                    String county = rs.getString("county_code");
                    County c = counties.get(county);
                    return new Line(rs.getLong("id"), rs.getLong("enterprise_id"), county,
                            c == null ? county : c.name(), rs.getString("credit_code"), rs.getString("name"),
                            rs.getBoolean("clean_energy"), rs.getBoolean("low_vocs_materials"),
                            rs.getString("industry"), rs.getString("branch"), rs.getString("grade"),
                            rs.getLong("graded") > 0);
                }).list();
    }

    private List<Entry> sorted(List<Entry> entries) {
        Map<String, Integer> order = new HashMap<>();
        reference.counties().forEach(c -> order.put(c.code(), c.order()));
        Map<String, Integer> industries = new HashMap<>();
        reference.industries().forEach(i -> industries.put(i.name(), i.order()));
        Collator collator = Collator.getInstance(Locale.CHINA);
        return entries.stream().sorted(Comparator
                .comparingInt((Entry e) -> order.getOrDefault(e.countyCode(), Integer.MAX_VALUE))
                .thenComparing(Entry::enterprise, collator)
                .thenComparingInt(e -> industries.getOrDefault(e.industry(), Integer.MAX_VALUE))
                .thenComparing(e -> Optional.ofNullable(e.branch()).orElse(""), collator)).toList();
    }

    /**
     * One line (or, for {@link #neverGraded}, one enterprise) on a list.
     *
     * @param grade the grade on the list's day (null = 未评级)
     * @param note  what put it on the list when the grade does not say (the honours), or null
     */
    public record Entry(String countyCode, String county, String creditCode, String enterprise, String industry,
                        String branch, String grade, String note) {
    }

    private record Line(long id, long enterpriseId, String countyCode, String county, String creditCode,
                        String enterprise, boolean cleanEnergy, boolean lowVocs, String industry, String branch,
                        String grade, boolean everGraded) {

        Entry entry(String note) {
            return new Entry(countyCode, county, creditCode, enterprise, industry, branch, grade, note);
        }

        String label() {
            return branch == null ? industry : industry + "（" + branch + "）";
        }
    }
}
