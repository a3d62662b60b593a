package org.perfgrade.batch;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

/**
 * 子作业步骤: what every job step of a business-date job needs around the child job it runs. Before the step, the
 * child run a dead process left without execution, UNKNOWN, or with a step still reading as running is repaired
 * ({@link InterruptedRunRepair#markChildFailed}), so that the parent's restart continues it instead of being refused;
 * after it, a failed child's own words become the step's failure ({@link ChildJobFailure}), as Spring Batch's job step
 * only says "the delegate Job failed in JobStep". A subclass names the child's key and may take over its results.
 */
public abstract class ChildJobStepListener implements StepExecutionListener {

    private final JobRepository repository;
    private final InterruptedRunRepair repair;

    protected ChildJobStepListener(JobRepository repository, InterruptedRunRepair repair) {
        this.repository = repository;
        this.repair = repair;
    }

    /** The child job's key for the parent run this step belongs to. */
    protected abstract JobKey childKey(StepExecution step);

    /** After a child run that completed: take over what it produced. */
    protected void completed(StepExecution step, JobExecution child) {
    }

    @Override
    public void beforeStep(StepExecution step) {
        JobKey key = childKey(step);
        repair.clearOrphan(key.jobName(), key.parameters());
        repair.markChildFailed(lastRun(key));
    }

    @Override
    public ExitStatus afterStep(StepExecution step) {
        JobExecution child = lastRun(childKey(step));
        if (child != null) {
            ChildJobFailure.of(child).ifPresentOrElse(step::addFailureException, () -> completed(step, child));
        }
        return null;
    }

    private JobExecution lastRun(JobKey key) {
        JobInstance instance = repository.getJobInstance(key.jobName(), key.parameters());
        return instance == null ? null : repository.getLastJobExecution(instance);
    }
}
