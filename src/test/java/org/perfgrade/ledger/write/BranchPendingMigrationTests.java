package org.perfgrade.ledger.write;

import java.time.LocalDate;
import java.time.LocalDateTime;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.perfgrade.DatabaseTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.perfgrade.ledger.LedgerFixtures.LANKAO;
import static org.perfgrade.ledger.LedgerFixtures.creditCode;
import static org.perfgrade.ledger.LedgerFixtures.name;

/**
 * V18 merges a line 分支待补充 into the enterprise's one branched line of the same industry (plan, application,
 * history and violations moved, the line without branch retired), and leaves a pair it could not merge without loss.
 * The test builds the lines with SQL and runs the migration's script again over them.
 */
@DatabaseTest
class BranchPendingMigrationTests {

    private static final String SCRIPT = "sql/V18__branch_pending_lines_merged.sql";
    private static final LocalDateTime NOW = LocalDateTime.of(2021, 6, 10, 9, 0);

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Test
    void aLineWithoutBranchBesideOneBranchedLineIsMergedIntoItAndRetired() {
        // given an enterprise with a 铸造 line without branch (grade C, a plan, two events, a violation) and one
        // 黑色金属铸造 line (grade C, an application, one event)
        long submission = submission();
        long enterprise = enterprise();
        long pending = line(enterprise, null, "C");
        long branched = line(enterprise, branch("黑色金属铸造"), "C");
        event(pending, LocalDate.of(2021, 5, 1), "D");
        event(pending, LocalDate.of(2021, 5, 20), "C");
        event(branched, LocalDate.of(2021, 6, 1), "C");
        long plan = plan(pending, submission);
        long application = application(branched, submission);
        long violation = violation(enterprise, pending, submission);
        // when
        migrate();
        // then: everything is on the branched line, the line without branch retired and still there
        assertThat(lineOf("improvement_plan", plan)).isEqualTo(branched);
        assertThat(lineOf("grade_application", application)).isEqualTo(branched);
        assertThat(lineOf("violation", violation)).isEqualTo(branched);
        assertThat(jdbc.sql("SELECT new_grade FROM grade_event WHERE ledger_line_id = :line ORDER BY effective_on")
                .param("line", branched).query(String.class).list()).containsExactly("D", "C", "C");
        assertThat(count("SELECT COUNT(*) FROM grade_event WHERE ledger_line_id = :id", pending)).isZero();
        assertThat(retiredOn(pending)).isNotNull();
        assertThat(retiredOn(branched)).isNull();
        assertThat(count("SELECT COUNT(*) FROM ledger_line WHERE enterprise_id = :id", enterprise)).isEqualTo(2);
    }

    @Test
    void aPairThatCannotBeMergedWithoutLossIsLeftAsItIs() {
        // given three enterprises: both lines with a plan; grades that differ; two branched lines beside the pending one
        long submission = submission();
        long bothPlans = enterprise();
        long pendingA = line(bothPlans, null, "C");
        long branchedA = line(bothPlans, branch("黑色金属铸造"), "C");
        long planA = plan(pendingA, submission);
        plan(branchedA, submission);
        long otherGrade = enterprise();
        long pendingB = line(otherGrade, null, "C");
        line(otherGrade, branch("黑色金属铸造"), "B");
        long planB = plan(pendingB, submission);
        long twoBranches = enterprise();
        long pendingC = line(twoBranches, null, "C");
        line(twoBranches, branch("黑色金属铸造"), "C");
        line(twoBranches, branch("有色金属铸造"), "C");
        long planC = plan(pendingC, submission);
        // when
        migrate();
        // then nothing moved and every line without branch is still active
        assertThat(lineOf("improvement_plan", planA)).isEqualTo(pendingA);
        assertThat(lineOf("improvement_plan", planB)).isEqualTo(pendingB);
        assertThat(lineOf("improvement_plan", planC)).isEqualTo(pendingC);
        assertThat(retiredOn(pendingA)).isNull();
        assertThat(retiredOn(pendingB)).isNull();
        assertThat(retiredOn(pendingC)).isNull();
    }

    private void migrate() {
        new ResourceDatabasePopulator(new ClassPathResource(SCRIPT)).execute(dataSource);
    }

    private long submission() {
        String sha = java.util.UUID.randomUUID().toString().replace("-", "") + "00000000000000000000000000000000";
        jdbc.sql("INSERT INTO submission (sha256, file_name, size_bytes, county_code, kind, source, received_at, status) "
                + "VALUES (:sha, '兰考县附件2.xlsx', 1024, :county, 'IMPROVEMENT_LIST', 'test', :now, 'RECEIVED')")
                .param("sha", sha).param("county", LANKAO).param("now", NOW).update();
        return jdbc.sql("SELECT id FROM submission WHERE sha256 = :sha").param("sha", sha).query(Long.class).single();
    }

