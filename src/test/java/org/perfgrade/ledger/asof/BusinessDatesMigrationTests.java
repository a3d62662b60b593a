package org.perfgrade.ledger.asof;

import java.time.LocalDate;
import java.time.LocalDateTime;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.perfgrade.RunsOnEachDatabase;
import org.perfgrade.TestDatabase;
import org.perfgrade.batch.RunDateJobKeys;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * V23, 业务日期: rows written before it get business dates that give the same figures the rule before V23 gave (a
 * line counted from whichever came first of its import day, its file's business date and its first grade event; an
 * event from its effective date), and submissions without a business date get their receipt day.
 */
@RunsOnEachDatabase
class BusinessDatesMigrationTests {

    private static final LocalDateTime IMPORTED_2026 = LocalDateTime.of(2026, 12, 8, 1, 30);

    private TestDatabase database;
    private JdbcClient jdbc;
    private DataSource dataSource;

    @BeforeEach
    void schemaBeforeV23() {
        database = TestDatabase.create();
        dataSource = new DriverManagerDataSource(database.url(), database.user(), database.password());
        jdbc = JdbcClient.create(dataSource);
        migrate("22");
        jdbc.sql("INSERT INTO county (code, name, display_order) VALUES ('410225', '兰考县', 10)").update();
        jdbc.sql("INSERT INTO industry (name, industry_level, review_category, grade_scheme, display_order) "
                + "VALUES ('铸造', 'NATIONAL', 'METAL', 'A,B,C,D', 1)").update();
    }

    @AfterEach
    void drop() {
        database.close();
    }

