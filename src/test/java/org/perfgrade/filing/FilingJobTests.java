package org.perfgrade.filing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfgrade.DatabaseTest;
import org.perfgrade.WorkspaceProperties;
import org.perfgrade.batch.FilingKey;
import org.perfgrade.ledger.LedgerImport;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;

/**
 * {@code filingJob}: a run that fails while assembling is restarted at that step (the list and the letter are not made
 * again, the letter keeps its number), its steps are in the job repository for the console, and a run of the same
 * request still marked as running is refused. At most one scan per enterprise is taken here, so the others are gaps
 * (allowed).
 */
@DatabaseTest
@TestPropertySource(properties = "perfgrade.filing.max-material-files=1")
class FilingJobTests {

    @Autowired
    FilingRunner runner;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LedgerImport ledger;

    @Autowired
    JobRepository jobRepository;

    @Autowired
    WorkspaceProperties workspace;

    @MockitoSpyBean
    FilingPackage packages;

    @TempDir
    Path materials;

    @BeforeEach
    void load() throws IOException {
        FilingFixtures data = new FilingFixtures(jdbc, ledger);
        data.load();
        data.materials(materials);
    }

    @Test
    void aRunThatFailsWhileAssemblingIsRestartedAtThatStep() throws Exception {
        // given: assembling fails the first time
        AtomicInteger calls = new AtomicInteger();
        doAnswer(invocation -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("模拟故障：磁盘已满");
            }
            return invocation.callRealMethod();
        }).when(packages).assemble(any(), any());
        FilingRequest request = new FilingRequest(FilingFixtures.AS_OF, 2, true);
        // when
        FilingOutcome failed = runner.run(request, materials);
        FilingOutcome restarted = runner.run(request, materials);
        // then: the failure names the step; the restart only assembled
        assertThat(failed.status()).isEqualTo(FilingOutcome.FAILED);
        assertThat(failed.packagePath()).isNull();
        assertThat(failed.message()).contains("assemble", "模拟故障：磁盘已满", "从失败的步骤继续");
        assertThat(restarted.status()).as(restarted.message()).isEqualTo(FilingOutcome.COMPLETED);
        assertThat(restarted.packagePath()).isRegularFile();
        assertThat(restarted.gaps()).anySatisfy(g -> assertThat(g).contains(
                "申报材料扫描件（申报书.pdf未收入：每家企业至多收入1个扫描件）"));
        assertThat(FilingZipContent.read(restarted.packagePath()).entries().keySet())
                .noneMatch(n -> n.endsWith("申报书.pdf")).anyMatch(n -> n.endsWith("专家意见.pdf"));
        assertThat(stepRuns("collect")).isEqualTo(1);
        assertThat(stepRuns("lists")).isEqualTo(1);
        assertThat(stepRuns("coverLetter")).isEqualTo(1);
        assertThat(stepRuns("assemble")).isEqualTo(2);
        JobExecution execution = jobRepository.getJobExecution(restarted.jobExecutionId());
        assertThat(execution.getJobInstance().getJobName()).isEqualTo(FilingKey.JOB);
        assertThat(execution.getStepExecutions()).extracting(s -> s.getStepName()).containsExactly("assemble");
        assertThat(jobRepository.getJobExecution(failed.jobExecutionId()).getStepExecutions())
                .extracting(s -> s.getStepName()).containsExactlyElementsOf(FilingRunner.STEPS);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM notice_number WHERE kind = 'filing-letter'").query(Long.class)
                .single()).isEqualTo(1);
        // the work folder is gone once the package is written
        Path work = FilingJobConfiguration.workRoot(workspace)
                .resolve(String.valueOf(execution.getJobInstance().getInstanceId()));
        assertThat(work).doesNotExist();
    }

    @Test
    void aRunOfTheSameRequestStillRunningIsRefused() throws Exception {
        // given: revision 1 of the request left "running"
        FilingRequest request = new FilingRequest(FilingFixtures.AS_OF, 3, true);
        JobInstance instance = jobRepository.createJobInstance(FilingKey.JOB, key(request));
        JobExecution stale = jobRepository.createJobExecution(instance, key(request),
                new ExecutionContext());
        stale.setStatus(BatchStatus.STARTED);
        jobRepository.update(stale);
        // when
        FilingOutcome refused = runner.run(request, materials);
        // then
        assertThat(refused.status()).isEqualTo(FilingOutcome.FAILED);
        assertThat(refused.jobExecutionId()).isEqualTo(-1);
        assertThat(refused.message()).contains("正在运行", String.valueOf(stale.getId()), "第3批");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM archived_document WHERE kind = 'filing-zip'").query(Long.class)
                .single()).isZero();
    }

    private long stepRuns(String step) {
        return jdbc.sql("SELECT COUNT(*) FROM BATCH_STEP_EXECUTION s JOIN BATCH_JOB_EXECUTION e "
                        + "ON e.JOB_EXECUTION_ID = s.JOB_EXECUTION_ID JOIN BATCH_JOB_INSTANCE i "
                        + "ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID WHERE i.JOB_NAME = 'filingJob' "
                        + "AND s.STEP_NAME = :step")
                .param("step", step).query(Long.class).single();
    }

    /** The job parameters of revision 1 of a request. */
    private static org.springframework.batch.core.job.parameters.JobParameters key(FilingRequest request) {
        return new FilingKey(request.asOf(), request.batch(), request.allowIncomplete(), 1, Path.of("materials"),
                Path.of("work")).parameters();
    }
}
