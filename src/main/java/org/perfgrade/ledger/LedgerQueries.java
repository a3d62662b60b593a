package org.perfgrade.ledger;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.perfgrade.ledger.asof.StandingRule;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * 台账查询: the read side of the ledger for the stages below it and for tests — lines, plans, the grade history and
 * the grade a line held on a given day, and the number of active lines per county.
 */
@Repository
public class LedgerQueries {

    private static final String LINE_SELECT = "SELECT l.id, l.enterprise_id, e.credit_code, e.name AS enterprise_name, "
            + "e.county_code, i.name AS industry, b.name AS branch, l.grade, l.so2_tpa, l.nox_tpa, l.pm_tpa, "
            + "l.vocs_tpa, l.main_products, l.capacity, l.production_lines, l.last_submission_id, l.last_row_no, "
            + "l.retired_on, l.retired_by_submission_id FROM ledger_line l "
            + "JOIN enterprise e ON e.id = l.enterprise_id JOIN industry i ON i.id = l.industry_id "
            + "LEFT JOIN industry_branch b ON b.id = l.branch_id ";

    private final JdbcClient jdbc;

    public LedgerQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The line of an enterprise (by credit code) in an industry and branch (null or blank: without branch). */
    public Optional<LedgerLineView> line(String creditCode, String industry, String branch) {
        String branchName = FactText.clean(branch);
        String sql = LINE_SELECT + "WHERE e.credit_code = :code AND i.name = :industry AND "
                + (branchName == null ? "l.branch_id IS NULL" : "b.name = :branch");
        JdbcClient.StatementSpec spec = jdbc.sql(sql).param("code", FactText.creditCode(creditCode))
                .param("industry", FactText.clean(industry));
        if (branchName != null) {
            spec = spec.param("branch", branchName);
        }
        return spec.query(LedgerQueries::mapLine).optional();
    }

    /** Every line of an enterprise (active and retired), in catalogue order. */
    public List<LedgerLineView> lines(String creditCode) {
        return jdbc.sql(LINE_SELECT + "WHERE e.credit_code = :code ORDER BY i.display_order, l.branch_key")
                .param("code", FactText.creditCode(creditCode)).query(LedgerQueries::mapLine).list();
    }

    /** The grade history of a line, oldest first. */
    public List<GradeEventView> history(long ledgerLineId) {
        return jdbc.sql("SELECT id, ledger_line_id, effective_on, old_grade, new_grade, reason, source, note "
                + "FROM grade_event WHERE ledger_line_id = :line ORDER BY effective_on, id")
                .param("line", ledgerLineId)
                .query((rs, n) -> new GradeEventView(rs.getLong("id"), rs.getLong("ledger_line_id"),
                        rs.getObject("effective_on", LocalDate.class), rs.getString("old_grade"),
                        rs.getString("new_grade"), rs.getString("reason"), rs.getString("source"),
                        rs.getString("note")))
                .list();
    }

    /**
     * The grade the line held on a day by what is known now: the new grade of its newest event effective on or
     * before that day (the later recorded one on a tie), also an event received later ({@link
     * StandingRule#gradeEffectiveOn}: what a correction replaces, what the line's history shows); null (未评级) when
     * no event had taken effect yet. The figures of a day ({@code asof}) count only what was received by then.
     */
    public String gradeAsOf(long ledgerLineId, LocalDate date) {
        return jdbc.sql("SELECT " + StandingRule.gradeEffectiveOn(":line", "day") + " FROM grade_event "
                + "WHERE ledger_line_id = :line LIMIT 1")
                .param("line", ledgerLineId).param("day", date)
                .query((rs, n) -> Optional.ofNullable(rs.getString(1))).optional()
                .flatMap(grade -> grade).orElse(null);
    }

    /** The line's improvement plan (附件2), active or retired. */
    public Optional<ImprovementPlanView> plan(long ledgerLineId) {
        return jdbc.sql("SELECT id, ledger_line_id, current_grade, target_grade, differentiating_index, problems, "
                + "measures, planned_completion, remarks, last_submission_id, last_row_no, retired_on "
                + "FROM improvement_plan WHERE ledger_line_id = :line").param("line", ledgerLineId)
                .query((rs, n) -> new ImprovementPlanView(rs.getLong("id"), rs.getLong("ledger_line_id"),
                        rs.getString("current_grade"), rs.getString("target_grade"),
                        rs.getString("differentiating_index"), rs.getString("problems"), rs.getString("measures"),
                        rs.getObject("planned_completion", LocalDate.class), rs.getString("remarks"),
                        rs.getObject("last_submission_id", Long.class), rs.getObject("last_row_no", Integer.class),
                        rs.getObject("retired_on", LocalDate.class)))
                .optional();
    }

    /** Active ledger lines per county code, every county in 附件1 order (0 when none). */
    public Map<String, Long> activeLinesByCounty() {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql("SELECT c.code, COUNT(l.id) FROM county c LEFT JOIN enterprise e ON e.county_code = c.code "
                + "LEFT JOIN ledger_line l ON l.enterprise_id = e.id AND l.retired_on IS NULL "
                + "GROUP BY c.code, c.display_order ORDER BY c.display_order")
                .query((ResultSet rs) -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                });
        return counts;
    }

    /** Active ledger lines of one county. */
    public long activeLines(String countyCode) {
        return jdbc.sql("SELECT COUNT(*) FROM ledger_line l JOIN enterprise e ON e.id = l.enterprise_id "
                + "WHERE e.county_code = :county AND l.retired_on IS NULL")
                .param("county", countyCode).query(Long.class).single();
    }

    /**
     * The active lines still 分支待补充 (industry with active branches, line without one), by county, industry and
     * enterprise — optionally of one county (null: every county).
     */
    public List<BranchPendingLine> branchPending(String countyCode) {
        JdbcClient.StatementSpec spec = jdbc.sql("SELECT l.id, c.code, c.name AS county, e.name, e.credit_code, "
                + "i.name AS industry FROM ledger_line l JOIN enterprise e ON e.id = l.enterprise_id "
                + "JOIN county c ON c.code = e.county_code JOIN industry i ON i.id = l.industry_id "
                + "WHERE l.branch_key = 0 AND l.retired_on IS NULL " + (countyCode == null ? "" : "AND c.code = :county ")
                + "AND EXISTS (SELECT 1 FROM industry_branch b WHERE b.industry_id = l.industry_id AND b.active = TRUE) "
                + "ORDER BY c.display_order, i.display_order, e.name, l.id");
        if (countyCode != null) {
            spec = spec.param("county", countyCode);
        }
        return spec.query((rs, n) -> new BranchPendingLine(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6)))
                .list();
    }

    private static LedgerLineView mapLine(ResultSet rs, int row) throws SQLException {
        return new LedgerLineView(rs.getLong("id"), rs.getLong("enterprise_id"), rs.getString("credit_code"),
                rs.getString("enterprise_name"), rs.getString("county_code"), rs.getString("industry"),
                rs.getString("branch"), rs.getString("grade"), rs.getBigDecimal("so2_tpa"),
                rs.getBigDecimal("nox_tpa"), rs.getBigDecimal("pm_tpa"), rs.getBigDecimal("vocs_tpa"),
                rs.getString("main_products"), rs.getString("capacity"), rs.getString("production_lines"),
                rs.getObject("last_submission_id", Long.class), rs.getObject("last_row_no", Integer.class),
                rs.getObject("retired_on", LocalDate.class), rs.getObject("retired_by_submission_id", Long.class));
    }
}
