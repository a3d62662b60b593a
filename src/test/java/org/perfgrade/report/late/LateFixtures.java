package org.perfgrade.report.late;

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
import org.perfgrade.ledger.LedgerImport;
import org.perfgrade.ledger.SubmissionContext;
import org.perfgrade.ledger.facts.ApplicationFacts;
import org.perfgrade.ledger.facts.EnterpriseFacts;
import org.perfgrade.ledger.facts.ImprovementPlanFacts;
import org.perfgrade.ledger.facts.LedgerLineFacts;
import org.perfgrade.ledger.facts.RowFacts;
import org.perfgrade.ledger.facts.RowOutcome;
import org.perfgrade.reference.CreditCode;
import org.perfgrade.snapshot.SnapshotClock;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Made-up ledgers for the late overview, imported through {@link LedgerImport} as the importer does: each file a
 * {@code submission} row of its county and kind received on its business day (the clock set to that day).
 */
final class LateFixtures {

    private static final AtomicInteger SERIAL = new AtomicInteger(ThreadLocalRandom.current().nextInt(100_000, 800_000));

    private final JdbcClient jdbc;
    private final LedgerImport ledger;
    private final SnapshotClock clock;

    LateFixtures(JdbcClient jdbc, LedgerImport ledger, SnapshotClock clock) {
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.clock = clock;
    }

    void clear() {
        jdbc.sql("DELETE FROM snapshot_line").update();
        jdbc.sql("DELETE FROM snapshot").update();
        LedgerTables.clear(jdbc);
    }

    static Firm firm(String name, String county) {
        return new Firm(CreditCode.withCheckCharacter("91410221MA5" + SERIAL.incrementAndGet()), name, county);
    }

    /** A county's 清单台账 with one C-grade line of each firm in the industry, received on the day. */
    void ledger(String county, LocalDate day, String industry, Firm... firms) {
        List<LedgerLineFacts> lines = new ArrayList<>();
        for (Firm f : firms) {
            lines.add(new LedgerLineFacts(f.facts(), industry, null, "C", BigDecimal.ONE, null, null, null, null,
                    null, null));
        }
        stored(ledger.applyLedgerRows(submission(county, "LEDGER", day), rows(lines)));
    }

    /** A 附件2 file of the firm's county received on the day: its plan from C to the target by {@code planned}. */
    void plan(Firm firm, LocalDate day, String industry, String target, LocalDate planned) {
        stored(ledger.applyImprovementRows(submission(firm.county(), "IMPROVEMENT", day), rows(List.of(
                new ImprovementPlanFacts(firm.facts(), industry, null, "C", target, null, null, null, planned,
                        null)))));
    }

    /** An application file of the firm's county received on the day. */
    void application(Firm firm, LocalDate day, String industry, String grade) {
        stored(ledger.applyApplicationRows(submission(firm.county(), "APPLICATION", day), rows(List.of(
                new ApplicationFacts(firm.facts(), industry, null, grade, null, null, null, null, null, null, null,
                        null)))));
    }

    /** A file of the county and kind that brought nothing the test needs (e.g. the expert list), received on the day. */
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

    private static void stored(List<RowOutcome> outcomes) {
        assertThat(outcomes).allSatisfy(o -> assertThat(o.stored()).as(o.toString()).isTrue());
    }

    record Firm(String creditCode, String name, String county) {

        EnterpriseFacts facts() {
            return EnterpriseFacts.identity(creditCode, name, county);
        }
    }
}
