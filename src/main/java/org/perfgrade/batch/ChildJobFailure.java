package org.perfgrade.batch;

import java.util.Optional;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

/**
 * 子作业失败: the failure of a job a job step ran, in its own words. Spring Batch's job step fails with "the delegate
 * Job failed in JobStep" and the job repository keeps no exceptions, only the failed step's exit description (the
 * stack trace as text); this takes its first line's message so that the parent run reports why the child failed.
 */
public final class ChildJobFailure extends RuntimeException {

    private ChildJobFailure(String message) {
        super(message, null, false, false);
    }

    /** The child run's failure, from its first failed step's exit description; empty when it did not fail. */
    public static Optional<ChildJobFailure> of(JobExecution child) {
        if (child == null || child.getStatus() != BatchStatus.FAILED) {
            return Optional.empty();
        }
        return child.getStepExecutions().stream().filter(s -> s.getStatus() == BatchStatus.FAILED)
                .map(StepExecution::getExitStatus).map(e -> e.getExitDescription())
                .filter(d -> d != null && !d.isBlank()).findFirst()
                .map(d -> d.lines().findFirst().orElse(d))
                .map(line -> line.indexOf(": ") > 0 ? line.substring(line.indexOf(": ") + 2) : line)
                .map(ChildJobFailure::new);
    }
}
