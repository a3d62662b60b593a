package org.perfgrade.ledger.asof;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes enterprises, lines, grade events, plans and applications straight into the ledger's tables, with the dates
 * a test of "as of a day" needs (recorded, effective, retired), in a county of the sample configuration.
 */
final class AsOfFixtures {

    static final String COUNTY = "410225";

    private static final AtomicInteger SERIAL = new AtomicInteger((int) (System.nanoTime() % 1_000_000));

    private final JdbcClient jdbc;
    private final long industryId;
    private final String industry;
    private Long submissionId;

    AsOfFixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.industryId = jdbc.sql("SELECT id FROM industry WHERE active = TRUE ORDER BY id LIMIT 1")
                .query(Long.class).single();
        this.industry = jdbc.sql("SELECT name FROM industry WHERE id = :id").param("id", industryId)
                .query(String.class).single();
    }

    String industry() {
        return industry;
    }

    /** A new enterprise of the county; returns its id. */
    long enterprise(String stem) {
        String code = "91410225AS" + String.format("%08d", SERIAL.incrementAndGet());
        jdbc.sql("INSERT INTO enterprise (credit_code, name, county_code, created_at, updated_at) "
                + "VALUES (:code, :name, :county, :at, :at)")
                .param("code", code).param("name", stem + SERIAL.get()).param("county", COUNTY)
                .param("at", LocalDateTime.of(2021, 1, 4, 9, 0)).update();
        return jdbc.sql("SELECT id FROM enterprise WHERE credit_code = :code").param("code", code)
                .query(Long.class).single();
    }

    /** A line of a new enterprise recorded at {@code recorded}, retired on {@code retiredOn} (null: standing). */
    long line(LocalDateTime recorded, LocalDate retiredOn) {
        return line(recorded.toLocalDate(), recorded, retiredOn);
    }

    /**
     * A line of a new enterprise listed by a file received on {@code listedOn} and imported at {@code importedAt}
     * (wall clock), retired on {@code retiredOn} (null: standing).
     */
    long line(LocalDate listedOn, LocalDateTime importedAt, LocalDate retiredOn) {
        LocalDateTime recorded = importedAt;
        long enterprise = enterprise("兰考县时点测试有限公司");
        jdbc.sql("INSERT INTO ledger_line (enterprise_id, industry_id, branch_key, listed_on, created_at, updated_at, "
                + "retired_on) VALUES (:enterprise, :industry, 0, :listed, :at, :at, :retired)")
                .param("enterprise", enterprise).param("industry", industryId).param("at", recorded)
                .param("listed", listedOn)
                .param("retired", retiredOn).update();
        return jdbc.sql("SELECT id FROM ledger_line WHERE enterprise_id = :enterprise").param("enterprise", enterprise)
                .query(Long.class).single();
    }

    /** A grade event of the line taking effect on the day, recorded on it. */
    void event(long line, LocalDate effectiveOn, String grade) {
        event(line, effectiveOn, effectiveOn, grade);
    }

    /** A grade event of the line taking effect on a day, brought by a file received on {@code recordedOn}. */
    void event(long line, LocalDate effectiveOn, LocalDate recordedOn, String grade) {
        jdbc.sql("INSERT INTO grade_event (ledger_line_id, effective_on, recorded_at, recorded_on, new_grade, reason, "
                + "source) VALUES (:line, :on, :at, :recorded, :grade, 'CORRECTION', 'test')")
                .param("line", line).param("on", effectiveOn).param("at", LocalDateTime.of(2026, 12, 8, 9, 0))
                .param("recorded", recordedOn)
                .param("grade", grade).update();
    }

    /** The line's latest gap: retired on {@code from}, listed again by a file received on {@code relistedOn}. */
    void relisted(long line, LocalDate from, LocalDate relistedOn) {
        jdbc.sql("UPDATE ledger_line SET unlisted_from = :from, relisted_on = :relisted, retired_on = NULL "
                + "WHERE id = :id").param("from", from).param("relisted", relistedOn).param("id", line).update();
    }

    /** An improvement plan (附件2) on the line, retired on {@code retiredOn} (null: standing). */
    long plan(long line, String target, LocalDate retiredOn) {
        return plan(line, target, LocalDate.of(2021, 1, 4), retiredOn);
    }

    /** An improvement plan (附件2) on the line first reported by a file received on {@code recordedOn}. */
    long plan(long line, String target, LocalDate recordedOn, LocalDate retiredOn) {
        jdbc.sql("INSERT INTO improvement_plan (ledger_line_id, current_grade, target_grade, recorded_on, created_at, "
                + "updated_at, retired_on) VALUES (:line, 'C', :target, :recorded, :at, :at, :retired)")
                .param("line", line).param("target", target).param("recorded", recordedOn)
                .param("at", LocalDateTime.of(2026, 12, 8, 9, 0)).param("retired", retiredOn).update();
        return jdbc.sql("SELECT id FROM improvement_plan WHERE ledger_line_id = :line").param("line", line)
                .query(Long.class).single();
    }

    /** An application for the grade on the line, created at the start of the year, retired on {@code retiredOn}. */
    void application(long line, String applied, LocalDate retiredOn) {
        application(line, applied, LocalDate.of(2021, 1, 4), retiredOn);
    }

    /** An application first reported by a file received on {@code recordedOn} (imported in 2026). */
    void application(long line, String applied, LocalDate recordedOn, LocalDate retiredOn) {
        long submission = submission();
        jdbc.sql("INSERT INTO grade_application (ledger_line_id, applied_grade, submission_id, last_submission_id, "
                + "last_row_no, recorded_on, created_at, updated_at, retired_on) VALUES (:line, :applied, :submission, "
                + ":submission, 4, :recorded, :at, :at, :retired)")
                .param("line", line).param("applied", applied).param("submission", submission)
                .param("recorded", recordedOn).param("at", LocalDateTime.of(2026, 12, 8, 9, 0)).param("retired", retiredOn).update();
    }

    private long submission() {
        if (submissionId == null) {
            String sha = (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "").substring(0, 64);
            jdbc.sql("INSERT INTO submission (sha256, file_name, size_bytes, county_code, kind, source, received_at, "
                    + "status) VALUES (:sha, 'asof.xlsx', 1, :county, 'APPLICATION', 'test', :at, 'IMPORTED')")
                    .param("sha", sha).param("county", COUNTY).param("at", LocalDateTime.of(2021, 1, 4, 9, 0))
                    .update();
            submissionId = jdbc.sql("SELECT id FROM submission WHERE sha256 = :sha").param("sha", sha)
                    .query(Long.class).single();
        }
        return submissionId;
    }
}
