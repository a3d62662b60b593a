package org.perfgrade.ledger.asof;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * 上报名单的台账: the standing lines of active industries listed by a business day that have a standing application
 * (申报及评审结果) or hold one of the given grades that day ({@link StandingRule}), each with the grade event behind
 * its grade that day and the county file that first reported its application — what the 公示名单 needs to tell the
 * 上报日期 and the 认定日期 of every line apart from the import date. Every date is a business date: a line listed,
 * an application or a grade event recorded from a file received after the day is not there.
 */
@Repository
public class ReportedLines {

    private final JdbcClient jdbc;

    ReportedLines(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The lines of the city (county null) or of one county with a standing application or holding one of
     * {@code grades} on the day; in no particular order.
     */
    public List<ReportedLine> onDay(LocalDate day, String countyOrNull, Collection<String> grades) {
        String sql = """
                SELECT l.id, l.enterprise_id, e.name AS enterprise_name, e.credit_code, e.county_code,
                       c.name AS county_name, i.name AS industry, b.name AS branch, l.listed_on,
                       (SELECT MAX(r.effective_on) FROM grade_event r WHERE r.ledger_line_id = l.id
                          AND r.reason = 'COUNTY_LEDGER' AND r.effective_on <= :day
                          AND r.recorded_on <= :day) AS ledger_reported_on,
                       a.id AS application_id, a.applied_grade, a.county_result, a.city_result, a.provincial_result,
                       a.provincial_date, a.submission_id AS application_submission_id,
                       a.recorded_on AS application_recorded_on,
                       g.new_grade, g.reason, g.effective_on
                FROM ledger_line l
                JOIN enterprise e ON e.id = l.enterprise_id
                JOIN county c ON c.code = e.county_code
                JOIN industry i ON i.id = l.industry_id
                LEFT JOIN industry_branch b ON b.id = l.branch_id
                LEFT JOIN grade_application a ON a.ledger_line_id = l.id
                """ + "     AND " + StandingRule.standing("a") + " AND " + StandingRule.recorded("a") + """

                LEFT JOIN grade_event g ON g.id =\s""" + StandingRule.newestEventId("l.id") + """

                WHERE i.active = TRUE
                """ + "  AND " + StandingRule.standing("l") + "\n  AND " + StandingRule.listed("l")
                + "\n  AND (g.new_grade IN (:grades) OR a.id IS NOT NULL)\n"
                + (countyOrNull == null ? "" : "  AND e.county_code = :county\n");
        var spec = jdbc.sql(sql).param("day", day)
                .param("grades", grades.isEmpty() ? List.of("") : List.copyOf(grades));
        if (countyOrNull != null) {
            spec = spec.param("county", countyOrNull);
        }
        return spec.query((rs, n) -> line(rs)).list();
    }

    private static ReportedLine line(ResultSet rs) throws SQLException {
        return new ReportedLine(rs.getLong("id"), rs.getLong("enterprise_id"), rs.getString("enterprise_name"),
                rs.getString("credit_code"), rs.getString("county_code"), rs.getString("county_name"),
                rs.getString("industry"), rs.getString("branch"), rs.getObject("listed_on", LocalDate.class),
                rs.getObject("ledger_reported_on", LocalDate.class), rs.getObject("application_id", Long.class),
                rs.getString("applied_grade"), rs.getString("county_result"), rs.getString("city_result"),
                rs.getString("provincial_result"), rs.getObject("provincial_date", LocalDate.class),
                rs.getObject("application_submission_id", Long.class),
                rs.getObject("application_recorded_on", LocalDate.class), rs.getString("new_grade"), rs.getString("reason"),
                rs.getObject("effective_on", LocalDate.class));
    }
}
