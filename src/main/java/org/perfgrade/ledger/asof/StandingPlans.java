package org.perfgrade.ledger.asof;

import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * 提升企业计划 as of a day: the improvement plans (附件2) that stand on a business day on lines that stand too
 * ({@link StandingRule}), for 附件2 and the campaign's overdue review batches.
 */
@Repository
public class StandingPlans {

    private final JdbcClient jdbc;

    StandingPlans(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Hands one county's standing plans of active industries to {@code sink}, in no particular order. */
    public void forEach(LocalDate day, String county, Consumer<StandingPlan> sink) {
        jdbc.sql("""
                SELECT p.id, p.ledger_line_id, p.current_grade, p.target_grade, p.differentiating_index, p.problems,
                       p.measures, p.planned_completion, p.remarks, e.name AS enterprise_name, e.county_code,
                       c.name AS county_name, i.name AS industry, b.name AS branch
                FROM improvement_plan p
                JOIN ledger_line l ON l.id = p.ledger_line_id
                JOIN enterprise e ON e.id = l.enterprise_id
                JOIN county c ON c.code = e.county_code
                JOIN industry i ON i.id = l.industry_id
                LEFT JOIN industry_branch b ON b.id = l.branch_id
                WHERE e.county_code = :county
                """ + "  AND " + StandingRule.standing("p") + "\n  AND " + StandingRule.standing("l")
                + "\n  AND i.active = TRUE\n")
                .param("day", day).param("county", county)
                .query((ResultSet rs) -> {
                    sink.accept(new StandingPlan(rs.getLong("id"), rs.getLong("ledger_line_id"),
                            rs.getString("current_grade"), rs.getString("target_grade"),
                            rs.getString("differentiating_index"), rs.getString("problems"), rs.getString("measures"),
                            rs.getObject("planned_completion", LocalDate.class), rs.getString("remarks"),
                            rs.getString("enterprise_name"), rs.getString("county_code"), rs.getString("county_name"),
                            rs.getString("industry"), rs.getString("branch")));
                });
    }

    /**
     * Whether the county has a standing line of the review category whose standing plan, recorded by the day,
     * targets one of {@code grades} and which has no application by the day (none recorded before the next day nor
     * dated on or before it): one query that stops at the first such plan.
     */
    public boolean anyUnapplied(String county, String reviewCategory, List<String> grades, LocalDate day) {
        return jdbc.sql("SELECT p.id FROM improvement_plan p JOIN ledger_line l ON l.id = p.ledger_line_id "
                + "JOIN enterprise e ON e.id = l.enterprise_id JOIN industry i ON i.id = l.industry_id "
                + "WHERE e.county_code = :county AND i.review_category = :category AND p.target_grade IN (:grades) "
                + "AND " + StandingRule.standing("p") + " AND " + StandingRule.standing("l") + " "
                + "AND p.created_at < :nextDay AND NOT EXISTS (SELECT 1 FROM grade_application a "
                + "WHERE a.ledger_line_id = l.id AND (a.created_at < :nextDay OR a.opinion_date <= :day)) LIMIT 1")
                .param("county", county).param("category", reviewCategory).param("grades", grades).param("day", day)
                .param("nextDay", day.plusDays(1).atStartOfDay())
                .query(Long.class).optional().isPresent();
    }
}
