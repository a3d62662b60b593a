package org.perfgrade;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Spring Batch job repository lives in the application's database (tables from sql/vendor) on both engines: a
 * job that fails can be restarted with the same business-date parameters and completes in the same instance.
 */
@DatabaseTest
class JobRepositoryTests {

    static final AtomicInteger attempts = new AtomicInteger();

    @Autowired
    JobOperator jobOperator;

    @Autowired
    Job probeJob;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aFailedJobRestartsInTheSameInstanceAndCompletes() throws Exception {
        // given a job whose first attempt fails
        attempts.set(0);
        JobParameters parameters = new JobParametersBuilder()
                .addLocalDate("runDate", LocalDate.of(2021, 6, 14)).toJobParameters();
        // when
        JobExecution first = jobOperator.start(probeJob, parameters);
        JobExecution second = jobOperator.restart(first);
        // then
        assertThat(first.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(second.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(second.getJobInstanceId()).isEqualTo(first.getJobInstanceId());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM BATCH_JOB_INSTANCE WHERE JOB_NAME = 'probeJob'")
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION").query(Long.class).single()).isEqualTo(2);
    }

    @TestConfiguration
    static class ProbeJobConfiguration {

        @Bean
        Job probeJob(JobRepository jobRepository, PlatformTransactionManager transactionManager) {
            return new JobBuilder("probeJob", jobRepository)
                    .start(new StepBuilder("probeStep", jobRepository)
                            .tasklet((contribution, chunk) -> {
                                if (attempts.incrementAndGet() == 1) {
                                    throw new IllegalStateException("simulated crash");
                                }
                                return RepeatStatus.FINISHED;
                            }, transactionManager)
                            .build())
                    .build();
        }
    }
}
