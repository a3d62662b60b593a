package org.perfgrade.ingest;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.perfgrade.batch.InboxImportKey;
import org.perfgrade.batch.PartitionPool;
import org.perfgrade.ingest.county.CountyDatabasePull;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.FlowExecutionStatus;
import org.springframework.batch.core.job.flow.JobExecutionDecider;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.partition.support.TaskExecutorPartitionHandler;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.interceptor.DefaultTransactionAttribute;

/**
 * {@code inboxImportJob}: an inbox imported county by county side by side — a partitioned step
 * ({@code importCounties}) with one partition per county folder ({@link CountyPartitioner}), each running
 * {@code importCounty} ({@link ImportCountyTasklet}: the county's files through {@code importJob}) on the
 * {@link PartitionPool} of {@code perfgrade.batch.partition-threads} threads. The {@link PartitionHandler} is a bean of
 * its own ({@code inboxPartitionHandler}): a remote handler (e.g. Spring Batch Integration's message channel
 * partitioning) can replace it so that the same steps run on other machines.
 * <p>
 * A night's intake ({@link InboxImportKey#ofNight}) runs {@code takeInInbox} instead, as the night always took its
 * files in: the whole inbox in 附件1 order (county folders and files lying directly in it, one after the other), then
 * the county databases; its reports go to {@link InboxImportResults} for the night to collect.
 */
@Configuration(proxyBeanMethods = false)
class InboxImportJobConfiguration {

    /**
     * Runs the partitions on the {@link PartitionPool} ({@code perfgrade.batch.partition-threads} threads at once).
     */
    @Bean
    @ConditionalOnMissingBean(name = "inboxPartitionHandler")
    PartitionHandler inboxPartitionHandler(Step importCounty, PartitionPool pool) {
        TaskExecutorPartitionHandler handler = new TaskExecutorPartitionHandler();
        handler.setTaskExecutor(pool.executor());
        handler.setStep(importCounty);
        handler.setGridSize(pool.threads());
        return handler;
    }

    @Bean
    @StepScope
    CountyPartitioner countyPartitioner(@Value("#{jobParameters['" + InboxImportKey.INBOX + "']}") String inbox) {
        return new CountyPartitioner(Path.of(inbox));
    }

    @Bean
    Step importCounty(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                      SubmissionImporter importer, InboxImportResults results) {
        // each file's importJob commits its own chunks: the worker itself holds no transaction
        return new StepBuilder("importCounty", jobRepository)
                .tasklet(new ImportCountyTasklet(importer, results), transactionManager)
                .transactionAttribute(new DefaultTransactionAttribute(TransactionDefinition.PROPAGATION_NOT_SUPPORTED))
                .build();
    }

    @Bean
    Step importCounties(JobRepository jobRepository, CountyPartitioner countyPartitioner,
                        PartitionHandler inboxPartitionHandler) {
        return new StepBuilder("importCounties", jobRepository)
                .partitioner("importCounty", countyPartitioner)
                .partitionHandler(inboxPartitionHandler)
                .build();
    }

    @Bean
    Step takeInInbox(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                     SubmissionImporter importer, CountyDatabasePull databases, InboxImportResults results) {
        return new StepBuilder("takeInInbox", jobRepository)
                .tasklet((contribution, chunkContext) -> {
                    JobParameters parameters = contribution.getStepExecution().getJobParameters();
                    LocalDate runDate = parameters.getLocalDate(InboxImportKey.RUN_DATE);
                    long jobExecutionId = contribution.getStepExecution().getJobExecutionId();
                    List<ImportReport> reports = new ArrayList<>(
                            importer.importInbox(Path.of(parameters.getString(InboxImportKey.INBOX)), runDate));
                    if (databases.hasSources()) {
                        reports.addAll(databases.pullAll(runDate));
                    }
                    reports.forEach(report -> results.add(jobExecutionId, report));
                    contribution.incrementWriteCount(reports.size());
                    return RepeatStatus.FINISHED;
                }, transactionManager)
                .transactionAttribute(new DefaultTransactionAttribute(TransactionDefinition.PROPAGATION_NOT_SUPPORTED))
                .build();
    }

    @Bean
    Job inboxImportJob(JobRepository jobRepository, Step importCounties, Step takeInInbox) {
        JobExecutionDecider intake = (job, step) -> new FlowExecutionStatus(
                InboxImportKey.isNight(job.getJobParameters()) ? "NIGHT" : "COUNTIES");
        return new JobBuilder(InboxImportKey.JOB, jobRepository).start(intake)
                .on("NIGHT").to(takeInInbox)
                .from(intake).on("*").to(importCounties)
                .end().build();
    }
}
