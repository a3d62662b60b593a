package org.perfgrade.ledger.asof;

import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * 提升企业计划 as of a day: the improvement plans (附件2) that stand on a business day on lines that stand too
 * ({@link StandingRule}), for 附件2 and the campaign's overdue review batches.
 */
@Repository
public class StandingPlans {

    /** The standing plans of a county and review batch recorded by the day (parameters of {@link #batchParameters}). */
    private static final String BATCH_PLANS = "FROM improvement_plan p JOIN ledger_line l ON l.id = p.ledger_line_id "
            + "JOIN enterprise e ON e.id = l.enterprise_id JOIN industry i ON i.id = l.industry_id "
            + "WHERE e.county_code = :county AND p.target_grade IN (:grades) "
            + "AND (((e.guarantee_type IS NULL OR e.guarantee_type = '') AND i.review_category = :category) "
            + "OR (:guaranteeBatch = TRUE AND e.guarantee_type IS NOT NULL AND e.guarantee_type <> '')) "
            + "AND " + StandingRule.standing("p") + " AND " + StandingRule.standing("l") + " "
            + "AND p.created_at < :nextDay ";

    /** The day an application {@code a} counts from: the earlier of the day it was recorded and its opinion date. */
    private static final String APPLIED_ON = "CASE WHEN a.opinion_date < CAST(a.created_at AS DATE) "
            + "THEN a.opinion_date ELSE CAST(a.created_at AS DATE) END";

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
     * Whether the county has a standing line of the review batch whose standing plan, recorded by the day, targets
     * one of {@code grades} and which has no application by the day (none recorded before the next day nor dated on
     * or before it): one query that stops at the first such plan. The batch holds the lines of industries of the
     * review category of enterprises that are not 保障类; with {@code guaranteeBatch} (the last batch, 河南省本地重点行业及
     * 保障类企业) also every line of a 保障类 or 民生保障类 enterprise, whatever its industry.
     */
    public boolean anyUnapplied(String county, String reviewCategory, boolean guaranteeBatch, List<String> grades,
                                LocalDate day) {
        return jdbc.sql("SELECT p.id " + BATCH_PLANS + "AND NOT EXISTS (SELECT 1 FROM grade_application a "
                + "WHERE a.ledger_line_id = l.id AND (a.created_at < :nextDay OR a.opinion_date <= :day)) LIMIT 1")
                .params(batchParameters(county, reviewCategory, guaranteeBatch, grades, day))
                .query(Long.class).optional().isPresent();
    }

    /**
     * 逾期完成: of the lines of the batch that {@link #anyUnapplied} would check on the day, those with no application by
     * {@code due}, and the latest day one of them first had an application by the day (an application counts from the
     * earlier of its recording day and its opinion date). Empty when every such line had its application by the due
     * date (or there is none).
     */
    public Optional<LocalDate> lastLateApplication(String county, String reviewCategory, boolean guaranteeBatch,
                                                   List<String> grades, LocalDate due, LocalDate day) {
        Map<String, Object> parameters = batchParameters(county, reviewCategory, guaranteeBatch, grades, day);
        parameters.put("due", due);
        parameters.put("afterDue", due.plusDays(1).atStartOfDay());
        return jdbc.sql("SELECT MAX(first_application) FROM (SELECT (SELECT MIN(" + APPLIED_ON + ") "
                + "FROM grade_application a WHERE a.ledger_line_id = l.id) AS first_application " + BATCH_PLANS
                + "AND NOT EXISTS (SELECT 1 FROM grade_application a WHERE a.ledger_line_id = l.id "
                + "AND (a.created_at < :afterDue OR a.opinion_date <= :due))) late_lines "
                + "WHERE first_application <= :day")
                .params(parameters).query(LocalDate.class).optional();
    }

    private static Map<String, Object> batchParameters(String county, String reviewCategory, boolean guaranteeBatch,
                                                       List<String> grades, LocalDate day) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("county", county);
        parameters.put("category", reviewCategory);
        parameters.put("guaranteeBatch", guaranteeBatch);
        parameters.put("grades", grades);
        parameters.put("day", day);
        parameters.put("nextDay", day.plusDays(1).atStartOfDay());
        return parameters;
    }
}
