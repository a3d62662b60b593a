package org.perfgrade.report;

import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.perfgrade.ingest.SubmissionRepository;
import org.perfgrade.ledger.asof.ReportedLine;
import org.perfgrade.ledger.asof.ReportedLines;
import org.perfgrade.reference.County;
import org.perfgrade.reference.Grade;
import org.perfgrade.reference.ReferenceData;

import org.springframework.stereotype.Component;

/**
 * 公示名单的数据: every ledger line the counties reported (上报) by a business date at a published grade — a grade the
 * configuration marks as an A、B级 grade or 绩效引领性 ({@link Grade#abClass()}: A, B, B-, 引领性) — with its
 * 上报日期 and 认定日期, as {@link PublicityRules} decides from the ledger's {@link ReportedLines} and the business
 * date of the county file that first reported each application (ingest's {@link SubmissionRepository}); lines
 * retired on or before the day and industries no longer configured are left out. Order: grade groups with the
 * letter grades by rank first and the 引领性 grades after them (A, B, B-, 引领性), within a grade the industries in
 * configured order, within an industry 企业名称 by Chinese collation ({@link Collator} for {@link Locale#CHINA}), then
 * branch, county and line id so that the order is total. An enterprise reported in two industries is listed under
 * each.
 */
@Component
public class PublicityListQuery {

    private static final String[] NUMERALS = { "零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十" };

    private final ReportedLines ledger;
    private final SubmissionRepository submissions;
    private final ReferenceData reference;

    public PublicityListQuery(ReportedLines ledger, SubmissionRepository submissions, ReferenceData reference) {
        this.ledger = ledger;
        this.submissions = submissions;
        this.reference = reference;
    }

    /** The published grades (A、B级 and 引领性) in group order: letter grades by rank, then the 引领性 grades. */
    public List<Grade> publishedGrades() {
        return reference.grades().values().stream().filter(Grade::abClass).sorted(gradeOrder()).toList();
    }

    /**
     * The rows of the city-wide list (county null) or of one county's extract, in document order, numbered 1..n and
     * carrying their group headings.
     */
    public List<PublicityListRow> rows(LocalDate asOf, County countyOrNull) {
        Objects.requireNonNull(asOf, "asOf");
        List<String> grades = publishedGrades().stream().map(Grade::code).toList();
        if (grades.isEmpty()) {
            return List.of();
        }
        Map<String, County> counties = reference.countiesByCode();
        PublicityRules rules = new PublicityRules(grades::contains, code -> reference.grade(code).isPresent());
        List<PublicityListRow> rows = new ArrayList<>();
        Map<Long, Optional<LocalDate>> received = new HashMap<>();
        for (ReportedLine line : ledger.onDay(asOf, countyOrNull == null ? null : countyOrNull.code(), grades)) {
            LocalDate appliedOn = line.applicationId() == null ? null : received
                    .computeIfAbsent(line.applicationSubmissionId(),
                            id -> Optional.ofNullable(submissions.receivedOn(id)))
                    .orElse(line.applicationRecordedOn());
            rules.listed(line, appliedOn, asOf).ifPresent(listed -> rows.add(row(line, listed, counties)));
        }
        rows.sort(order());
        return placed(rows);
    }

    /** "（23家）", or "（23家，24条）" when an enterprise has several lines in the group. */
    private static String count(int enterprises, int lines) {
        return "（" + enterprises + "家" + (lines == enterprises ? "" : "，" + lines + "条") + "）";
    }

