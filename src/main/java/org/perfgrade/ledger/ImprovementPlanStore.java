package org.perfgrade.ledger;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** 提升企业清单（附件2）的存取: one plan per ledger line, found, inserted or replaced by the newest 附件2 row. */
@Repository
class ImprovementPlanStore {

    private final JdbcClient jdbc;

    ImprovementPlanStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<StoredPlan> find(long ledgerLineId) {
        return jdbc.sql("SELECT id, current_grade, target_grade, differentiating_index, problems, measures, "
                + "planned_completion, remarks, last_submission_id, last_row_no, retired_on FROM improvement_plan "
                + "WHERE ledger_line_id = :line").param("line", ledgerLineId)
                .query((rs, n) -> new StoredPlan(rs.getLong("id"),
                        new PlanContent(rs.getString("current_grade"), rs.getString("target_grade"),
                                rs.getString("differentiating_index"), rs.getString("problems"),
                                rs.getString("measures"), rs.getObject("planned_completion", LocalDate.class),
                                rs.getString("remarks")),
                        new Stamp(rs.getObject("last_submission_id", Long.class),
                                rs.getObject("last_row_no", Integer.class)),
                        rs.getObject("retired_on", LocalDate.class)))
                .optional();
    }

    void insert(long ledgerLineId, PlanContent plan, Stamp stamp, LocalDateTime now) {
        bind(jdbc.sql("INSERT INTO improvement_plan (ledger_line_id, current_grade, target_grade, "
                + "differentiating_index, problems, measures, planned_completion, remarks, submission_id, "
                + "last_submission_id, last_row_no, created_at, updated_at) VALUES (:line, :current, :target, :index, "
                + ":problems, :measures, :completion, :remarks, :submission, :submission, :row, :now, :now)"), plan)
                .param("line", ledgerLineId).param("submission", stamp.submissionId()).param("row", stamp.rowNo())
                .param("now", now).update();
    }

    /** Replaces the plan's content and stamp and makes it active again. */
    void update(long id, PlanContent plan, Stamp stamp, LocalDateTime now) {
        bind(jdbc.sql("UPDATE improvement_plan SET current_grade = :current, target_grade = :target, "
                + "differentiating_index = :index, problems = :problems, measures = :measures, "
                + "planned_completion = :completion, remarks = :remarks, last_submission_id = :submission, "
                + "last_row_no = :row, retired_on = NULL, retired_by_submission_id = NULL, updated_at = :now "
                + "WHERE id = :id"), plan)
                .param("submission", stamp.submissionId()).param("row", stamp.rowNo()).param("now", now)
                .param("id", id).update();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, PlanContent p) {
        return spec.param("current", p.currentGrade()).param("target", p.targetGrade())
                .param("index", p.differentiatingIndex()).param("problems", p.problems())
                .param("measures", p.measures()).param("completion", p.plannedCompletion())
                .param("remarks", p.remarks());
    }

    /** What a 附件2 row says about the plan; a newer row replaces all of it. */
    record PlanContent(String currentGrade, String targetGrade, String differentiatingIndex, String problems,
                       String measures, LocalDate plannedCompletion, String remarks) {
    }

    /** A plan as stored; {@code retiredOn} null while active. */
    record StoredPlan(long id, PlanContent content, Stamp stamp, LocalDate retiredOn) {
    }
}
