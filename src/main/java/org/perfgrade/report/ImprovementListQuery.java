package org.perfgrade.report;

import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import org.perfgrade.document.xlsx.CollationKeys;
import org.perfgrade.ledger.asof.StandingPlan;
import org.perfgrade.ledger.asof.StandingPlans;
import org.perfgrade.reference.County;
import org.perfgrade.reference.Grade;
import org.perfgrade.reference.ReferenceData;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 附件2 的数据: every improvement plan that stands on a business date — the plan not retired on or before the day, its
 * ledger line not retired on or before the day, its industry active — one row per ledger line, in the order of
 * 附件2 (note 3): 县区 in 附件1 order, 重点行业类型 in the configured industry order, 绩效提升目标 by grade rank (best
 * first), 差异化指标 by Chinese collation ({@link Collator} for {@link Locale#CHINA}); then 企业名称 (collation),
 * 重点行业分支 and the plan id, so that the order is total. The plans are read one county at a time in 附件1 order
 * (one query each) and ordered within the county in Java, because H2 and MySQL collate differently; so a list holds
 * at most one county's rows in memory, and {@link #forEach} / {@link #iterator} hand them on as they come.
 */
@Component
public class ImprovementListQuery {

    /** 绩效现状 of a plan that states none. */
    public static final String UNGRADED = "未评级";

    private final JdbcClient jdbc;
    private final StandingPlans plans;
    private final ReferenceData reference;
    private final Map<String, County> countiesByCode;

    public ImprovementListQuery(JdbcClient jdbc, StandingPlans plans, ReferenceData reference) {
        this.jdbc = jdbc;
        this.plans = plans;
        this.reference = reference;
        this.countiesByCode = reference.countiesByCode();
    }

    /** The rows of the city-wide list (county null) or of one county's extract, numbered 1..n in document order. */
    public List<ImprovementListRow> rows(LocalDate asOf, County countyOrNull) {
        return rows(asOf, countyOrNull, Long.MAX_VALUE);
    }

    /** The first {@code limit} rows of {@link #rows(LocalDate, County)}, read no further than needed. */
    public List<ImprovementListRow> rows(LocalDate asOf, County countyOrNull, long limit) {
        List<ImprovementListRow> rows = new ArrayList<>();
        iterator(asOf, countyOrNull, limit).forEachRemaining(rows::add);
        return rows;
    }

    /**
     * Hands every row to {@code sink} in document order, numbered 1..n, holding one county's rows at a time; returns
     * the number of rows.
     */
    public long forEach(LocalDate asOf, County countyOrNull, Consumer<ImprovementListRow> sink) {
        long[] count = { 0 };
        iterator(asOf, countyOrNull, Long.MAX_VALUE).forEachRemaining(row -> {
            sink.accept(row);
            count[0]++;
        });
        return count[0];
    }

    /**
     * The rows in document order, numbered 1..n, at most {@code limit} of them, read lazily county by county (each
     * county in one query when the previous county is used up): a report data source can pull them one at a time
     * and hold no more than one county.
     */
    public Iterator<ImprovementListRow> iterator(LocalDate asOf, County countyOrNull, long limit) {
        Objects.requireNonNull(asOf, "asOf");
        Map<String, String> strings = new HashMap<>();
        return new CountyChunks<>(CountyChunks.countyOrder(reference, jdbc, countyOrNull), code -> {
            strings.clear();
            List<ImprovementListRow> rows = county(asOf, code, strings);
            // fresh keys per county: they go with the county's rows
            CollationKeys keys = new CollationKeys().prepare(rows.stream().flatMap(r -> java.util.stream.Stream.of(
                    r.differentiatingIndex(), r.enterpriseName(), r.branch())).toList());
            rows.sort(order(keys));
            return rows;
        }, ImprovementListRow::withNumber, limit);
    }

    /** The order of 附件2. */
    Comparator<ImprovementListRow> order() {
        return order(new CollationKeys());
    }

    private Comparator<ImprovementListRow> order(CollationKeys keys) {
        Map<String, Integer> counties = new HashMap<>();
        reference.counties().forEach(c -> counties.put(c.code(), c.order()));
        Map<String, Integer> industries = new HashMap<>();
        reference.industries().forEach(i -> industries.put(i.name(), i.order()));
        Comparator<String> text = keys.comparator();
        return Comparator.<ImprovementListRow>comparingInt(r -> counties.getOrDefault(r.countyCode(), Integer.MAX_VALUE))
                .thenComparing(ImprovementListRow::countyCode)
                .thenComparingInt(r -> industries.getOrDefault(r.industry(), Integer.MAX_VALUE))
                .thenComparing(ImprovementListRow::industry)
                .thenComparingInt(r -> rank(r.targetGrade()))
                .thenComparing(ImprovementListRow::targetGrade, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(ImprovementListRow::differentiatingIndex, text)
                .thenComparing(ImprovementListRow::enterpriseName, text)
                .thenComparing(ImprovementListRow::branch, text)
                .thenComparingLong(ImprovementListRow::planId);
    }

    /** A grade's rank (smaller is better); a grade the configuration does not know sorts last. */
    int rank(String grade) {
        return reference.grade(grade).map(Grade::rank).orElse(Integer.MAX_VALUE);
    }

    private List<ImprovementListRow> county(LocalDate asOf, String county, Map<String, String> strings) {
        String city = reference.city().name();
        List<ImprovementListRow> rows = new ArrayList<>();
        plans.forEach(asOf, county, plan -> rows.add(row(plan, city, strings)));
        return rows;
    }

    private ImprovementListRow row(StandingPlan p, String city, Map<String, String> strings) {
        String current = p.currentGrade();
        return new ImprovementListRow(0, city, shared(strings, countyName(p)), p.enterpriseName(),
                shared(strings, p.industry()), shared(strings, p.branch()),
                shared(strings, current == null || current.isBlank() ? UNGRADED : current),
                shared(strings, p.targetGrade()), p.differentiatingIndex(),
                p.problems(), p.measures(), p.plannedCompletion(),
                p.remarks(), p.id(), p.lineId(),
                shared(strings, p.countyCode()));
    }

    /** The county's name as configured (the database copy may lag behind a renamed county). */
    private String countyName(StandingPlan plan) {
        County configured = countiesByCode.get(plan.countyCode());
        return configured == null ? plan.countyName() : configured.name();
    }

    /** One instance per repeated short text (county, industry, grade …), so that 100,000 rows stay small. */
    private static String shared(Map<String, String> strings, String value) {
        return value == null ? null : strings.computeIfAbsent(value, v -> v);
    }
}