    /** Numbers the rows and gives each the headings of its grade and industry group, with the counts of 家. */
    private List<PublicityListRow> placed(List<PublicityListRow> rows) {
        Map<String, Set<Long>> perGrade = new HashMap<>();
        Map<String, Set<Long>> perIndustry = new HashMap<>();
        Map<String, Integer> linesPerGrade = new HashMap<>();
        Map<String, Integer> linesPerIndustry = new HashMap<>();
        for (PublicityListRow r : rows) {
            perGrade.computeIfAbsent(r.grade(), k -> new HashSet<>()).add(r.enterpriseId());
            perIndustry.computeIfAbsent(r.grade() + "\n" + r.industry(), k -> new HashSet<>()).add(r.enterpriseId());
            linesPerGrade.merge(r.grade(), 1, Integer::sum);
            linesPerIndustry.merge(r.grade() + "\n" + r.industry(), 1, Integer::sum);
        }
        List<PublicityListRow> placed = new ArrayList<>(rows.size());
        int gradeNo = 0;
        int industryNo = 0;
        String grade = null;
        String industry = null;
        for (PublicityListRow r : rows) {
            if (!r.grade().equals(grade)) {
                grade = r.grade();
                industry = null;
                gradeNo++;
                industryNo = 0;
            }
            if (!r.industry().equals(industry)) {
                industry = r.industry();
                industryNo++;
            }
            String gradeHeading = numeral(gradeNo) + "、" + gradeTitle(grade)
                    + count(perGrade.get(grade).size(), linesPerGrade.get(grade));
            String industryHeading = "（" + numeral(industryNo) + "）" + industry
                    + count(perIndustry.get(grade + "\n" + industry).size(), linesPerIndustry.get(grade + "\n" + industry));
            placed.add(r.placed(placed.size() + 1, gradeHeading, industryHeading));
        }
        return placed;
    }

    /** A group's title: 绩效引领性企业 for a 引领性 grade, otherwise A级企业, B-级企业 …. */
    public String gradeTitle(String code) {
        boolean leading = reference.grade(code).map(Grade::leading).orElse(false);
        return leading ? "绩效" + code + "企业" : code + "级企业";
    }

    /** The document order (the comparator holds its own collator, so use it from one thread). */
    Comparator<PublicityListRow> order() {
        Collator collator = Collator.getInstance(Locale.CHINA);
        Map<String, Integer> industries = new HashMap<>();
        reference.industries().forEach(i -> industries.put(i.name(), i.order()));
        Map<String, Integer> counties = new HashMap<>();
        reference.counties().forEach(c -> counties.put(c.code(), c.order()));
        Comparator<Grade> grades = gradeOrder();
        Comparator<String> text = Comparator.nullsFirst(collator::compare);
        return Comparator.<PublicityListRow, Grade>comparing(r -> reference.grade(r.grade()).orElseThrow(), grades)
                .thenComparingInt(r -> industries.getOrDefault(r.industry(), Integer.MAX_VALUE))
                .thenComparing(PublicityListRow::industry)
                .thenComparing(PublicityListRow::enterpriseName, text)
                .thenComparing(PublicityListRow::branch, text)
                .thenComparingInt(r -> counties.getOrDefault(r.countyCode(), Integer.MAX_VALUE))
                .thenComparingLong(PublicityListRow::lineId);
    }

    /** Letter grades (not 引领性) first, each part by rank (smaller is better), then by code. */
    static Comparator<Grade> gradeOrder() {
        return Comparator.comparing(Grade::leading).thenComparingInt(Grade::rank).thenComparing(Grade::code);
    }

    /** 一 … 九十九, for the numbering of the group headings. */
    static String numeral(int n) {
        if (n <= 10) {
            return NUMERALS[n];
        }
        int tens = n / 10;
        int units = n % 10;
        return (tens == 1 ? "" : NUMERALS[tens]) + "十" + (units == 0 ? "" : NUMERALS[units]);
    }

    private static PublicityListRow row(ReportedLine line, PublicityRules.Listed listed,
                                        Map<String, County> counties) {
        County county = counties.get(line.countyCode());
        return new PublicityListRow(0, county == null ? line.countyName() : county.name(), line.enterpriseName(),
                line.creditCode(), line.industry(), line.branch(), listed.grade(), listed.reportedOn(),
                listed.certifiedOn(), null, null, line.lineId(), line.enterpriseId(), line.countyCode());
    }
}
