package org.perfgrade.snapshot;

import java.time.LocalDate;

import org.perfgrade.batch.SnapshotKey;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * {@code snapshotJob}: computes and stores the snapshot of a business date in one transaction (so a crash leaves the
 * previous snapshot of that date, or none, never half of one). Its business key is the date plus a revision: running
 * it again for a date after late files is a new revision that replaces the date's snapshot; a failed revision is
 * restarted, not repeated (see {@link SnapshotRunner}).
 */
@Configuration(proxyBeanMethods = false)
class SnapshotJobConfiguration {

    @Bean
    Job snapshotJob(JobRepository jobRepository, Step takeSnapshot) {
        return new JobBuilder(SnapshotKey.JOB, jobRepository).start(takeSnapshot).build();
    }

    @Bean
    Step takeSnapshot(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                      SnapshotService snapshots) {
        return new StepBuilder("takeSnapshot", jobRepository)
                .tasklet((contribution, chunkContext) -> {
                    LocalDate asOf = chunkContext.getStepContext().getStepExecution().getJobParameters()
                            .getLocalDate(SnapshotKey.RUN_DATE);
                    snapshots.take(asOf);
                    return RepeatStatus.FINISHED;
                }, transactionManager)
                .build();
    }
}
