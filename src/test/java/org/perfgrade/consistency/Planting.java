package org.perfgrade.consistency;

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
import org.perfgrade.ledger.facts.LedgerLineFacts;
import org.perfgrade.ledger.facts.RowFacts;
import org.perfgrade.ledger.facts.RowOutcome;
import org.perfgrade.reference.CreditCode;
import org.perfgrade.snapshot.SnapshotClock;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Plants a data set of the suite through {@link LedgerImport}, as the importer stores a county's files: empties the
 * ledger and the snapshots, then imports each county's 清单台账 and applications (申报) on their business day.
 */
final class Planting {

    private static final AtomicInteger SERIAL = new AtomicInteger(ThreadLocalRandom.current().nextInt(100_000, 800_000));

    private final JdbcClient jdbc;
    private final LedgerImport ledger;
    private final SnapshotClock clock;

    Planting(JdbcClient jdbc, LedgerImport ledger, SnapshotClock clock) {
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.clock = clock;
    }

    /** Empties the ledger, the submissions and the snapshots: a city where no county has filed anything. */
    void clear() {
        jdbc.sql("DELETE FROM snapshot_line").update();
        jdbc.sql("DELETE FROM snapshot").update();
        LedgerTables.clear(jdbc);
    }

    /** One enterprise with one line: industry (branch) and grade; {@code applies} an A/B grade it applied for. */
    record Firm(String name, String industry, String branch, String grade, String applies) {
    }

    static Firm firm(String name, String industry, String branch, String grade) {
        return new Firm(name, industry, branch, grade, null);
    }

    /** A firm of 铸造（黑色金属铸造）, a national key industry. */
    static Firm casting(String name, String grade) {
        return firm(name, "铸造", "黑色金属铸造", grade);
    }

    /** A firm of 机械加工, a provincial key industry. */
    static Firm machining(String name, String grade) {
        return firm(name, "机械加工", null, grade);
    }

    /** A 机械加工 firm graded C that applied for B this year (counts as 申报, not as 通过). */
    static Firm machiningApplyingForB(String name) {
        return new Firm(name, "机械加工", null, "C", "B");
    }

    /** Imports the county's 清单台账 (and the applications of its firms) on the day. */
    void county(String countyCode, LocalDate day, List<Firm> firms) {
        List<LedgerLineFacts> lines = new ArrayList<>();
        List<ApplicationFacts> applications = new ArrayList<>();
        for (Firm firm : firms) {
            EnterpriseFacts identity = EnterpriseFacts.identity(
                    CreditCode.withCheckCharacter("91410221MA5" + SERIAL.incrementAndGet()), firm.name(), countyCode);
            lines.add(new LedgerLineFacts(identity, firm.industry(), firm.branch(), firm.grade(), BigDecimal.ONE, null,
                    null, null, null, null, null));
            if (firm.applies() != null) {
                applications.add(new ApplicationFacts(identity, firm.industry(), firm.branch(), firm.applies(), null,
                        null, null, null, null, null, null, null));
            }
        }
        assertStored(ledger.applyLedgerRows(submission(countyCode, "LEDGER", day), rows(lines)));
        if (!applications.isEmpty()) {
            assertStored(ledger.applyApplicationRows(submission(countyCode, "APPLICATION", day), rows(applications)));
        }
    }

    /** A county's file of the kind (EXPERT: 专家名单, IMPROVEMENT: 附件2) received and imported on the day. */
    void received(String countyCode, String kind, LocalDate day) {
        submission(countyCode, kind, day);
    }

    private SubmissionContext submission(String county, String kind, LocalDate day) {
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
}
