package org.perfgrade.notice;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * 通报所需台账数据: what the notices read from the ledger as of a date besides the snapshot — the grade changes in a
 * period, the lines graded D on the day, the experts barred in a period and the opinions they signed that the city or
 * province did not pass. Parameterised SQL that runs on H2 (MODE=MySQL) and MariaDB; sorting is done in Java.
 */
@Repository
class NoticeLedgerQuery {

    private static final String GRADE_AS_OF = "(SELECT g.new_grade FROM grade_event g WHERE g.ledger_line_id = l.id "
            + "AND g.effective_on <= :day ORDER BY g.effective_on DESC, g.id DESC LIMIT 1)";

    /** As {@code AsOfLedger}: listed by the end of the day and not retired on or before it. */
    private static final String LISTED = "(l.retired_on IS NULL OR l.retired_on > :day) AND (l.created_at < :nextDay "
            + "OR EXISTS (SELECT 1 FROM grade_event f WHERE f.ledger_line_id = l.id AND f.effective_on <= :day))";

    private final JdbcClient jdbc;

    NoticeLedgerQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every grade event effective after {@code after} up to {@code until}, oldest first. */
    List<GradeChange> changes(LocalDate after, LocalDate until) {
        return jdbc.sql("SELECT g.id, g.ledger_line_id, g.effective_on, g.old_grade, g.new_grade, g.reason, "
                + "e.county_code, e.name AS enterprise, e.credit_code, i.name AS industry FROM grade_event g "
                + "JOIN ledger_line l ON l.id = g.ledger_line_id JOIN enterprise e ON e.id = l.enterprise_id "
                + "JOIN industry i ON i.id = l.industry_id WHERE g.effective_on > :after AND g.effective_on <= :until "
                + "ORDER BY g.effective_on, g.id")
                .param("after", after).param("until", until)
                .query((rs, n) -> new GradeChange(rs.getLong("id"), rs.getLong("ledger_line_id"),
                        rs.getObject("effective_on", LocalDate.class), rs.getString("old_grade"),
                        rs.getString("new_grade"), rs.getString("reason"), rs.getString("county_code"),
                        rs.getString("enterprise"), rs.getString("credit_code"), rs.getString("industry")))
                .list();
    }

    /** The lines that count on the day whose grade that day is one of {@code grades}. */
    List<GradedLine> linesGraded(LocalDate day, List<String> grades) {
        return jdbc.sql("SELECT * FROM (SELECT l.id, e.county_code, e.name AS enterprise, e.credit_code, "
                + "i.name AS industry, i.display_order, " + GRADE_AS_OF + " AS grade FROM ledger_line l "
                + "JOIN enterprise e ON e.id = l.enterprise_id JOIN industry i ON i.id = l.industry_id "
                + "WHERE i.active = TRUE AND " + LISTED + ") t WHERE t.grade IN (:grades)")
                .param("day", day).param("nextDay", day.plusDays(1).atStartOfDay()).param("grades", grades)
                .query((rs, n) -> new GradedLine(rs.getLong("id"), rs.getString("county_code"),
                        rs.getString("enterprise"), rs.getString("credit_code"), rs.getString("industry"),
                        rs.getInt("display_order"), rs.getString("grade")))
                .list();
    }

    /** Experts whose bar (通报批评) starts after {@code after} up to {@code until}. */
    List<BarredExpert> barred(LocalDate after, LocalDate until) {
        return jdbc.sql("SELECT id, name, organisation, county_code, barred_from, barred_until, bar_notice FROM expert "
                + "WHERE barred_from > :after AND barred_from <= :until")
                .param("after", after).param("until", until)
                .query((rs, n) -> new BarredExpert(rs.getLong("id"), rs.getString("name"),
                        rs.getString("organisation"), rs.getString("county_code"),
                        rs.getObject("barred_from", LocalDate.class), rs.getObject("barred_until", LocalDate.class),
                        rs.getString("bar_notice")))
                .list();
    }

    /**
     * Applications whose experts cell mentions the name and which the city or the province did not pass (不通过), with
     * an opinion dated on or before {@code until}. The caller matches the signatories exactly.
     */
    List<RejectedOpinion> rejectedOpinions(String name, LocalDate until) {
        return jdbc.sql("SELECT a.id, a.experts, a.applied_grade, a.opinion_date, a.city_result, a.provincial_result, "
                + "a.remarks, e.county_code, e.name AS enterprise, i.name AS industry FROM grade_application a "
                + "JOIN ledger_line l ON l.id = a.ledger_line_id JOIN enterprise e ON e.id = l.enterprise_id "
                + "JOIN industry i ON i.id = l.industry_id WHERE a.experts LIKE :pattern "
                + "AND (a.city_result = :rejected OR a.provincial_result = :rejected) "
                + "AND (a.opinion_date IS NULL OR a.opinion_date <= :until) ORDER BY a.opinion_date, a.id")
                .param("pattern", "%" + name.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
                .param("rejected", REJECTED).param("until", until)
                .query((rs, n) -> new RejectedOpinion(rs.getLong("id"), rs.getString("experts"),
                        rs.getString("applied_grade"), rs.getObject("opinion_date", LocalDate.class),
                        REJECTED.equals(rs.getString("city_result")),
                        REJECTED.equals(rs.getString("provincial_result")), rs.getString("remarks"),
                        rs.getString("county_code"), rs.getString("enterprise"), rs.getString("industry")))
                .list();
    }

    /** The result text of an application not passed. */
    static final String REJECTED = "不通过";

    /** One grade event with its enterprise. */
    record GradeChange(long id, long lineId, LocalDate effectiveOn, String oldGrade, String newGrade, String reason,
                       String countyCode, String enterprise, String creditCode, String industry) {
    }

    /** A line with its grade on the day. */
    record GradedLine(long lineId, String countyCode, String enterprise, String creditCode, String industry,
                      int industryOrder, String grade) {
    }

    /** An expert register entry with its bar. */
    record BarredExpert(long id, String name, String organisation, String countyCode, LocalDate barredFrom,
                        LocalDate barredUntil, String barNotice) {
    }

    /** An application not passed by the city or the province, with its signatories as written. */
    record RejectedOpinion(long id, String experts, String appliedGrade, LocalDate opinionDate, boolean cityRejected,
                           boolean provincialRejected, String remarks, String countyCode, String enterprise,
                           String industry) {
    }
}
