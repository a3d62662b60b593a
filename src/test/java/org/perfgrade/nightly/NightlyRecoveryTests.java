package org.perfgrade.nightly;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfgrade.DatabaseTest;
import org.perfgrade.batch.InterruptedRunRepair;
import org.perfgrade.batch.NightlyKey;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a kill or a database outage can leave in the job repository, and how the next run gets past it: an instance
 * without executions (killed between the two) is cleared; a run left UNKNOWN (its failure could not be rolled back,
 * which Spring Batch refuses to restart) is marked FAILED and continued from its failed step.
 */
@DatabaseTest
class NightlyRecoveryTests {

    private static final LocalDate DAY = LocalDate.of(2021, 10, 11);

    @Autowired
    NightlyRunner runner;

    @Autowired
    JobRepository jobRepository;

    @Autowired
    InterruptedRunRepair repair;

    @TempDir
    Path inbox;

    @Test
    void anInstanceWithoutExecutionsIsClearedSoThatItsKeyCanStartAgain() {
        // given an instance a killed process created without an execution
        jobRepository.createJobInstance("importJob", NightlyKey.identifying(DAY, 7));
        // when / then
        assertThat(repair.clearOrphan("importJob", NightlyKey.identifying(DAY, 7))).isTrue();
        assertThat(jobRepository.getJobInstance("importJob", NightlyKey.identifying(DAY, 7))).isNull();
        assertThat(repair.clearOrphan("importJob", NightlyKey.identifying(DAY, 7))).isFalse();
    }

    @Test
    void aRunLeftUnknownByADatabaseOutageIsContinuedFromItsFailedStep() throws Exception {
        // given revision 1 of the date, ended UNKNOWN in its first step
        Files.createDirectories(inbox);
        JobInstance instance = jobRepository.createJobInstance(NightlyKey.JOB,
                NightlyKey.identifying(DAY, 1));
        JobExecution unknown = jobRepository.createJobExecution(instance, NightlyKey.identifying(DAY, 1),
                new ExecutionContext());
        StepExecution step = jobRepository.createStepExecution("takeIn", unknown);
        step.setStatus(BatchStatus.UNKNOWN);
        jobRepository.update(step);
        unknown.setStatus(BatchStatus.UNKNOWN);
        unknown.setStartTime(java.time.LocalDateTime.of(2021, 10, 12, 1, 30));
        unknown.setEndTime(java.time.LocalDateTime.of(2021, 10, 12, 1, 31));
        jobRepository.update(unknown);
        // when
        NightlyOutcome outcome = runner.run(DAY, inbox, false);
        // then the same revision is continued and completes
        assertThat(outcome.revision()).isEqualTo(1);
        assertThat(outcome.restarted()).isTrue();
        assertThat(jobRepository.getJobExecution(unknown.getId()).getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(jobRepository.getLastJobExecution(instance).getStatus()).isEqualTo(BatchStatus.COMPLETED);
    }
}
