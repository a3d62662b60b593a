package org.perfgrade.nightly;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfgrade.DatabaseTest;
import org.perfgrade.LedgerTables;
import org.perfgrade.batch.InboxImportKey;
import org.perfgrade.ingest.ImportReport;
import org.perfgrade.ingest.SubmissionImporter;
import org.perfgrade.ledger.LedgerImport;
import org.perfgrade.ledger.SubmissionContext;
import org.perfgrade.reference.County;
import org.perfgrade.reference.ReferenceData;
import org.perfgrade.sample.SampleSubmissions;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;

/**
 * {@code nightlyJob}'s {@code takeIn} step: revision 2 of a date takes in the files that arrived after revision 1, and
 * a run that fails inside {@code takeIn} is restarted there and finishes without importing a file or a row twice. On
 * H2 and MariaDB.
 */
@DatabaseTest
class NightlyTakeInTests {

    private static final LocalDate DAY = LocalDate.of(2021, 9, 6);
    private static final LocalDate FAILING_DAY = LocalDate.of(2021, 9, 13);

    @Autowired
    NightlyRunner runner;

    @Autowired
    SubmissionImporter sequential;

    @Autowired
    ReferenceData reference;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JobRepository jobRepository;

    /** The ledger writes of every file's {@code importJob}: where the failure is raised. */
    @MockitoSpyBean
    LedgerImport ledger;

    @TempDir
    Path inbox;

    @TempDir
    Path elsewhere;

    @BeforeEach
    void clear() {
        LedgerTables.clear(jdbc);
        jdbc.sql("DELETE FROM snapshot_line").update();
        jdbc.sql("DELETE FROM snapshot").update();
    }

    @Test
    void revisionTwoOfANightTakesInAFileThatArrivedAfterRevisionOne() throws IOException {
        // given every county's files but one county's, which arrive late
        List<Path> files = SampleSubmissions.withScale(reference, 11, 60).writeInbox(inbox, DAY);
        County late = reference.counties().get(3);
        Path lateFolder = inbox.resolve(late.name());
        List<String> lateFiles = files.stream().filter(f -> f.startsWith(lateFolder))
                .map(f -> f.getFileName().toString()).toList();
        Path heldBack = Files.move(lateFolder, elsewhere.resolve(late.name()));
        NightlyOutcome first = runner.run(DAY, inbox, false);
        // when the late files arrive and the date runs again
        Files.move(heldBack, lateFolder);
        NightlyOutcome second = runner.run(DAY, inbox, false);
        // then revision 1 took in every other file, revision 2 the late ones as new and the others as duplicates
        assertThat(lateFiles).hasSize(2);
        assertThat(first.revision()).isEqualTo(1);
        assertThat(first.imports()).hasSize(files.size() - lateFiles.size())
                .noneMatch(r -> lateFiles.contains(Path.of(r.file()).getFileName().toString()));
        assertThat(second.revision()).isEqualTo(2);
        assertThat(second.restarted()).isFalse();
        assertThat(second.imports()).hasSize(files.size());
        assertThat(second.imports()).filteredOn(r -> lateFiles.contains(Path.of(r.file()).getFileName().toString()))
                .hasSize(lateFiles.size()).extracting(ImportReport::status).doesNotContain(ImportReport.DUPLICATE);
        assertThat(second.imports()).filteredOn(r -> !lateFiles.contains(Path.of(r.file()).getFileName().toString()))
                .extracting(ImportReport::status).containsOnly(ImportReport.DUPLICATE);
        assertThat(count("SELECT COUNT(*) FROM submission")).isEqualTo(files.size());
        assertThat(count("SELECT COUNT(*) FROM submission WHERE county_code = '" + late.code() + "'"))
                .isEqualTo(lateFiles.size());
        assertThat(second.snapshot().asOf()).isEqualTo(DAY);
        // and each revision of the night took in through its own inboxImportJob instance (a job step, not a reuse)
        assertThat(jobRepository.getJobInstances(InboxImportKey.JOB, 0, 1000).stream()
                .map(jobRepository::getLastJobExecution).map(JobExecution::getJobParameters)
                .filter(p -> DAY.equals(p.getLocalDate(InboxImportKey.RUN_DATE)))
                .map(p -> p.getLong(InboxImportKey.NIGHTLY_REVISION)))
                .containsExactlyInAnyOrder(1L, 2L);
    }

