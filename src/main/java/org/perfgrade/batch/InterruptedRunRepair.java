package org.perfgrade.batch;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.stereotype.Component;

/**
 * 中断运行的修复 (what {@link BusinessDateJobs} does before a start): a process killed between creating a job
 * instance and its first execution (two transactions in Spring Batch) leaves an instance without executions, and
 * Spring Batch then refuses every later start of that business key ("Cannot find any job execution"). Removing such
 * an orphan lets the run start again from the beginning, which is all it had done. And a run whose database went away
 * while it failed is left UNKNOWN (Spring Batch could not roll back or record the failure), which Spring Batch refuses
 * to restart; perfgrade's jobs are safe to continue — a file already imported is recognised by its SHA-256, a chunk
 * and the reader's position commit together, the snapshot is replaced in one transaction, documents are rewritten
 * atomically — so such a run is marked FAILED and restarted from its failed step. Runs a dead process left marked as
 * running (its own, and the child jobs it had started) are marked failed when the caller says the process is gone.
 */
@Component
public class InterruptedRunRepair {

    /** How long a run whose end could not be recorded waits for the database to mark the run failed. */
    static final Duration UNRECORDED_WAIT = Duration.ofSeconds(30);

    private final JobRepository repository;
    private final JobOperator jobOperator;
    private final RetryTemplate untilReachable = new RetryTemplate(RetryPolicy.builder()
            .maxRetries(Long.MAX_VALUE).delay(Duration.ofMillis(500)).timeout(UNRECORDED_WAIT).build());

    InterruptedRunRepair(JobRepository repository, JobOperator jobOperator) {
        this.repository = repository;
        this.jobOperator = jobOperator;
    }

    /** Marks an UNKNOWN run and its UNKNOWN steps FAILED, so that Spring Batch restarts it; the run as it now is. */
    JobExecution markUnknownFailed(JobExecution last) {
        if (last == null || last.getStatus() != BatchStatus.UNKNOWN) {
            return last;
        }
        for (StepExecution step : last.getStepExecutions()) {
            if (step.getStatus() == BatchStatus.UNKNOWN) {
                step.setStatus(BatchStatus.FAILED);
                step.setExitStatus(ExitStatus.FAILED);
                repository.update(step);
            }
        }
        last.setStatus(BatchStatus.FAILED);
        last.setExitStatus(ExitStatus.FAILED);
        repository.update(last);
        return last;
    }

    /**
     * A child job run by a job step of a parent that is starting again: its last run is UNKNOWN, or ended FAILED while
     * a step of it still reads as running (the database went away before the step's end was recorded, and Spring
     * Batch refuses to restart a run with a running step). The process that ran it has ended — the parent's start
     * made sure of that — so those steps and the run are marked FAILED and the job step continues the child.
     */
    public JobExecution markChildFailed(JobExecution last) {
        if (last == null || last.getStatus() == BatchStatus.COMPLETED || last.getStatus() == BatchStatus.ABANDONED) {
            return last;
        }
        boolean changed = false;
        for (StepExecution step : last.getStepExecutions()) {
            if (step.getStatus().isRunning() || step.getStatus() == BatchStatus.UNKNOWN) {
                step.setStatus(BatchStatus.FAILED);
                step.setExitStatus(ExitStatus.FAILED);
                repository.update(step);
                changed = true;
            }
        }
        if (changed || last.getStatus().isRunning() || last.getStatus() == BatchStatus.UNKNOWN) {
            last.setStatus(BatchStatus.FAILED);
            last.setExitStatus(ExitStatus.FAILED);
            repository.update(last);
        }
        return last;
    }

    /** Deletes the job's instance for these identifying parameters when it has no execution; true when it did. */
    public boolean clearOrphan(String jobName, JobParameters parameters) {
        JobInstance instance = repository.getJobInstance(jobName, parameters);
        if (instance != null && repository.getLastJobExecution(instance) == null) {
            repository.deleteJobInstance(instance);
            return true;
        }
        return false;
    }

    /** Marks the interrupted run and whatever child job it left running as failed. */
    void recoverInterrupted(JobExecution last, List<String> childJobs) {
        for (String job : childJobs) {
            for (JobExecution running : running(job)) {
                jobOperator.recover(running);
            }
        }
        jobOperator.recover(last);
    }

    /**
     * A failed run whose database went away mid-step could not record the end of the child job it was running: that
     * child, created during the failed run, still reads as running and would refuse the restart. It ran inside the
     * failed run's process, which has ended, so it is marked failed and the restart continues it.
     */
    void recoverLeftRunning(JobExecution failed, List<String> childJobs) {
        LocalDateTime from = failed.getCreateTime();
        LocalDateTime to = failed.getEndTime() != null ? failed.getEndTime() : failed.getLastUpdated();
        if (from == null || to == null) {
            return;
        }
        for (String job : childJobs) {
            for (JobExecution running : running(job)) {
                LocalDateTime created = running.getCreateTime();
                if (created != null && !created.isBefore(from) && !created.isAfter(to)) {
                    jobOperator.recover(running);
                }
            }
        }
    }

    /**
     * The run began but Spring Batch could not record how it ended (the database went away at a step boundary): it
     * reads as running though nothing runs it any more. Once the database answers again (up to half a minute) it is
     * marked failed, so that running the key again continues from the failed step.
     *
     * @return true when it was marked failed (or had ended), false when the database stayed away
     */
    boolean markFailedOnceReachable(long executionId) {
        try {
            return untilReachable.execute(() -> {
                JobExecution left = repository.getJobExecution(executionId);
                if (left != null && left.isRunning()) {
                    jobOperator.recover(left);
                }
                return true;
            });
        }
        catch (RetryException unreachable) {
            return false;
        }
    }

    private List<JobExecution> running(String job) {
        try {
            return jobOperator.getRunningExecutions(job).stream().map(repository::getJobExecution)
                    .filter(e -> e != null).toList();
        }
        catch (Exception ex) {
            return List.of(); // a job never run has no executions to recover
        }
    }
}
