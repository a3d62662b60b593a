package org.perfgrade.ledger.asof;

import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;


import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * 申报及评审结果 as of a day: the applications that stand on a business day ({@link StandingRule}), for the
 * snapshot's applied grades, the filing package's lines and the notices' refused opinions.
 */
@Repository
public class StandingApplications {

    private final JdbcClient jdbc;
    private final LineGrades lineGrades;

    StandingApplications(JdbcClient jdbc, LineGrades lineGrades) {
        this.jdbc = jdbc;
        this.lineGrades = lineGrades;
    }

    /**
     * The applied grade (申报级别) of every application that counts on the day, by line: standing, its first file
     * received by the day, and received or dated (专家意见日期) in the campaign year up to the day.
     */
    public Map<Long, String> appliedGrades(LocalDate day, int campaignYear) {
        LocalDate yearStart = LocalDate.of(campaignYear, 1, 1);
        LocalDate last = day.isBefore(LocalDate.of(campaignYear, 12, 31)) ? day : LocalDate.of(campaignYear, 12, 31);
        Map<Long, String> applied = new HashMap<>();
        jdbc.sql("SELECT a.ledger_line_id, a.applied_grade FROM grade_application a WHERE a.applied_grade IS NOT NULL "
                + "AND " + StandingRule.standing("a") + " AND " + StandingRule.recorded("a")
                + " AND ((a.recorded_on >= :yearStart AND a.recorded_on <= :last) "
                + "OR (a.opinion_date >= :yearStart AND a.opinion_date <= :last))")
                .param("day", day).param("yearStart", yearStart).param("last", last)
                .query((ResultSet rs) -> {
                    applied.put(rs.getLong(1), rs.getString(2));
                });
        return applied;
    }

    /**
     * Every standing line of an active industry listed by the day, once with each standing application recorded by
     * then (once alone when none),
     * with its grade on the day from {@link LineGrades} (one scan of the grade history, not a subquery per line).
     */
    public void withLines(LocalDate day, Consumer<LineApplication> sink) {
        LineGrades.OnDay onDay = lineGrades.onDay(day);
        jdbc.sql("""
                SELECT l.id, l.enterprise_id, e.name AS enterprise_name, e.credit_code, e.county_code, e.guarantee_type,
                       i.name AS industry, b.name AS branch,
                       a.applied_grade, a.batch_no, a.county_result, a.experts, a.opinion_date, a.city_result,
                       a.provincial_result, a.provincial_date, a.remarks
                FROM ledger_line l
                JOIN enterprise e ON e.id = l.enterprise_id
                JOIN industry i ON i.id = l.industry_id
                LEFT JOIN industry_branch b ON b.id = l.branch_id
                LEFT JOIN grade_application a ON a.ledger_line_id = l.id
                """ + "     AND " + StandingRule.standing("a") + " AND " + StandingRule.recorded("a")
                + "\nWHERE i.active = TRUE\n  AND " + StandingRule.standing("l") + "\n  AND " + StandingRule.listed("l")
                + "\n")
                .param("day", day).query((ResultSet rs) -> {
                    long id = rs.getLong("id");
                    sink.accept(new LineApplication(id, rs.getLong("enterprise_id"), rs.getString("enterprise_name"),
                            rs.getString("credit_code"), rs.getString("county_code"), rs.getString("guarantee_type"),
                            rs.getString("industry"), rs.getString("branch"), onDay.grade(id),
                            rs.getString("applied_grade"), rs.getObject("batch_no", Integer.class),
                            rs.getString("county_result"), rs.getString("experts"),
                            rs.getObject("opinion_date", LocalDate.class), rs.getString("city_result"),
                            rs.getString("provincial_result"), rs.getObject("provincial_date", LocalDate.class),
                            rs.getString("remarks")));
                });
    }

    /**
     * Applications whose experts cell mentions the name and which the city or the province did not pass
     * ({@code refused}), with an opinion dated on or before {@code until}, oldest opinion first. The caller matches
     * the signatories exactly.
     */
    public List<RefusedOpinion> refusedMentioning(String name, String refused, LocalDate until) {
        return jdbc.sql("SELECT a.id, a.experts, a.applied_grade, a.opinion_date, a.city_result, a.provincial_result, "
                + "a.remarks, e.county_code, e.name AS enterprise, i.name AS industry FROM grade_application a "
                + "JOIN ledger_line l ON l.id = a.ledger_line_id JOIN enterprise e ON e.id = l.enterprise_id "
                + "JOIN industry i ON i.id = l.industry_id WHERE a.experts LIKE :pattern "
                + "AND (a.city_result = :rejected OR a.provincial_result = :rejected) "
                + "AND (a.opinion_date IS NULL OR a.opinion_date <= :until) ORDER BY a.opinion_date, a.id")
                .param("pattern", "%" + name.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
                .param("rejected", refused).param("until", until)
                .query((rs, n) -> new RefusedOpinion(rs.getLong("id"), rs.getString("experts"),
                        rs.getString("applied_grade"), rs.getObject("opinion_date", LocalDate.class),
                        rs.getString("city_result"), rs.getString("provincial_result"), rs.getString("remarks"),
                        rs.getString("county_code"), rs.getString("enterprise"), rs.getString("industry")))
                .list();
    }
}
