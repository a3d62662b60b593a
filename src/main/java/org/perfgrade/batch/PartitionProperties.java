package org.perfgrade.batch;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * 分区并行 ({@code perfgrade.batch}): how many counties are imported side by side on this machine.
 *
 * @param partitionThreads threads of the partition pool; 0 (the default) takes the number of cores
 */
@ConfigurationProperties("perfgrade.batch")
public record PartitionProperties(@DefaultValue("0") int partitionThreads) {

    public PartitionProperties {
        if (partitionThreads < 0) {
            throw new IllegalArgumentException("perfgrade.batch.partition-threads 不能为负数，现为 " + partitionThreads);
        }
    }

    /** The threads to use: the configured number, or the cores. */
    public int threads() {
        return partitionThreads > 0 ? partitionThreads : Runtime.getRuntime().availableProcessors();
    }
}
