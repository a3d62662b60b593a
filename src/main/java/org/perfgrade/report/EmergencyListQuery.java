package org.perfgrade.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.perfgrade.document.xlsx.CollationKeys;
import org.perfgrade.ledger.asof.LineDetail;
import org.perfgrade.ledger.asof.StandingLines;
import org.perfgrade.reference.County;
import org.perfgrade.reference.Grade;
import org.perfgrade.reference.ReferenceData;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 应急减排清单的数据: every ledger line that stands at the end of a business day, as the snapshot counts them — not
 * retired on or before the day, listed by then (its first file received by the day, {@code StandingRule}), its
 * industry active — with the grade it held that day (the new grade of its newest event
 * effective on or before the day, as the ledger's {@link StandingLines#details} reads it; null = 未评级)
 * and the measures of {@link EmergencyMeasures}. Ordered by 县区 (附件1 order), 重点行业类型 (configured order), grade
 * rank (A first; 未评级 last), 企业名称 by Chinese collation, then branch and line id, so the order is total. Read one
 * county at a time in 附件1 order (one query each) and ordered within the county in Java, because H2 and MySQL
 * collate differently: a list holds at most one county's rows in memory.
 */
@Component
public class EmergencyListQuery {

    /** 绩效级别 of a line that held no grade on the day. */
    public static final String UNGRADED = "未评级";

    private final JdbcClient jdbc;
    private final StandingLines ledger;
    private final ReferenceData reference;
    private final EmergencyMeasures measures;
    /** Industry name → configured order, grade code → rank: the sort asks for them millions of times. */
    private final Map<String, Integer> industryOrders = new HashMap<>();
    private final Map<String, Integer> gradeRanks = new java.util.concurrent.ConcurrentHashMap<>();

    public EmergencyListQuery(JdbcClient jdbc, StandingLines ledger, ReferenceData reference,
                              EmergencyMeasures measures) {
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.reference = reference;
        this.measures = measures;
        reference.industries().forEach(i -> industryOrders.putIfAbsent(i.name(), i.order()));
    }

    /** The rows of the city-wide list (county null) or of one county's extract, numbered 1..n in document order. */
    public List<EmergencyListRow> rows(LocalDate asOf, County countyOrNull) {
        List<EmergencyListRow> rows = new ArrayList<>();
        iterator(asOf, countyOrNull, Long.MAX_VALUE).forEachRemaining(rows::add);
        return rows;
    }

    /**
     * Hands every row to {@code sink} in document order, numbered 1..n, holding one county's rows at a time; returns
     * the number of rows.
     */
    public long forEach(LocalDate asOf, County countyOrNull, Consumer<EmergencyListRow> sink) {
        long[] count = { 0 };
        iterator(asOf, countyOrNull, Long.MAX_VALUE).forEachRemaining(row -> {
            sink.accept(row);
            count[0]++;
        });
        return count[0];
    }

    /**
     * The rows in document order, numbered 1..n, at most {@code limit} of them, read lazily county by county (one
     * query each, when the previous county is used up). An enterprise lies in one county, so its other industries
     * are complete within the county.
     */
    public Iterator<EmergencyListRow> iterator(LocalDate asOf, County countyOrNull, long limit) {
        Objects.requireNonNull(asOf, "asOf");
        return new CountyChunks<>(CountyChunks.countyOrder(reference, jdbc, countyOrNull), code -> {
            List<EmergencyListRow> rows = county(asOf, code);
            // fresh keys per county: they go with the county's rows
            CollationKeys keys = new CollationKeys().prepare(rows.stream()
                    .flatMap(r -> java.util.stream.Stream.of(r.enterpriseName(), r.branch())).toList());
            rows.sort(order(keys));
            return rows;
        }, EmergencyListRow::withNumber, limit);
    }

    /** One county's rows, not yet ordered nor numbered. */
    private List<EmergencyListRow> county(LocalDate asOf, String code) {
        List<Line> lines = new ArrayList<>();
        Map<String, String> strings = new HashMap<>();
        ledger.details(asOf, code, detail -> lines.add(line(detail, strings)));
        Map<Long, Set<String>> industriesByEnterprise = new HashMap<>();
        Comparator<String> industryOrder = Comparator.comparingInt(this::industryOrder);
        for (Line line : lines) {
            industriesByEnterprise.computeIfAbsent(line.enterpriseId(), k -> new TreeSet<>(
                    industryOrder.thenComparing(Comparator.naturalOrder()))).add(line.industry());
        }
        County county = reference.countiesByCode().get(code);
        String countyName = county == null ? code : county.name();
        List<EmergencyListRow> rows = new ArrayList<>(lines.size());
        for (Line line : lines) {
            Set<String> others = new LinkedHashSet<>(industriesByEnterprise.get(line.enterpriseId()));
            others.remove(line.industry());
            rows.add(line.row(countyName, others.isEmpty() ? null : String.join("、", others),
                    measures.forLine(reference, line.industry(), line.branch(), line.grade())));
        }
        return rows;
    }

    /** The order of the list. */
    Comparator<EmergencyListRow> order() {
        return order(new CollationKeys());
    }

    private Comparator<EmergencyListRow> order(CollationKeys keys) {
        Map<String, Integer> counties = new HashMap<>();
        reference.counties().forEach(c -> counties.put(c.code(), c.order()));
        Comparator<String> text = keys.comparator();
        return Comparator.<EmergencyListRow>comparingInt(r -> counties.getOrDefault(r.countyCode(), Integer.MAX_VALUE))
                .thenComparing(EmergencyListRow::countyCode)
                .thenComparingInt(r -> industryOrder(r.industry()))
                .thenComparing(EmergencyListRow::industry)
                .thenComparingInt(r -> rank(r.grade()))
                .thenComparing(EmergencyListRow::enterpriseName, text)
                .thenComparing(EmergencyListRow::branch, text)
                .thenComparingLong(EmergencyListRow::ledgerLineId);
    }

    private int industryOrder(String industry) {
        Integer order = industry == null ? null : industryOrders.get(industry.strip());
        return order == null ? Integer.MAX_VALUE : order;
    }

    /** A grade's rank (smaller is better); 未评级 and grades the configuration does not know sort last. */
    private int rank(String grade) {
        return grade == null ? Integer.MAX_VALUE : gradeRanks.computeIfAbsent(grade,
                g -> reference.grade(g).map(Grade::rank).orElse(Integer.MAX_VALUE - 1));
    }

    private Line line(LineDetail d, Map<String, String> strings) {
        String grade = d.grade();
        return new Line(d.id(), d.enterpriseId(), d.creditCode(), d.enterpriseName(), shared(strings, d.countyCode()),
                d.township(), d.address(), d.permitNo(), shared(strings, d.industry()), shared(strings, d.branch()),
                grade == null || grade.isBlank() ? null : shared(strings, grade),
                d.so2Tpa(), d.noxTpa(), d.pmTpa(), d.vocsTpa(), d.mainProducts(), d.productionLines());
    }

    /** One instance per repeated short text (county, industry, grade …), so that a long list stays small. */
    private static String shared(Map<String, String> strings, String value) {
        return value == null ? null : strings.computeIfAbsent(value, v -> v);
    }

    /** A ledger line as read, before its other industries and measures are known. */
    private record Line(long id, long enterpriseId, String creditCode, String name, String countyCode,
                        String township, String address, String permitNo, String industry, String branch,
                        String grade, BigDecimal so2, BigDecimal nox, BigDecimal pm, BigDecimal vocs,
                        String products, String productionLines) {

        EmergencyListRow row(String county, String otherIndustries, EmergencyMeasures.Applied applied) {
            return new EmergencyListRow(0, name, creditCode, county, township, address, industry, branch,
                    otherIndustries, grade, permitNo, so2, nox, pm, vocs, products, productionLines, applied, id,
                    countyCode);
        }
    }
}
