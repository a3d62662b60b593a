package org.perfgrade.nightly;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

import org.springframework.batch.core.partition.StepExecutionAggregator;
import org.springframework.batch.core.partition.support.DefaultStepExecutionAggregator;
import org.springframework.batch.core.step.StepExecution;

/**
 * Adds up the partitions of a step as Spring Batch does and, when one failed, fails the step with that partition's
 * own error (named after the partition) instead of Spring Batch's bare "Partition handler returned an unsuccessful
 * step", so that the message of the run says what went wrong and where.
 */
final class PartitionFailureAggregator implements StepExecutionAggregator {

    private final StepExecutionAggregator delegate = new DefaultStepExecutionAggregator();

    @Override
    public void aggregate(StepExecution result, Collection<StepExecution> executions) {
        delegate.aggregate(result, executions);
        Optional<StepExecution> failed = executions.stream().filter(e -> e.getStatus().isUnsuccessful())
                .min(Comparator.comparing(StepExecution::getStepName));
        if (failed.isPresent()) {
            StepExecution partition = failed.get();
            Throwable cause = partition.getFailureExceptions().stream().findFirst().orElse(null);
            throw new PartitionFailedException("分区 " + partition.getStepName() + " 失败："
                    + (cause == null ? partition.getExitStatus().getExitDescription() : cause.getMessage()), cause);
        }
    }

    /** A partition of the step failed; a restart of the run re-runs the failed partitions only. */
    static final class PartitionFailedException extends RuntimeException {

        PartitionFailedException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
