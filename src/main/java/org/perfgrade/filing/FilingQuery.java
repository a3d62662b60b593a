package org.perfgrade.filing;

import java.sql.ResultSet;
import java.sql.SQLException;
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
import org.perfgrade.ledger.GuaranteeType;
import org.perfgrade.ledger.LineGrades;
import org.perfgrade.ledger.ReviewBatches;
import org.perfgrade.reference.County;
import org.perfgrade.reference.Deadline;
import org.perfgrade.reference.Grade;
import org.perfgrade.reference.ReferenceData;

import org.springframework.jdbc.core.simple.JdbcClient;
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

    private static final String SELECT = """
            SELECT l.id, l.enterprise_id, e.name AS enterprise_name, e.credit_code, e.county_code, e.guarantee_type,
                   i.name AS industry, b.name AS branch,
                   a.applied_grade, a.batch_no, a.county_result, a.experts, a.opinion_date, a.city_result,
                   a.provincial_result, a.provincial_date, a.remarks
            FROM ledger_line l
            JOIN enterprise e ON e.id = l.enterprise_id
            JOIN industry i ON i.id = l.industry_id
            LEFT JOIN industry_branch b ON b.id = l.branch_id
            LEFT JOIN grade_application a ON a.ledger_line_id = l.id
                 AND (a.retired_on IS NULL OR a.retired_on > :day)
            WHERE i.active = TRUE
              AND (l.retired_on IS NULL OR l.retired_on > :day)
            """;

    private final JdbcClient jdbc;
    private final LineGrades lineGrades;
    private final ReferenceData reference;
    private final ReviewBatches batches;

    FilingQuery(JdbcClient jdbc, LineGrades lineGrades, ReferenceData reference, ReviewBatches batches) {
        this.jdbc = jdbc;
        this.lineGrades = lineGrades;
        this.reference = reference;
        this.batches = batches;
    }

    /**
     * The lines of the batch (null: all batches) in document order. The grade each line held on the day comes from
     * {@link LineGrades} (one scan of the grade history) and the A/B test is made here, not by a grade subquery per
     * line.
     */
    List<FilingLine> lines(LocalDate asOf, Integer batch) {
        Set<String> grades = reference.grades().values().stream().filter(Grade::abClass).map(Grade::code)
                .collect(Collectors.toSet());
        if (grades.isEmpty()) {
            return List.of();
        }
        LineGrades.OnDay onDay = lineGrades.onDay(asOf);
        List<FilingLine> lines = new ArrayList<>();
        Map<String, County> counties = reference.countiesByCode();
        jdbc.sql(SELECT).param("day", asOf).query((ResultSet rs) -> {
            String gradeNow = onDay.grade(rs.getLong("id"));
            if (!grades.contains(rs.getString("applied_grade")) && !grades.contains(gradeNow)) {
                return;
            }
            FilingLine line = line(rs, counties, gradeNow);
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
    private FilingLine line(ResultSet rs, Map<String, County> counties, String gradeNow) throws SQLException {
        County county = counties.get(rs.getString("county_code"));
        if (county == null) {
            return null;
        }
        String applied = rs.getString("applied_grade");
        String countyResult = rs.getString("county_result");
        String cityResult = rs.getString("city_result");
        String provincialResult = rs.getString("provincial_result");
        if (REFUSED.equals(countyResult) || REFUSED.equals(cityResult) || REFUSED.equals(provincialResult)) {
            return null;
        }
        String grade = firstGrade(provincialResult, cityResult, countyResult, applied, gradeNow);
        if (grade == null || !reference.grade(grade).map(Grade::abClass).orElse(false)) {
            return null;
        }
        Integer batch = rs.getObject("batch_no", Integer.class);
        if (batch == null) {
            batch = batches.batch(rs.getString("industry"), guarantee(rs.getString("guarantee_type")))
                    .map(Deadline::batch).orElse(null);
        }
        if (batch == null) {
            return null;
        }
        return new FilingLine(county, rs.getString("enterprise_name"), rs.getString("credit_code"),
                rs.getString("industry"), rs.getString("branch"), grade, applied, batch, countyResult, cityResult,
                provincialResult, rs.getObject("provincial_date", LocalDate.class), rs.getString("experts"),
                rs.getObject("opinion_date", LocalDate.class), rs.getString("remarks"), rs.getLong("id"),
                rs.getLong("enterprise_id"));
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
