package org.perfgrade.filing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.perfgrade.document.xlsx.CollationKeys;
import org.perfgrade.ledger.facts.GuaranteeType;
import org.perfgrade.ledger.ReviewBatches;
import org.perfgrade.ledger.asof.LineApplication;
import org.perfgrade.ledger.asof.StandingApplications;
import org.perfgrade.reference.County;
import org.perfgrade.reference.Deadline;
import org.perfgrade.reference.Grade;
import org.perfgrade.reference.ReferenceData;

import org.springframework.stereotype.Component;

/**
 * 报省名单的数据: the lines a filing package sends to the province for a batch (or all batches) on a business date —
 * every active line with an application (申报及评审结果) for an A、B级（含B-级）or 引领性 grade that no level has
 * refused (不通过), and every line holding such a grade on the day without one (its missing expert opinion is a
 * gap). The batch is the application's, else the one the plan gives the line ({@link ReviewBatches}). Order: county
 * in 附件1 order, grade (letter grades by rank, then 引领性), 企业名称 by Chinese collation, industry order, line id.
 */
@Component
class FilingQuery {

    static final String REFUSED = "不通过";

    private final StandingApplications ledger;
    private final ReferenceData reference;
    private final ReviewBatches batches;

    FilingQuery(StandingApplications ledger, ReferenceData reference, ReviewBatches batches) {
        this.ledger = ledger;
        this.reference = reference;
        this.batches = batches;
    }

    /**
     * The lines of the batch (null: all batches) in document order. The grade each line held on the day comes from
     * the ledger ({@link StandingApplications#withLines}: one scan of the grade history) and the A/B test is made
     * here, not by a grade subquery per line.
     */
    List<FilingLine> lines(LocalDate asOf, Integer batch) {
        Set<String> grades = reference.grades().values().stream().filter(Grade::abClass).map(Grade::code)
                .collect(Collectors.toSet());
        if (grades.isEmpty()) {
            return List.of();
        }
        List<FilingLine> lines = new ArrayList<>();
        Map<String, County> counties = reference.countiesByCode();
        ledger.withLines(asOf, row -> {
            String gradeNow = row.gradeOnDay();
            if (!grades.contains(row.appliedGrade()) && !grades.contains(gradeNow)) {
                return;
            }
            FilingLine line = line(row, counties, gradeNow);
            if (line != null && (batch == null || line.batch() == batch)) {
                lines.add(line);
            }
        });
        lines.sort(order());
        return lines;
    }

    /** County (附件1 order), grade, name (collation), industry (config order), line id. */
    Comparator<FilingLine> order() {
        Comparator<String> names = new CollationKeys().comparator();
        Map<String, Integer> industries = new HashMap<>();
        reference.industries().forEach(i -> industries.put(i.name(), i.order()));
        Comparator<Grade> gradeOrder = Comparator.comparing(Grade::leading).thenComparingInt(Grade::rank)
                .thenComparing(Grade::code);
        return Comparator.comparingInt((FilingLine l) -> l.county().order())
                .thenComparing(l -> reference.grade(l.grade()).orElseThrow(), gradeOrder)
                .thenComparing(FilingLine::enterpriseName, names)
                .thenComparingInt(l -> industries.getOrDefault(l.industry(), Integer.MAX_VALUE))
                .thenComparingLong(FilingLine::lineId);
    }

    /** The line as filed, or null when it is not filed (refused, or not an A/B-class grade, or no batch). */
    private FilingLine line(LineApplication row, Map<String, County> counties, String gradeNow) {
        County county = counties.get(row.countyCode());
        if (county == null) {
            return null;
        }
        String applied = row.appliedGrade();
        String countyResult = row.countyResult();
        String cityResult = row.cityResult();
        String provincialResult = row.provincialResult();
        if (REFUSED.equals(countyResult) || REFUSED.equals(cityResult) || REFUSED.equals(provincialResult)) {
            return null;
        }
        String grade = firstGrade(provincialResult, cityResult, countyResult, applied, gradeNow);
        if (grade == null || !reference.grade(grade).map(Grade::abClass).orElse(false)) {
            return null;
        }
        Integer batch = row.batchNo();
        if (batch == null) {
            batch = batches.batch(row.industry(), guarantee(row.guaranteeType()))
                    .map(Deadline::batch).orElse(null);
        }
        if (batch == null) {
            return null;
        }
        return new FilingLine(county, row.enterpriseName(), row.creditCode(),
                row.industry(), row.branch(), grade, applied, batch, countyResult, cityResult,
                provincialResult, row.provincialDate(), row.experts(),
                row.opinionDate(), row.remarks(), row.lineId(),
                row.enterpriseId());
    }

    private String firstGrade(String... candidates) {
        for (String c : candidates) {
            if (c != null && reference.grade(c).isPresent()) {
                return c;
            }
        }
        return null;
    }

    private static GuaranteeType guarantee(String stored) {
        return Optional.ofNullable(stored).filter(s -> !s.isBlank()).map(GuaranteeType::valueOf).orElse(null);
    }
}
