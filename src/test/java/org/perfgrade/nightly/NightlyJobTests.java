package org.perfgrade.nightly;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfgrade.DatabaseTest;
import org.perfgrade.LedgerTables;
import org.perfgrade.batch.NightlyKey;
import org.perfgrade.document.ArchivedDocument;
import org.perfgrade.document.DocumentArchive;
import org.perfgrade.ingest.ImportReport;
import org.perfgrade.reference.ReferenceData;
import org.perfgrade.report.BriefingReport;
import org.perfgrade.report.DailyDocuments;
import org.perfgrade.sample.SampleSubmissions;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.AbstractJob;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.transaction.CannotCreateTransactionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;

/**
 * {@code nightlyJob}: a run that fails while rendering is restarted at that step (the imports and the snapshot are
 * not repeated), a later run of the date is the next revision and changes nothing, and a run still marked as running
 * is refused unless recovered.
 */
@DatabaseTest
class NightlyJobTests {

    private static final LocalDate DAY = LocalDate.of(2021, 8, 16);
    private static final LocalDate OTHER_DAY = LocalDate.of(2021, 8, 20);
    private static final LocalDate THIRD_DAY = LocalDate.of(2021, 8, 23);

    @Autowired
    NightlyRunner runner;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReferenceData reference;

    @Autowired
    DocumentArchive archive;

    @Autowired
    JobRepository jobRepository;

    @Autowired
    Job nightlyJob;

    @MockitoSpyBean
    DailyDocuments documents;


    @TempDir
    Path inbox;

    @BeforeEach
    void clear() {
        LedgerTables.clear(jdbc);
        jdbc.sql("DELETE FROM snapshot_line").update();
        jdbc.sql("DELETE FROM snapshot").update();
    }

