package org.perfgrade.nightly;

import org.perfgrade.batch.PartitionPool;
import org.perfgrade.reference.ReferenceData;
import org.perfgrade.report.DailyDocuments;
import org.perfgrade.snapshot.SnapshotRepository;

import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.partition.support.TaskExecutorPartitionHandler;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * {@code renderDocuments}, the last step of {@code nightlyJob}: a partitioned step ({@link RenderPartitioner}: the
 * city-wide documents, then one partition per county in 附件1 order), each partition running {@code renderPartition}
 * ({@link RenderPartitionTasklet}) on the machine's {@link PartitionPool}, the one the partitioned import uses. A
 * failed run restarts only the partitions that failed. The {@link PartitionHandler} is a bean of its own
 * ({@code renderPartitionHandler}): a remote handler can replace it so that the same partitions run on other
 * machines (each partition reads the stored snapshot and keeps its documents in its own execution context).
 */
@Configuration(proxyBeanMethods = false)
class RenderingStepConfiguration {

    static final String MANAGER = "renderDocuments";
    static final String WORKER = "renderPartition";

    @Bean
    RenderPartitioner renderPartitioner(ReferenceData reference) {
        return new RenderPartitioner(reference);
    }

    @Bean
    Step renderPartition(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                         SnapshotRepository snapshots, DailyDocuments documents, ReferenceData reference) {
        // every document is written and recorded by the archive itself: the partition holds no transaction
        return new StepBuilder(WORKER, jobRepository)
                .tasklet(new RenderPartitionTasklet(snapshots, documents, reference), transactionManager)
                .transactionAttribute(NightlyJobConfiguration.NO_TRANSACTION)
                .build();
    }

    /** Runs the partitions on the {@link PartitionPool} ({@code perfgrade.batch.partition-threads} at once). */
    @Bean
    @ConditionalOnMissingBean(name = "renderPartitionHandler")
    PartitionHandler renderPartitionHandler(Step renderPartition, PartitionPool pool) {
        TaskExecutorPartitionHandler handler = new TaskExecutorPartitionHandler();
        handler.setTaskExecutor(pool.executor());
        handler.setStep(renderPartition);
        handler.setGridSize(pool.threads());
        return handler;
    }

    @Bean
    Step renderDocuments(JobRepository jobRepository, RenderPartitioner renderPartitioner,
                         PartitionHandler renderPartitionHandler, NightlyResults results) {
        return new StepBuilder(MANAGER, jobRepository)
                .partitioner(WORKER, renderPartitioner)
                .partitionHandler(renderPartitionHandler)
                .aggregator(new PartitionFailureAggregator())
                .listener(new RenderedDocumentsCollector(jobRepository, renderPartitioner, WORKER, results))
                .build();
    }
}
