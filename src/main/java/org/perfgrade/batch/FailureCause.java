package org.perfgrade.batch;

import java.util.List;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.UnexpectedJobExecutionException;

/**
 * 失败原因: why a run failed, in the failure's own words. A job step (the night's {@code takeIn} and {@code snapshot})
 * fails with Spring Batch's "the delegate Job failed in JobStep", which says nothing, and the job repository keeps no
 * exceptions: the child's failure, which the step's listener hands over ({@link ChildJobFailure}), is what the run
 * reports.
 */
final class FailureCause {

    private FailureCause() {
    }

    /**
     * The run's first failure; a job step's own "the delegate Job failed in JobStep" says nothing, so the child job's
     * failure, which the step's listener hands over (the job repository keeps no exceptions), comes first.
     */
    static Throwable first(JobExecution execution) {
        List<Throwable> failures = execution.getAllFailureExceptions();
        return failures.stream().filter(t -> !(t instanceof UnexpectedJobExecutionException)).findFirst()
                .orElse(failures.isEmpty() ? null : failures.get(0));
    }
}