    @Test
    void oldRowsGetTheBusinessDatesTheirFiguresHadBefore() {
        // given, before V23: a ledger file imported in 2026 for 6/10, and one without a business date received on 5/3
        long dated = submission("LEDGER", IMPORTED_2026, LocalDate.of(2021, 6, 10));
        long undated = submission("APPLICATION", LocalDateTime.of(2021, 5, 3, 9, 0), null);
        // a line of the dated file, one imported on 6/5 by no known file, one imported in 2026 graded from 6/1
        long ofFile = line("兰考县甲铸造有限公司", IMPORTED_2026, dated);
        long importedJune = line("兰考县乙铸造有限公司", LocalDateTime.of(2021, 6, 5, 10, 0), null);
        long gradedEarlier = line("兰考县丙铸造有限公司", IMPORTED_2026, null);
        jdbc.sql("INSERT INTO grade_event (ledger_line_id, effective_on, recorded_at, new_grade, reason, source) "
                + "VALUES (:line, '2021-06-01', :at, 'C', 'REVIEW', 'test')")
                .param("line", gradedEarlier).param("at", IMPORTED_2026).update();
        // an application of the dated file, and one of the undated file with an expert opinion of 4/30
        application(ofFile, dated, null);
        application(importedJune, undated, LocalDate.of(2021, 4, 30));
        // a 附件2 plan of the dated file on the line graded earlier, and one of no known file on the June line
        plan(gradedEarlier, dated);
        plan(importedJune, null);

        // when
        migrate("23");

        // then
        assertThat(date("SELECT received_on FROM submission WHERE id = :id", undated))
                .isEqualTo(LocalDate.of(2021, 5, 3));
        assertThat(date("SELECT received_on FROM submission WHERE id = :id", dated))
                .isEqualTo(LocalDate.of(2021, 6, 10));
        assertThat(date("SELECT listed_on FROM ledger_line WHERE id = :id", ofFile)).isEqualTo(LocalDate.of(2021, 6, 10));
        assertThat(date("SELECT listed_on FROM ledger_line WHERE id = :id", importedJune))
                .isEqualTo(LocalDate.of(2021, 6, 5));
        assertThat(date("SELECT listed_on FROM ledger_line WHERE id = :id", gradedEarlier))
                .isEqualTo(LocalDate.of(2021, 6, 1));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ledger_line WHERE relisted_on IS NOT NULL OR unlisted_from IS NOT NULL")
                .query(Long.class).single()).isZero();
        assertThat(date("SELECT recorded_on FROM grade_event WHERE ledger_line_id = :id", gradedEarlier))
                .isEqualTo(LocalDate.of(2021, 6, 1));
        assertThat(date("SELECT recorded_on FROM grade_application WHERE ledger_line_id = :id", ofFile))
                .isEqualTo(LocalDate.of(2021, 6, 10));
        assertThat(date("SELECT recorded_on FROM grade_application WHERE ledger_line_id = :id", importedJune))
                .isEqualTo(LocalDate.of(2021, 4, 30));
        assertThat(date("SELECT recorded_on FROM improvement_plan WHERE ledger_line_id = :id", gradedEarlier))
                .isEqualTo(LocalDate.of(2021, 6, 10));
        assertThat(date("SELECT recorded_on FROM improvement_plan WHERE ledger_line_id = :id", importedJune))
                .isEqualTo(LocalDate.of(2026, 12, 8));
        // and the new columns refuse a row without its date
        assertThat(catchThrowable(() -> line("兰考县丁铸造有限公司", IMPORTED_2026, null))).isNotNull();
        assertThat(catchThrowable(() -> jdbc.sql("INSERT INTO grade_event "
                + "(ledger_line_id, effective_on, recorded_at, new_grade, reason, source) VALUES (:line, '2021-07-01', "
                + ":at, 'B', 'REVIEW', 'test')").param("line", ofFile).param("at", IMPORTED_2026).update()))
                .isNotNull();
    }

    private long submission(String kind, LocalDateTime receivedAt, LocalDate receivedOn) {
        String sha = (java.util.UUID.randomUUID().toString() + java.util.UUID.randomUUID()).replace("-", "")
                .substring(0, 64);
        jdbc.sql("INSERT INTO submission (sha256, file_name, size_bytes, county_code, kind, source, received_at, "
                + "received_on, status) VALUES (:sha, 'old.xlsx', 1, '410225', :kind, 'test', :at, :on, 'IMPORTED')")
                .param("sha", sha).param("kind", kind).param("at", receivedAt).param("on", receivedOn).update();
        return jdbc.sql("SELECT id FROM submission WHERE sha256 = :sha").param("sha", sha).query(Long.class).single();
    }

    /** A line of a new enterprise, written as before V23 (no listed_on). */
    private long line(String name, LocalDateTime createdAt, Long submission) {
        jdbc.sql("INSERT INTO enterprise (name, county_code, created_at, updated_at) VALUES (:name, '410225', :at, :at)")
                .param("name", name).param("at", createdAt).update();
        long enterprise = jdbc.sql("SELECT id FROM enterprise WHERE name = :name").param("name", name)
                .query(Long.class).single();
        jdbc.sql("INSERT INTO ledger_line (enterprise_id, industry_id, branch_key, last_submission_id, last_row_no, "
                + "created_at, updated_at) VALUES (:e, (SELECT id FROM industry WHERE name = '铸造'), 0, :s, :row, :at, "
                + ":at)").param("e", enterprise).param("s", submission).param("row", submission == null ? null : 4)
                .param("at", createdAt).update();
        return jdbc.sql("SELECT id FROM ledger_line WHERE enterprise_id = :e").param("e", enterprise)
                .query(Long.class).single();
    }

    private void application(long line, long submission, LocalDate opinionDate) {
        jdbc.sql("INSERT INTO grade_application (ledger_line_id, applied_grade, opinion_date, submission_id, "
                + "last_submission_id, last_row_no, created_at, updated_at) VALUES (:line, 'B', :opinion, :s, :s, 4, "
                + ":at, :at)").param("line", line).param("opinion", opinionDate).param("s", submission)
                .param("at", IMPORTED_2026).update();
    }

    private void plan(long line, Long submission) {
        jdbc.sql("INSERT INTO improvement_plan (ledger_line_id, current_grade, target_grade, submission_id, "
                + "created_at, updated_at) VALUES (:line, 'C', 'B', :s, :at, :at)").param("line", line)
                .param("s", submission).param("at", IMPORTED_2026).update();
    }

    private LocalDate date(String sql, long id) {
        return jdbc.sql(sql).param("id", id).query((rs, n) -> rs.getObject(1, LocalDate.class)).single();
    }

    private void migrate(String target) {
        Flyway.configure().dataSource(dataSource)
                .locations("classpath:sql", "classpath:sql-vendor/" + (TestDatabase.isMysql() ? "mysql" : "h2"))
                .javaMigrations(new RunDateJobKeys()).target(target).load().migrate();
    }
}
