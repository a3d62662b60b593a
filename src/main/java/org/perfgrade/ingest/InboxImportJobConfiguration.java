package org.perfgrade.ingest;

import java.nio.file.Path;

import org.perfgrade.batch.InboxImportKey;
import org.perfgrade.batch.PartitionPool;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.partition.support.TaskExecutorPartitionHandler;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
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
    Job inboxImportJob(JobRepository jobRepository, Step importCounties) {
        return new JobBuilder(InboxImportKey.JOB, jobRepository).start(importCounties).build();
    }
}
