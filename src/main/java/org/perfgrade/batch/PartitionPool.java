package org.perfgrade.batch;

import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.core.task.TaskExecutor;

/**
 * 分区线程池: the one pool on which the partitions of this machine run — the counties of {@code inboxImportJob} and
 * the rendering partitions of {@code nightlyJob} — {@code perfgrade.batch.partition-threads} at a time, shared so
 * that two partitioned steps running at once share the cores instead of each taking all of them. Deliberately not an
 * {@link java.util.concurrent.Executor} bean itself, so that it takes no part in the application's task executor.
 */
public final class PartitionPool {

    private final int threads;
    private final SimpleAsyncTaskExecutor executor;

    public PartitionPool(PartitionProperties properties) {
        this.threads = properties.threads();
        this.executor = new SimpleAsyncTaskExecutor("partition-");
        this.executor.setConcurrencyLimit(threads);
    }

    /** The executor for a partition handler: at most {@link #threads()} partitions at once. */
    public TaskExecutor executor() {
        return executor;
    }

    /** How many partitions run at once. */
    public int threads() {
        return threads;
    }
}
