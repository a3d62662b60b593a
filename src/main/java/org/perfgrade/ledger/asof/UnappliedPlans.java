package org.perfgrade.ledger.asof;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * 超过拟完成时间未申报的企业 as of a day: the standing plans (附件2) on standing lines of active industries whose
 * 拟完成时间 is before the day and whose line has no standing application by the day, judged with
 * {@link StandingRule}. The ledger stamps rows with the wall clock of their import, so which plans and applications
 * were on file by the day is given by the submissions that brought them (their business dates are intake's).
 */
@Repository
public class UnappliedPlans {

    private final JdbcClient jdbc;

    UnappliedPlans(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The plans past their 拟完成时间 on the day without an application, of one county (code) or every county (null),
     * by county code, enterprise name and plan id.
     *
     * @param planSubmissions the 附件2 submissions received by the day: only plans first reported by one count
     * @param applications    the application submissions received by the day: an application reported by one of
     *                        them, or dated (专家意见日期) on or before the day, is on file
     */
    public List<UnappliedPlan> asOf(LocalDate day, String countyOrNull, Collection<Long> planSubmissions,
                                    Collection<Long> applications) {
        if (planSubmissions.isEmpty()) {
            return List.of();
        }
        String applied = applications.isEmpty() ? "a.opinion_date <= :day"
                : "(a.submission_id IN (:applications) OR a.opinion_date <= :day)";
        return jdbc.sql("""
                SELECT p.id, e.county_code, c.name AS county_name, e.name AS enterprise_name, e.credit_code,
                       i.name AS industry, b.name AS branch, p.current_grade, p.target_grade, p.planned_completion
                FROM improvement_plan p
                JOIN ledger_line l ON l.id = p.ledger_line_id
                JOIN enterprise e ON e.id = l.enterprise_id
                JOIN county c ON c.code = e.county_code
                JOIN industry i ON i.id = l.industry_id
                LEFT JOIN industry_branch b ON b.id = l.branch_id
                WHERE p.planned_completion < :day
                  AND p.submission_id IN (:planSubmissions)
                  AND i.active = TRUE
                """ + (countyOrNull == null ? "" : "  AND e.county_code = :county\n")
                + "  AND " + StandingRule.standing("p") + "\n  AND " + StandingRule.standing("l") + "\n"
                + "  AND NOT EXISTS (SELECT 1 FROM grade_application a WHERE a.ledger_line_id = l.id AND "
                + StandingRule.standing("a") + " AND " + applied + ")\n"
                + "ORDER BY e.county_code, e.name, p.id")
                .params(parameters(day, countyOrNull, planSubmissions, applications))
                .query((rs, n) -> new UnappliedPlan(rs.getLong("id"), rs.getString("county_code"),
                        rs.getString("county_name"), rs.getString("enterprise_name"), rs.getString("credit_code"),
                        rs.getString("industry"), rs.getString("branch"), rs.getString("current_grade"),
                        rs.getString("target_grade"), rs.getObject("planned_completion", LocalDate.class)))
                .list();
    }

    private static Map<String, Object> parameters(LocalDate day, String countyOrNull, Collection<Long> planSubmissions,
                                                  Collection<Long> applications) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("day", day);
        parameters.put("planSubmissions", List.copyOf(planSubmissions));
        if (countyOrNull != null) {
            parameters.put("county", countyOrNull);
        }
        if (!applications.isEmpty()) {
            parameters.put("applications", List.copyOf(applications));
        }
        return parameters;
    }
}
