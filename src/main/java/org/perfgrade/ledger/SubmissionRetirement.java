package org.perfgrade.ledger;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * 动态管理中的移出: once a county's submission has been applied in full, what the county's previous submissions of
 * the same kind listed and this one no longer does is retired on the business date — never deleted, because the
 * grade history, plans and reports still point at it. Applying a row of a later submission makes it active again.
 * Retiring twice changes nothing. Violations are facts and are never retired.
 */
@Repository
public class SubmissionRetirement {

    private static final String NOT_THIS_SUBMISSION = "retired_on IS NULL "
            + "AND (last_submission_id IS NULL OR last_submission_id <> :submission)";

    private static final String COUNTY_LINES = "SELECT l.id FROM ledger_line l JOIN enterprise e ON e.id = l.enterprise_id "
            + "WHERE e.county_code = :county";

    private final JdbcClient jdbc;

    SubmissionRetirement(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The county's active ledger lines this 清单台账 did not list. */
    int ledgerLines(SubmissionContext ctx) {
        return retire("UPDATE ledger_line SET retired_on = :asOf, retired_by_submission_id = :submission WHERE "
                + NOT_THIS_SUBMISSION + " AND enterprise_id IN (SELECT id FROM enterprise WHERE county_code = :county)",
                ctx);
    }

    /** The county's active plans this 附件2 did not list. */
    int improvementPlans(SubmissionContext ctx) {
        return retire("UPDATE improvement_plan SET retired_on = :asOf, retired_by_submission_id = :submission WHERE "
                + NOT_THIS_SUBMISSION + " AND ledger_line_id IN (" + COUNTY_LINES + ")", ctx);
    }

    /** The county's active applications this 申报及评审结果 list did not list. */
    int applications(SubmissionContext ctx) {
        return retire("UPDATE grade_application SET retired_on = :asOf, retired_by_submission_id = :submission WHERE "
                + NOT_THIS_SUBMISSION + " AND ledger_line_id IN (" + COUNTY_LINES + ")", ctx);
    }

    /** The county's active experts this 专家（第三方）名单 did not list. */
    int experts(SubmissionContext ctx) {
        return retire("UPDATE expert SET retired_on = :asOf, retired_by_submission_id = :submission WHERE "
                + NOT_THIS_SUBMISSION + " AND county_code = :county", ctx);
    }

    private int retire(String sql, SubmissionContext ctx) {
        return jdbc.sql(sql).param("asOf", ctx.asOf()).param("submission", ctx.submissionId())
                .param("county", ctx.countyCode()).update();
    }
}
