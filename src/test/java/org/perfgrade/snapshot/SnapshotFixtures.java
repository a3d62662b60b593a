package org.perfgrade.snapshot;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.perfgrade.LedgerTables;
import org.perfgrade.ledger.facts.ApplicationFacts;
import org.perfgrade.ledger.facts.EnterpriseFacts;
import org.perfgrade.ledger.facts.ImprovementPlanFacts;
import org.perfgrade.ledger.LedgerImport;
import org.perfgrade.ledger.facts.LedgerLineFacts;
import org.perfgrade.ledger.facts.RowFacts;
import org.perfgrade.ledger.facts.RowOutcome;
import org.perfgrade.ledger.SubmissionContext;
import org.perfgrade.reference.CreditCode;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Builds the small data sets of the snapshot tests through {@link LedgerImport}, as the importer does: each file is a
 * {@code submission} row of its county and kind, imported on its business day (the clock is set to that day).
 */
final class SnapshotFixtures {

    static final String TONGXU = "410222";
    static final String QIXIAN = "410221";
    static final String LANKAO = "410225";

    private static final AtomicInteger SERIAL = new AtomicInteger(ThreadLocalRandom.current().nextInt(100_000, 800_000));

    private final JdbcClient jdbc;
    private final LedgerImport ledger;
    private final SnapshotClock clock;

    SnapshotFixtures(JdbcClient jdbc, LedgerImport ledger, SnapshotClock clock) {
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.clock = clock;
    }

    /** Empties the ledger, the submissions and the snapshots. */
    void clear() {
        jdbc.sql("DELETE FROM snapshot_line").update();
        jdbc.sql("DELETE FROM snapshot").update();
        LedgerTables.clear(jdbc);
    }

    /** An enterprise of the data set: a fresh credit code and the name given. */
    static Firm firm(String name, String county) {
        return new Firm(CreditCode.withCheckCharacter("91410221MA5" + SERIAL.incrementAndGet()), name, county);
    }

    /** A 清单台账 row of the firm. */
    static LedgerLineFacts line(Firm firm, String industry, String branch, String grade) {
        return new LedgerLineFacts(firm.facts(), industry, branch, grade, BigDecimal.ONE, null, null, null, null, null,
                null);
    }

    /** Imports a county's 清单台账 on the day; returns its context (to retire what it did not list). */
    SubmissionContext ledger(String county, LocalDate day, LedgerLineFacts... lines) {
        SubmissionContext ctx = submission(county, "LEDGER", day);
        assertStored(ledger.applyLedgerRows(ctx, rows(List.of(lines))));
        return ctx;
    }

    /** Imports an application (申报) for a line of the firm on the day. */
    void application(Firm firm, LocalDate day, String industry, String branch, String appliedGrade) {
        SubmissionContext ctx = submission(firm.county(), "APPLICATION", day);
        assertStored(ledger.applyApplicationRows(ctx, rows(List.of(new ApplicationFacts(firm.facts(), industry, branch,
                appliedGrade, null, null, null, null, null, null, null, null)))));
    }

    /** Imports a 附件2 plan (提升企业清单) for a line of the firm on the day. */
    void plan(Firm firm, LocalDate day, String industry, String branch, String current, String target) {
        SubmissionContext ctx = submission(firm.county(), "IMPROVEMENT", day);
        assertStored(ledger.applyImprovementRows(ctx, rows(List.of(new ImprovementPlanFacts(firm.facts(), industry,
                branch, current, target, null, null, null, null, null)))));
    }

    /** 工作计划及动员部署情况 of every county but those named, received on the day. */
    void workPlans(LocalDate day, String... except) {
        for (String county : jdbc.sql("SELECT code FROM county ORDER BY code").query(String.class).list()) {
            if (!List.of(except).contains(county)) {
                submission(county, "WORK_PLAN", day);
            }
        }
    }

    /** A submission row of the county and kind, received at noon of the day and imported. */
    SubmissionContext submission(String county, String kind, LocalDate day) {
        clock.setDay(day);
        String sha = HexFormat.of().formatHex(UUID.randomUUID().toString().getBytes()).substring(0, 64);
        jdbc.sql("INSERT INTO submission (sha256, file_name, size_bytes, county_code, kind, source, received_at, status) "
                + "VALUES (:sha, :file, 1024, :county, :kind, 'test', :at, 'IMPORTED')")
                .param("sha", sha).param("file", county + kind + ".xlsx").param("county", county).param("kind", kind)
                .param("at", day.atTime(LocalTime.NOON)).update();
        long id = jdbc.sql("SELECT id FROM submission WHERE sha256 = :sha").param("sha", sha).query(Long.class).single();
        return new SubmissionContext(id, county, day, county + kind + ".xlsx (sha256 " + sha.substring(0, 12) + ")");
    }

    private static <T> List<RowFacts<T>> rows(List<T> facts) {
        int row = 4;
        List<RowFacts<T>> rows = new ArrayList<>();
        for (T f : facts) {
            rows.add(new RowFacts<>(row++, f));
        }
        return rows;
    }

    private static void assertStored(List<RowOutcome> outcomes) {
        assertThat(outcomes).allSatisfy(o -> assertThat(o.stored()).as(o.toString()).isTrue());
    }

    /** An enterprise of the data set. */
    record Firm(String creditCode, String name, String county) {

        EnterpriseFacts facts() {
            return EnterpriseFacts.identity(creditCode, name, county);
        }
    }
}
