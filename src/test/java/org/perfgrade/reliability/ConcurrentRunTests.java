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
import org.perfgrade.document.AtomicFiles;
import org.perfgrade.document.DocumentArchive;
import org.perfgrade.document.ManifestEntry;
import org.perfgrade.filing.FilingFixtures;
import org.perfgrade.filing.FilingOutcome;
import org.perfgrade.filing.FilingRequest;
import org.perfgrade.filing.FilingRunner;
import org.perfgrade.ledger.LedgerImport;
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
 * Runs started at the same instant through {@link ConcurrentRuns}. Runs that must not overlap (two nightly runs of a
 * date, two packages of one request): the job repository lets one through; the other is refused with a clear message
 * (or, had it come later, would be the next revision), and nothing is imported twice or left half-written. Runs that
 * may overlap (the nightly run and an on-demand package) both complete, and the manifest keeps the documents of both.
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

    @Autowired
    FilingRunner filing;

    @Autowired
    LedgerImport ledger;

    @TempDir
    Path inbox;

    @TempDir
    Path materials;

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

    @Test
    void aNightlyRunAndAFilingPackageStartedTogetherBothCompleteAndTheManifestKeepsBoth() throws IOException {
        // given the filing data set with its scans, and the inbox of every county for the nightly run
        FilingFixtures data = new FilingFixtures(jdbc, ledger);
        data.load();
        data.materials(materials);
        List<Path> files = SampleSubmissions.withScale(reference, 5, 60).writeInbox(inbox, DAY);
        long submissions = count("SELECT COUNT(*) FROM submission");
        // when the nightly run and the package of every batch start at the same instant
        List<ConcurrentRuns.Outcome<Object>> outcomes = ConcurrentRuns.together(
                () -> nightly.run(DAY, inbox, false),
                () -> filing.run(new FilingRequest(FilingFixtures.AS_OF, null, true), materials));
        // then: different jobs, both complete
        assertThat(outcomes).allMatch(ConcurrentRuns.Outcome::succeeded);
        FilingOutcome pack = (FilingOutcome) outcomes.get(1).value();
        assertThat(pack.completed()).as(pack.message()).isTrue();
        assertThat(count("SELECT COUNT(*) FROM submission")).isEqualTo(submissions + files.size());
        assertThat(count("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION WHERE STATUS IN ('STARTED', 'STARTING')"))
                .isZero();
        // and the manifest lost neither: every entry's file has the recorded SHA-256
        List<ManifestEntry> entries = archive.manifestEntries();
        assertThat(entries).extracting(ManifestEntry::kind).contains(BriefingReport.KIND, "filing-zip");
        for (ManifestEntry entry : entries) {
            assertThat(AtomicFiles.sha256(archive.outDir().resolve(entry.path()))).as(entry.path())
                    .isEqualTo(entry.sha256());
        }
    }

    @Test
    void twoFilingPackagesOfOneRequestStartedTogetherMakeOnePackageAndTheOtherIsRefusedClearly() throws IOException {
        // given
        FilingFixtures data = new FilingFixtures(jdbc, ledger);
        data.load();
        data.materials(materials);
        FilingRequest request = new FilingRequest(FilingFixtures.AS_OF, 2, true);
        // when
        List<ConcurrentRuns.Outcome<FilingOutcome>> outcomes = ConcurrentRuns.together(
                () -> filing.run(request, materials), () -> filing.run(request, materials));
        // then: one package; the other was refused as running or, started after the first ended, made the same bytes
        List<FilingOutcome> made = outcomes.stream().map(ConcurrentRuns.Outcome::value)
                .filter(FilingOutcome::completed).toList();
        assertThat(made).isNotEmpty();
        assertThat(made).extracting(FilingOutcome::sha256).containsOnly(made.get(0).sha256());
        for (ConcurrentRuns.Outcome<FilingOutcome> outcome : outcomes) {
            assertThat(outcome.succeeded()).isTrue();
            if (!outcome.value().completed()) {
                assertThat(outcome.value().message()).contains("正在运行", "第2批", "2021-09-01");
            }
        }
        assertThat(count("SELECT COUNT(*) FROM notice_number WHERE kind = 'filing-letter'")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION WHERE STATUS IN ('STARTED', 'STARTING')"))
                .isZero();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