    @Test
    void aRunThatFailsInsideTakeInRestartsThereAndImportsNoFileTwice() throws IOException {
        // given what importing the same files gives, then the ledger emptied again
        new SampleSubmissions(reference, 2021).writeInbox(elsewhere, FAILING_DAY);
        List<ImportReport> expected = sequential.importInbox(elsewhere, FAILING_DAY);
        long expectedLines = count("SELECT COUNT(*) FROM ledger_line WHERE retired_on IS NULL");
        long expectedPlans = count("SELECT COUNT(*) FROM improvement_plan WHERE retired_on IS NULL");
        LedgerTables.clear(jdbc);
        // and the inbox of the night, whose one county's improvement list fails the first time its rows are written
        List<Path> files = new SampleSubmissions(reference, 2021).writeInbox(inbox, FAILING_DAY);
        County failing = reference.counties().get(2);
        AtomicBoolean armed = new AtomicBoolean(true);
        doAnswer(invocation -> {
            SubmissionContext context = invocation.getArgument(0);
            if (context.countyCode().equals(failing.code()) && armed.getAndSet(false)) {
                throw new IllegalStateException("模拟故障：数据库连接中断");
            }
            return invocation.callRealMethod();
        }).when(ledger).applyImprovementRows(any(), any());
        // when the night runs, fails in takeIn, and runs again
        assertThatThrownBy(() -> runner.run(FAILING_DAY, inbox, false)).isInstanceOf(NightlyRunException.class)
                .hasMessageContaining("takeIn").hasMessageContaining("导入作业未完成（FAILED）")
                .hasMessageContaining("从失败的步骤继续");
        NightlyOutcome restarted = runner.run(FAILING_DAY, inbox, false);
        // then the restart continued revision 1 and finished the night
        assertThat(armed).isFalse();
        assertThat(restarted.restarted()).isTrue();
        assertThat(restarted.revision()).isEqualTo(1);
        assertThat(restarted.snapshot().asOf()).isEqualTo(FAILING_DAY);
        assertThat(restarted.documents()).isNotEmpty();
        // and each file was taken in once, nothing left failed, and no row was written twice
        assertThat(expected).hasSize(files.size());
        assertThat(count("SELECT COUNT(*) FROM submission")).isEqualTo(files.size());
        assertThat(count("SELECT COUNT(*) FROM submission WHERE status IN ('FAILED', 'RECEIVED')")).isZero();
        assertThat(count("SELECT COUNT(*) FROM ledger_line WHERE retired_on IS NULL")).isEqualTo(expectedLines)
                .isPositive();
        assertThat(count("SELECT COUNT(*) FROM improvement_plan WHERE retired_on IS NULL")).isEqualTo(expectedPlans)
                .isPositive();
        assertThat(count("SELECT COUNT(*) FROM BATCH_STEP_EXECUTION s JOIN BATCH_JOB_EXECUTION e "
                + "ON e.JOB_EXECUTION_ID = s.JOB_EXECUTION_ID JOIN BATCH_JOB_INSTANCE i "
                + "ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID WHERE i.JOB_NAME = 'nightlyJob' "
                + "AND s.STEP_NAME = 'takeIn' AND EXISTS (SELECT 1 FROM BATCH_JOB_EXECUTION_PARAMS d "
                + "WHERE d.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID AND d.PARAMETER_NAME = 'runDate' "
                + "AND d.PARAMETER_VALUE = '" + FAILING_DAY + "')")).as("takeIn failed once, then ran again")
                .isEqualTo(2);
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
