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

import org.perfgrade.ledger.asof.PeriodRecords;
import org.perfgrade.ledger.asof.StandingLines;
import org.perfgrade.ledger.facts.HonourKind;
import org.perfgrade.reference.County;
import org.perfgrade.reference.Grade;
import org.perfgrade.reference.ReferenceData;

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

    private final StandingLines standing;
    private final PeriodRecords records;
    private final ReferenceData reference;
    private final GradingRules rules;

    DerivedLists(StandingLines standing, PeriodRecords records, ReferenceData reference, GradingRules rules) {
        this.standing = standing;
        this.records = records;
        this.reference = reference;
        this.rules = rules;
    }

    /** 正面清单 candidates: lines graded A on the day, of enterprises with clean-energy substitution. */
    @Transactional(readOnly = true)
    public List<Entry> positiveList(LocalDate date) {
        return positive(lines(date));
    }

    /** O3-season VOCs exemption: A/B-class lines (B- and 引领性 included) of enterprises using only low-VOCs materials. */
    @Transactional(readOnly = true)
    public List<Entry> vocsExemption(LocalDate date) {
        return vocs(lines(date));
    }

    /** Seasonal production control: lines graded D on the day. */
    @Transactional(readOnly = true)
    public List<Entry> seasonalControl(LocalDate date) {
        return seasonal(lines(date));
    }

    /**
     * Priority candidates: lines of enterprises holding an honour awarded in the date's year or the years before it
     * ({@link GradingRules#priorityHonourYears()} years in all); the note names the honours, e.g. 绿色工厂（2020）.
     */
    @Transactional(readOnly = true)
    public List<Entry> priorityCandidates(LocalDate date) {
        return priority(date, lines(date));
    }

    /**
     * The four 差异化管控 lists of the day from one read of the ledger — for the city (county code null) or one
     * county's lines — as the nightly documents print them.
     */
    @Transactional(readOnly = true)
    public ControlLists controlLists(LocalDate date, String countyCodeOrNull) {
        List<Line> lines = lines(date).stream()
                .filter(l -> countyCodeOrNull == null || countyCodeOrNull.equals(l.countyCode())).toList();
        return new ControlLists(positive(lines), vocs(lines), priority(date, lines), seasonal(lines));
    }

    private List<Entry> positive(List<Line> lines) {
        return sorted(lines.stream().filter(l -> POSITIVE_GRADE.equals(l.grade()) && l.cleanEnergy())
                .map(l -> l.entry(null)).toList());
    }

    private List<Entry> vocs(List<Line> lines) {
        return sorted(lines.stream().filter(l -> l.lowVocs() && abClass(l.grade())).map(l -> l.entry(null)).toList());
    }

    private List<Entry> seasonal(List<Line> lines) {
        return sorted(lines.stream().filter(l -> SEASONAL_GRADE.equals(l.grade())).map(l -> l.entry(null)).toList());
    }

    private List<Entry> priority(LocalDate date, List<Line> lines) {
        int last = date.getYear();
        int first = last - rules.priorityHonourYears() + 1;
        Map<Long, List<String>> honours = new HashMap<>();
        records.honours(first, last).forEach(h -> honours.computeIfAbsent(h.enterpriseId(), k -> new ArrayList<>())
                .add(HonourKind.valueOf(h.kind()).label() + "（" + h.awardedYear() + "）"));
        return sorted(lines.stream().filter(l -> honours.containsKey(l.enterpriseId()))
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
        return standing.listed(date).stream().map(l -> {
            County c = counties.get(l.countyCode());
            return new Line(l.id(), l.enterpriseId(), l.countyCode(), c == null ? l.countyCode() : c.name(),
                    l.creditCode(), l.enterpriseName(), l.cleanEnergy(), l.lowVocs(), l.industry(), l.branch(),
                    l.grade(), l.everGraded());
        }).toList();
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

    /**
     * The four lists of section 三(四) on one day: 正面清单 candidates, O3-season VOCs exemption, priority candidates
     * (the note names the honours) and seasonal production control.
     */
    public record ControlLists(List<Entry> positive, List<Entry> vocsExemption, List<Entry> priority,
                               List<Entry> seasonal) {

        public ControlLists {
            positive = List.copyOf(positive);
            vocsExemption = List.copyOf(vocsExemption);
            priority = List.copyOf(priority);
            seasonal = List.copyOf(seasonal);
        }
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