    private long enterprise() {
        String code = creditCode();
        jdbc.sql("INSERT INTO enterprise (credit_code, name, county_code, created_at, updated_at) "
                + "VALUES (:code, :name, :county, :now, :now)").param("code", code)
                .param("name", name("兰考县铸件有限公司")).param("county", LANKAO).param("now", NOW).update();
        return jdbc.sql("SELECT id FROM enterprise WHERE credit_code = :code").param("code", code)
                .query(Long.class).single();
    }

    private long branch(String name) {
        return jdbc.sql("SELECT b.id FROM industry_branch b JOIN industry i ON i.id = b.industry_id "
                + "WHERE i.name = '铸造' AND b.name = :name").param("name", name).query(Long.class).single();
    }

    private long line(long enterprise, Long branch, String grade) {
        long key = branch == null ? 0L : branch;
        jdbc.sql("INSERT INTO ledger_line (enterprise_id, industry_id, branch_id, branch_key, grade, listed_on, "
                + "created_at, updated_at) VALUES (:e, (SELECT id FROM industry WHERE name = '铸造'), :b, :key, :g, "
                + "'2021-06-10', :now, :now)")
                .param("e", enterprise).param("b", branch).param("key", key).param("g", grade).param("now", NOW)
                .update();
        return jdbc.sql("SELECT id FROM ledger_line WHERE enterprise_id = :e AND branch_key = :key")
                .param("e", enterprise).param("key", key).query(Long.class).single();
    }

    private void event(long line, LocalDate on, String grade) {
        jdbc.sql("INSERT INTO grade_event (ledger_line_id, effective_on, recorded_at, recorded_on, new_grade, reason, "
                + "source) VALUES (:line, :on, :now, :on, :grade, 'COUNTY_LEDGER', 'test')").param("line", line).param("on", on)
                .param("now", NOW).param("grade", grade).update();
    }

    private long plan(long line, long submission) {
        jdbc.sql("INSERT INTO improvement_plan (ledger_line_id, current_grade, target_grade, submission_id, "
                + "last_submission_id, last_row_no, recorded_on, created_at, updated_at) VALUES (:line, 'C', 'B', :s, :s, 5, "
                + "'2021-06-10', :now, :now)").param("line", line).param("s", submission).param("now", NOW).update();
        return jdbc.sql("SELECT id FROM improvement_plan WHERE ledger_line_id = :line").param("line", line)
                .query(Long.class).single();
    }

    private long application(long line, long submission) {
        jdbc.sql("INSERT INTO grade_application (ledger_line_id, applied_grade, submission_id, last_submission_id, "
                + "last_row_no, recorded_on, created_at, updated_at) VALUES (:line, 'B', :s, :s, 3, '2021-06-10', :now, "
                + ":now)")
                .param("line", line).param("s", submission).param("now", NOW).update();
        return jdbc.sql("SELECT id FROM grade_application WHERE ledger_line_id = :line").param("line", line)
                .query(Long.class).single();
    }

    private long violation(long enterprise, long line, long submission) {
        jdbc.sql("INSERT INTO violation (enterprise_id, industry_id, ledger_line_id, violation_type, found_on, "
                + "submission_id, last_submission_id, last_row_no, created_at, updated_at) VALUES (:e, "
                + "(SELECT id FROM industry WHERE name = '铸造'), :line, 'OTHER', :on, :s, :s, 7, :now, :now)")
                .param("e", enterprise).param("line", line).param("on", LocalDate.of(2021, 5, 3))
                .param("s", submission).param("now", NOW).update();
        return jdbc.sql("SELECT id FROM violation WHERE enterprise_id = :e").param("e", enterprise)
                .query(Long.class).single();
    }

    private long lineOf(String table, long id) {
        return jdbc.sql("SELECT ledger_line_id FROM " + table + " WHERE id = :id").param("id", id)
                .query(Long.class).single();
    }

    private LocalDate retiredOn(long line) {
        return jdbc.sql("SELECT retired_on FROM ledger_line WHERE id = :id").param("id", line)
                .query((rs, n) -> java.util.Optional.ofNullable(rs.getObject(1, LocalDate.class))).single()
                .orElse(null);
    }

    private long count(String sql, long id) {
        return jdbc.sql(sql).param("id", id).query(Long.class).single();
    }
}
