package org.perfgrade.batch;

import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.perfgrade.DatabaseTest;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The one runner: a job started in the background hands back its execution id at once and runs to its end on its
 * own; a completed key runs its next revision; a key still running is refused.
 */
@DatabaseTest
class BusinessDateJobsTests {

    private static final LocalDate DAY = LocalDate.of(2021, 11, 3);

    @Autowired
    BusinessDateJobs jobs;

    @Autowired
    JobRepository repository;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aBackgroundStartReturnsTheExecutionIdAndTheRunEndsOnItsOwn() {
        // when
        long id = jobs.start(SnapshotKey.of(DAY));
        // then: the id is the run's, which completes without the caller
        JobExecution done = await("the snapshot run ends").atMost(Duration.ofMinutes(1))
                .until(() -> repository.getJobExecution(id), e -> e != null && !e.isRunning());
        assertThat(done.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(done.getJobInstance().getJobName()).isEqualTo(SnapshotKey.JOB);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM snapshot WHERE as_of = :day").param("day", DAY)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aCompletedKeyRunsItsNextRevision() {
        // given a completed first revision
        JobOutcome first = jobs.run(SnapshotKey.of(DAY.plusDays(1)));
        // when
        JobOutcome second = jobs.run(SnapshotKey.of(DAY.plusDays(1)));
        // then
        assertThat(first.status()).isEqualTo(JobOutcome.Status.COMPLETED);
        assertThat(first.revision()).isEqualTo(1);
        assertThat(second.status()).isEqualTo(JobOutcome.Status.COMPLETED);
        assertThat(second.revision()).isEqualTo(2);
        assertThat(second.restarted()).isFalse();
    }

    @Test
    void aKeyStillMarkedRunningIsRefusedInTheForegroundAndTheBackground() {
        // given revision 1 of a date left "running"
        SnapshotKey key = SnapshotKey.of(DAY.plusDays(2));
        var instance = repository.createJobInstance(SnapshotKey.JOB, key.parameters());
        JobExecution stale = repository.createJobExecution(instance, key.parameters(),
                new org.springframework.batch.infrastructure.item.ExecutionContext());
        stale.setStatus(BatchStatus.STARTED);
        repository.update(stale);
        // when
        JobOutcome refused = jobs.run(key);
        // then
        assertThat(refused.status()).isEqualTo(JobOutcome.Status.RUNNING);
        assertThat(refused.executionId()).isEqualTo(stale.getId());
        assertThat(refused.revision()).isEqualTo(1);
        assertThatThrownBy(() -> jobs.start(key)).hasMessageContaining(String.valueOf(stale.getId()))
                .hasMessageContaining("正在运行");
    }
}