    @Test
    void aRunThatFailsWhileRenderingIsRestartedAtThatStep() throws IOException {
        // given: a small inbox of every county, and rendering that fails the first time
        List<Path> files = SampleSubmissions.withScale(reference, 7, 60).writeInbox(inbox, DAY);
        AtomicInteger calls = new AtomicInteger();
        doAnswer(invocation -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("模拟故障：磁盘已满");
            }
            return invocation.callRealMethod();
        }).when(documents).renderCityWide(any());
        // when
        assertThatThrownBy(() -> runner.run(DAY, inbox, false))
                .isInstanceOf(NightlyRunException.class)
                .hasMessageContaining("renderDocuments").hasMessageContaining("模拟故障：磁盘已满")
                .hasMessageContaining("从失败的步骤继续");
        long submissionsAfterFailure = count("SELECT COUNT(*) FROM submission");
        long snapshotsAfterFailure = count("SELECT COUNT(*) FROM snapshot WHERE as_of = '2021-08-16'");
        NightlyOutcome restarted = runner.run(DAY, inbox, false);
        // then: the restart only rendered
        assertThat(submissionsAfterFailure).isEqualTo(files.size());
        assertThat(count("SELECT COUNT(*) FROM submission WHERE status IN ('IMPORTED', 'PARTIAL')")).isPositive();
        assertThat(snapshotsAfterFailure).isEqualTo(1);
        assertThat(restarted.restarted()).isTrue();
        assertThat(restarted.revision()).isEqualTo(1);
        assertThat(restarted.imports()).as("takeIn completed before the failure").isEmpty();
        assertThat(count("SELECT COUNT(*) FROM submission")).isEqualTo(files.size());
        assertThat(restarted.documents()).extracting(ArchivedDocument::kind).contains(BriefingReport.KIND);
        assertThat(archive.outDir().resolve(BriefingReport.path(DAY))).isRegularFile();
        assertThat(stepRuns("takeIn")).isEqualTo(1);
        assertThat(stepRuns("renderDocuments")).isEqualTo(2);
        assertThat(executionsOfRevision(DAY, 1)).as("the failed run and its restart share one instance").isEqualTo(2);

        // when: the date runs again (late files would come in now)
        NightlyOutcome again = runner.run(DAY, inbox, false);
        // then: the next revision, every file a duplicate, one snapshot of the date, the same documents
        assertThat(again.revision()).isEqualTo(2);
        assertThat(again.restarted()).isFalse();
        assertThat(again.imports()).hasSize(files.size()).extracting(ImportReport::status)
                .containsOnly(ImportReport.DUPLICATE);
        assertThat(count("SELECT COUNT(*) FROM snapshot WHERE as_of = '2021-08-16'")).isEqualTo(1);
        assertThat(again.documents()).extracting(ArchivedDocument::path)
                .containsExactlyElementsOf(restarted.documents().stream().map(ArchivedDocument::path).toList());
    }

    @Test
    void aRunStillMarkedRunningIsRefusedUnlessRecovered() throws Exception {
        // given: revision 1 of the date left "running" by a process that died
        Files.createDirectories(inbox);
        JobInstance instance = jobRepository.createJobInstance(NightlyKey.JOB,
                NightlyKey.identifying(OTHER_DAY, 1));
        JobExecution stale = jobRepository.createJobExecution(instance, NightlyKey.identifying(OTHER_DAY, 1),
                new ExecutionContext());
        stale.setStatus(org.springframework.batch.core.BatchStatus.STARTED);
        stale.setStartTime(java.time.LocalDateTime.of(2021, 8, 21, 1, 30));
        jobRepository.update(stale);
        // when / then
        assertThatThrownBy(() -> runner.run(OTHER_DAY, inbox, false))
                .isInstanceOf(NightlyRunException.class)
                .hasMessageContaining("正在运行").hasMessageContaining("2021-08-21 01:30:00")
                .hasMessageContaining("--recover");
        NightlyOutcome recovered = runner.run(OTHER_DAY, inbox, true);
        assertThat(recovered.revision()).isEqualTo(1);
        assertThat(recovered.restarted()).isTrue();
        assertThat(recovered.snapshot().asOf()).isEqualTo(OTHER_DAY);
        assertThat(executionsOfRevision(OTHER_DAY, 1)).isEqualTo(2);
    }

    @Test
    void anImportTheFailedRunCouldNotMarkEndedIsRecoveredWhenTheDateRunsAgain() throws IOException {
        // given: a run that failed, and one of its imports still marked running (its end was not written because
        // the database went away at that moment)
        SampleSubmissions.withScale(reference, 5, 60).writeInbox(inbox, OTHER_DAY);
        AtomicInteger calls = new AtomicInteger();
        doAnswer(invocation -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("模拟故障：数据库连接中断");
            }
            return invocation.callRealMethod();
        }).when(documents).renderCityWide(any());
        assertThatThrownBy(() -> runner.run(OTHER_DAY, inbox, false)).isInstanceOf(NightlyRunException.class);
        long importId = jdbc.sql("SELECT MAX(e.JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION e JOIN BATCH_JOB_INSTANCE i "
                + "ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID WHERE i.JOB_NAME = 'importJob'").query(Long.class).single();
        JobExecution leftRunning = jobRepository.getJobExecution(importId);
        leftRunning.setStatus(BatchStatus.STARTED);
        leftRunning.setEndTime(null);
        jobRepository.update(leftRunning);
        // when the date runs again
        NightlyOutcome restarted = runner.run(OTHER_DAY, inbox, false);
        // then: the run continues, and the import no longer reads as running
        assertThat(restarted.restarted()).isTrue();
        assertThat(jobRepository.getJobExecution(importId).getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION e JOIN BATCH_JOB_INSTANCE i "
                + "ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID WHERE i.JOB_NAME = 'importJob' AND e.END_TIME IS NULL")
                .query(Long.class).single()).isZero();
    }

    @Test
    void aRunWhoseEndCouldNotBeRecordedIsMarkedFailedAndContinuedWhenTheDateRunsAgain() throws IOException {
        // given: a run whose end Spring Batch cannot record (the database away at that moment): the job's own
        // repository refuses the run's final update once
        SampleSubmissions.withScale(reference, 3, 60).writeInbox(inbox, THIRD_DAY);
        AtomicInteger ends = new AtomicInteger();
        JobRepository failingAtTheEnd = mock(JobRepository.class, invocation -> {
            if (invocation.getMethod().getName().equals("update")
                    && invocation.getArgument(0) instanceof JobExecution ending && ending.getEndTime() != null
                    && ends.incrementAndGet() == 1) {
                throw new CannotCreateTransactionException("模拟故障：数据库连接中断");
            }
            try {
                return invocation.getMethod().invoke(jobRepository, invocation.getArguments());
            }
            catch (java.lang.reflect.InvocationTargetException ex) {
                throw ex.getCause();
            }
        });
        AbstractJob job = (AbstractJob) nightlyJob;
        job.setJobRepository(failingAtTheEnd);
        try {
            // when
            assertThatThrownBy(() -> runner.run(THIRD_DAY, inbox, false)).isInstanceOf(NightlyRunException.class)
                    .hasMessageContaining("运行中失败").hasMessageContaining("模拟故障：数据库连接中断")
                    .hasMessageContaining("从失败的步骤继续");
        }
        finally {
            job.setJobRepository(jobRepository);
        }
        // then: the run reads as failed, not as running
        assertThat(jdbc.sql("SELECT e.STATUS FROM BATCH_JOB_EXECUTION e JOIN BATCH_JOB_INSTANCE i "
                + "ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID WHERE i.JOB_NAME = 'nightlyJob' "
                + "ORDER BY e.JOB_EXECUTION_ID DESC LIMIT 1").query(String.class).single()).isEqualTo("FAILED");
        // when the date runs again, without --recover
        NightlyOutcome again = runner.run(THIRD_DAY, inbox, false);
        // then it continues the run
        assertThat(again.restarted()).isTrue();
        assertThat(again.revision()).isEqualTo(1);
    }

    private long stepRuns(String step) {
        return jdbc.sql("SELECT COUNT(*) FROM BATCH_STEP_EXECUTION s JOIN BATCH_JOB_EXECUTION e "
                        + "ON e.JOB_EXECUTION_ID = s.JOB_EXECUTION_ID JOIN BATCH_JOB_INSTANCE i "
                        + "ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID WHERE i.JOB_NAME = 'nightlyJob' "
                        + "AND s.STEP_NAME = :step AND EXISTS (SELECT 1 FROM BATCH_JOB_EXECUTION_PARAMS d "
                        + "WHERE d.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID AND d.PARAMETER_NAME = 'runDate' "
                        + "AND d.PARAMETER_VALUE = '2021-08-16')")
                .param("step", step).query(Long.class).single();
    }

    private long executionsOfRevision(LocalDate date, long revision) {
        return jdbc.sql("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION e JOIN BATCH_JOB_INSTANCE i "
                        + "ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID JOIN BATCH_JOB_EXECUTION_PARAMS p "
                        + "ON p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID WHERE i.JOB_NAME = 'nightlyJob' "
                        + "AND p.PARAMETER_NAME = 'revision' AND p.PARAMETER_VALUE = :revision AND EXISTS ("
                        + "SELECT 1 FROM BATCH_JOB_EXECUTION_PARAMS d WHERE d.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID "
                        + "AND d.PARAMETER_NAME = 'runDate' AND d.PARAMETER_VALUE = :date)")
                .param("revision", String.valueOf(revision)).param("date", date.toString()).query(Long.class)
                .single();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
