package org.perfgrade.ledger.asof;

import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.Collection;
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

    /**
     * The standing plans of a county and review batch first reported by one of the submissions
     * {@code :planSubmissions} (parameters of {@link #batchParameters}).
     */
    private static final String BATCH_PLANS = "FROM improvement_plan p JOIN ledger_line l ON l.id = p.ledger_line_id "
            + "JOIN enterprise e ON e.id = l.enterprise_id JOIN industry i ON i.id = l.industry_id "
            + "WHERE e.county_code = :county AND p.target_grade IN (:grades) "
            + "AND (((e.guarantee_type IS NULL OR e.guarantee_type = '') AND i.review_category = :category) "
            + "OR (:guaranteeBatch = TRUE AND e.guarantee_type IS NOT NULL AND e.guarantee_type <> '')) "
            + "AND " + StandingRule.standing("p") + " AND " + StandingRule.standing("l") + " "
            + "AND p.submission_id IN (:planSubmissions) ";

    private final JdbcClient jdbc;

    StandingPlans(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Hands one county's standing plans of active industries to {@code sink}, in no particular order: plans first
     * reported by a file received by the day, on lines listed that day.
     */
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
                """ + "  AND " + StandingRule.standing("p") + " AND " + StandingRule.recorded("p") + "\n  AND "
                + StandingRule.standing("l") + " AND " + StandingRule.listed("l") + "\n  AND i.active = TRUE\n")
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
     * Whether the county has a standing line of the review batch whose standing plan, first reported by one of
     * {@code planSubmissions} (the county's 附件2 received by the day), targets one of {@code grades} and which has no
     * application by the day (none reported by one of {@code applications}, the county's applications received by
     * the day, nor dated on or before it): one query that stops at the first such plan. The ledger stamps rows with
     * the wall clock of their import, so the business dates come from the submissions. The batch holds the lines of
     * industries of the review category of enterprises that are not 保障类; with {@code guaranteeBatch} (the last
     * batch, 河南省本地重点行业及保障类企业) also every line of a 保障类 or 民生保障类 enterprise, whatever its industry.
     */
    public boolean anyUnapplied(String county, String reviewCategory, boolean guaranteeBatch, List<String> grades,
                                Collection<Long> planSubmissions, Collection<Long> applications, LocalDate day) {
        if (planSubmissions.isEmpty()) {
            return false;
        }
        return jdbc.sql("SELECT p.id " + BATCH_PLANS + "AND NOT EXISTS (SELECT 1 FROM grade_application a "
                + "WHERE a.ledger_line_id = l.id AND " + appliedBy("a", applications, "day") + ") LIMIT 1")
                .params(batchParameters(county, reviewCategory, guaranteeBatch, grades, planSubmissions, day))
                .param("applications", List.copyOf(applications))
                .query(Long.class).optional().isPresent();
    }

    /**
     * 逾期完成: of the lines of the batch that {@link #anyUnapplied} would check on the day, those with no application by
     * {@code due} (none reported by a submission received by then, nor dated on or before it), and the latest day one
     * of them first had an application by the day: an application counts from the earlier of the day its submission
     * was received ({@code received}, the county's application submissions received by the day, with their business
     * dates) and its opinion date. Empty when every such line had its application by the due date (or there is none).
     */
    public Optional<LocalDate> lastLateApplication(String county, String reviewCategory, boolean guaranteeBatch,
                                                   List<String> grades, Collection<Long> planSubmissions,
                                                   Map<Long, LocalDate> received, LocalDate due, LocalDate day) {
        if (planSubmissions.isEmpty()) {
            return Optional.empty();
        }
        List<Long> byDue = received.entrySet().stream().filter(e -> !e.getValue().isAfter(due)).map(Map.Entry::getKey)
                .toList();
        Map<String, Object> parameters = batchParameters(county, reviewCategory, guaranteeBatch, grades,
                planSubmissions, day);
        parameters.put("due", due);
        parameters.put("applications", byDue);
        Map<Long, LocalDate> firstByLine = new HashMap<>();
        jdbc.sql("SELECT a.ledger_line_id, a.submission_id, a.opinion_date FROM grade_application a "
                + "WHERE a.ledger_line_id IN (SELECT l.id " + BATCH_PLANS + "AND NOT EXISTS (SELECT 1 "
                + "FROM grade_application a2 WHERE a2.ledger_line_id = l.id AND "
                + appliedBy("a2", byDue, "due") + "))")
                .params(parameters)
                .query((ResultSet rs) -> {
                    LocalDate opinion = rs.getObject("opinion_date", LocalDate.class);
                    LocalDate recorded = received.get(rs.getLong("submission_id"));
                    LocalDate applied = opinion == null || (recorded != null && recorded.isBefore(opinion))
                            ? recorded : opinion;
                    if (applied != null) {
                        firstByLine.merge(rs.getLong("ledger_line_id"), applied,
                                (x, y) -> x.isBefore(y) ? x : y);
                    }
                });
        return firstByLine.values().stream().filter(d -> !d.isAfter(day)).max(LocalDate::compareTo);
    }

    /**
     * The application {@code alias} is on file by the day in {@code dayParameter}: reported by one of the submissions
     * {@code :applications} or dated (opinion date) on or before it.
     */
    private static String appliedBy(String alias, Collection<Long> applications, String dayParameter) {
        String dated = alias + ".opinion_date <= :" + dayParameter;
        return applications.isEmpty() ? dated : "(" + alias + ".submission_id IN (:applications) OR " + dated + ")";
    }

    private static Map<String, Object> batchParameters(String county, String reviewCategory, boolean guaranteeBatch,
                                                       List<String> grades, Collection<Long> planSubmissions,
                                                       LocalDate day) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("county", county);
        parameters.put("category", reviewCategory);
        parameters.put("guaranteeBatch", guaranteeBatch);
        parameters.put("grades", grades);
        parameters.put("day", day);
        parameters.put("planSubmissions", List.copyOf(planSubmissions));
        return parameters;
    }
}
