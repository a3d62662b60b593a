package org.perfgrade.nightly;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.perfgrade.batch.NightlyKey;
import org.perfgrade.batch.SnapshotKey;
import org.perfgrade.batch.StartedRuns;
import org.perfgrade.ingest.county.CountyDatabasePull;
import org.perfgrade.ingest.ImportReport;
import org.perfgrade.ingest.SubmissionImporter;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.interceptor.DefaultTransactionAttribute;

/**
 * {@code nightlyJob}: the night's work for a business date in three steps — {@code takeIn} (the inbox and the county
 * databases, each file through {@code importJob}), {@code snapshot} ({@code snapshotJob} as a job step) and
 * {@code renderDocuments}
 * (every daily document from the stored snapshot, partitioned city-wide and by county: see
 * {@link RenderingStepConfiguration}). Each step is idempotent (a file already imported is a duplicate, the snapshot
 * of a date is replaced, an unchanged document adds no version), so a failed run restarts at the step (for
 * rendering: at the partitions) that failed and a later run for the same date (late files) is the next revision.
 * <p>
 * The steps call services that start and commit their own jobs, so they run without a surrounding transaction
 * (propagation NOT_SUPPORTED).
 */
@Configuration(proxyBeanMethods = false)
class NightlyJobConfiguration {

    /** The steps' own work runs outside any transaction: the jobs it starts open and commit their own. */
    static final DefaultTransactionAttribute NO_TRANSACTION = new DefaultTransactionAttribute(
            TransactionDefinition.PROPAGATION_NOT_SUPPORTED);

    @Bean
    Job nightlyJob(JobRepository jobRepository, Step takeIn, Step snapshot, Step renderDocuments,
                   StartedRuns startedRuns) {
        return new JobBuilder(NightlyKey.JOB, jobRepository).start(takeIn).next(snapshot).next(renderDocuments)
                .listener(startedRuns).build();
    }

    @Bean
    Step takeIn(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                SubmissionImporter importer, CountyDatabasePull databases, NightlyResults results) {
        return new StepBuilder("takeIn", jobRepository)
                .tasklet((contribution, chunkContext) -> {
                    JobParameters parameters = parameters(contribution);
                    LocalDate asOf = parameters.getLocalDate(NightlyKey.RUN_DATE);
                    List<ImportReport> reports = new ArrayList<>(
                            importer.importInbox(Path.of(parameters.getString(NightlyKey.INBOX)), asOf));
                    if (databases.hasSources()) {
                        reports.addAll(databases.pullAll(asOf));
                    }
                    results.imported(executionId(contribution), reports);
                    contribution.incrementWriteCount(reports.size());
                    return RepeatStatus.FINISHED;
                }, transactionManager)
                .transactionAttribute(NO_TRANSACTION)
                .build();
    }

    /**
     * {@code snapshot}: {@code snapshotJob} as a step of the night, keyed by the night's date and revision
     * ({@link SnapshotKey#ofNight}), so that restarting the night restarts a failed snapshot in its own instance.
     */
    @Bean
    Step snapshot(JobRepository jobRepository, Job snapshotJob, JobOperator jobOperator) {
        return new StepBuilder("snapshot", jobRepository).job(snapshotJob).operator(jobOperator)
                .parametersExtractor((job, step) -> {
                    JobParameters night = step.getJobParameters();
                    return SnapshotKey.ofNight(night.getLocalDate(NightlyKey.RUN_DATE),
                            night.getLong(NightlyKey.REVISION)).parameters();
                })
                .build();
    }

    private static JobParameters parameters(StepContribution contribution) {
        return contribution.getStepExecution().getJobParameters();
    }

    private static long executionId(StepContribution contribution) {
        return contribution.getStepExecution().getJobExecutionId();
    }
}
