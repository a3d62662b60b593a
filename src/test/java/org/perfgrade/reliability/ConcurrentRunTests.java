package org.perfgrade.reliability;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfgrade.DatabaseTest;
import org.perfgrade.LedgerTables;
import org.perfgrade.document.DocumentArchive;
import org.perfgrade.document.ManifestEntry;
import org.perfgrade.nightly.NightlyOutcome;
import org.perfgrade.nightly.NightlyRunException;
import org.perfgrade.nightly.NightlyRunner;
import org.perfgrade.reference.ReferenceData;
import org.perfgrade.report.BriefingReport;
import org.perfgrade.sample.SampleSubmissions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs that must not overlap, started at the same instant through {@link ConcurrentRuns}: the job repository lets
 * one through; the other is refused with a clear message (or, had it come later, would be the next revision), and
 * nothing is imported twice or left half-written.
 */
@DatabaseTest
class ConcurrentRunTests {

    private static final LocalDate DAY = LocalDate.of(2021, 9, 6);

    @Autowired
    NightlyRunner nightly;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReferenceData reference;

    @Autowired
    DocumentArchive archive;

    @TempDir
    Path inbox;

    @BeforeEach
    void clear() {
        LedgerTables.clear(jdbc);
        jdbc.sql("DELETE FROM snapshot_line").update();
        jdbc.sql("DELETE FROM snapshot").update();
    }

    @Test
    void twoNightlyRunsOfOneDateStartedTogetherRunOnceAndTheOtherIsRefusedClearly() throws IOException {
        // given the inbox of every county
        List<Path> files = SampleSubmissions.withScale(reference, 5, 60).writeInbox(inbox, DAY);
        // when two nightly runs of the date start at the same instant
        List<ConcurrentRuns.Outcome<NightlyOutcome>> outcomes = ConcurrentRuns.together(
                () -> nightly.run(DAY, inbox, false), () -> nightly.run(DAY, inbox, false));
        // then: one ran; the other was refused saying the date is running, or (had it started after the first
        // ended) ran as the next revision finding every file a duplicate
        assertThat(outcomes).filteredOn(ConcurrentRuns.Outcome::succeeded).isNotEmpty();
        for (ConcurrentRuns.Outcome<NightlyOutcome> outcome : outcomes) {
            if (!outcome.succeeded()) {
                assertThat(outcome.failure()).isInstanceOf(NightlyRunException.class)
                        .hasMessageContaining(DAY.toString()).hasMessageContaining("正在运行")
                        .hasMessageContaining("不能同时运行");
            }
        }
        assertThat(outcomes).filteredOn(o -> o.succeeded() && o.value().revision() == 1).hasSize(1);
        // nothing twice, nothing half-done
        assertThat(count("SELECT COUNT(*) FROM submission")).isEqualTo(files.size());
        assertThat(count("SELECT COUNT(*) FROM submission WHERE status IN ('RECEIVED', 'FAILED')")).isZero();
        assertThat(count("SELECT COUNT(*) FROM snapshot WHERE as_of = '2021-09-06'")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM (SELECT enterprise_id, industry_id, branch_key FROM ledger_line "
                + "GROUP BY enterprise_id, industry_id, branch_key HAVING COUNT(*) > 1) d")).isZero();
        assertThat(count("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION WHERE STATUS IN ('STARTED', 'STARTING')"))
                .isZero();
        assertThat(archive.manifestEntries()).extracting(ManifestEntry::kind).contains(BriefingReport.KIND);
        assertThat(archive.outDir().resolve(BriefingReport.path(DAY))).isRegularFile();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
