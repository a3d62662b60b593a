package org.perfgrade.nightly;

import org.perfgrade.batch.InboxImportKey;
import org.perfgrade.batch.NightlyKey;
import org.perfgrade.batch.SnapshotKey;
import org.perfgrade.batch.StartedRuns;

import org.perfgrade.report.DailyDocuments;
import org.perfgrade.snapshot.SnapshotRepository;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.interceptor.DefaultTransactionAttribute;

/**
 * {@code nightlyJob}: the night's work for a business date in three steps — {@code takeIn} ({@code inboxImportJob} as
 * a job step: the inbox and the county databases, each file through {@code importJob}), {@code snapshot}
 * ({@code snapshotJob} as a job step) and {@code renderDocuments} (every daily document from the stored snapshot,
 * partitioned city-wide and by county: see {@link RenderingStepConfiguration}; or only the city-wide briefing, or
 * nothing, as the run's {@link NightlyKey.Documents} says). Each step is idempotent (a file
 * already imported is a duplicate, the snapshot of a date is replaced, an unchanged document adds no version), so a
 * failed run restarts at the step (for rendering: at the partitions) that failed and a later run for the same date
 * (late files) is the next revision, whose job steps run their jobs again under that revision.
 * <p>
 * The rendering steps call services that start and commit their own work, so they run without a surrounding
 * transaction (propagation NOT_SUPPORTED).
 */
@Configuration(proxyBeanMethods = false)
class NightlyJobConfiguration {

    /** The steps' own work runs outside any transaction: the jobs it starts open and commit their own. */
    static final DefaultTransactionAttribute NO_TRANSACTION = new DefaultTransactionAttribute(
            TransactionDefinition.PROPAGATION_NOT_SUPPORTED);

    /**
     * take in, snapshot, then what the run's {@link NightlyKey.Documents} asks for: every document
     * ({@code renderDocuments}), the city-wide briefing only ({@code renderBriefing}) or nothing.
     */
    @Bean
    Job nightlyJob(JobRepository jobRepository, Step takeIn, Step snapshot, Step renderDocuments,
                   Step renderBriefing, StartedRuns startedRuns) {
        RenderScopeDecider scope = new RenderScopeDecider();
        return new JobBuilder(NightlyKey.JOB, jobRepository).start(takeIn).next(snapshot).next(scope)
                .on(NightlyKey.Documents.NONE.name()).end()
                .from(scope).on(NightlyKey.Documents.BRIEFING.name()).to(renderBriefing)
                .from(scope).on("*").to(renderDocuments)
                .end()
                .listener(startedRuns).build();
    }

    /** {@code renderBriefing}: the city-wide briefing of the run's date and its detail workbooks ({@link BriefingTasklet}). */
    @Bean
    Step renderBriefing(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                        SnapshotRepository snapshots, DailyDocuments documents, NightlyResults results) {
        return new StepBuilder("renderBriefing", jobRepository)
                .tasklet(new BriefingTasklet(snapshots, documents, results), transactionManager)
                .transactionAttribute(NO_TRANSACTION)
                .build();
    }

    /**
     * {@code takeIn}: {@code inboxImportJob} as a step of the night (the whole inbox, then the county databases), keyed
     * by the night's date and revision ({@link InboxImportKey#ofNight}); {@link IntakeHandOver} hands its reports over.
     */
    @Bean
    Step takeIn(JobRepository jobRepository, Job inboxImportJob, JobOperator jobOperator, IntakeHandOver handOver) {
        return new StepBuilder("takeIn", jobRepository).job(inboxImportJob).operator(jobOperator)
                .parametersExtractor((job, step) -> IntakeHandOver.key(step).parameters())
                .listener(handOver)
                .build();
    }

    /**
     * {@code snapshot}: {@code snapshotJob} as a step of the night, keyed by the night's date and revision
     * ({@link SnapshotKey#ofNight}), so that restarting the night restarts a failed snapshot in its own instance.
     */
    @Bean
    Step snapshot(JobRepository jobRepository, Job snapshotJob, JobOperator jobOperator, SnapshotHandOver handOver) {
        return new StepBuilder("snapshot", jobRepository).job(snapshotJob).operator(jobOperator)
                .parametersExtractor((job, step) -> SnapshotHandOver.key(step).parameters())
                .listener(handOver)
                .build();
    }
}
