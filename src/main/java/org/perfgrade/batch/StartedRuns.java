package org.perfgrade.batch;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.stereotype.Component;

/**
 * 本线程启动的夜间作业: the run a thread's {@code jobOperator.start} call began (the job runs in the calling thread),
 * so that a start call that throws after the run began — the job repository unreachable at a step boundary, when
 * Spring Batch cannot record the run's end — is known to have started a run that now reads as running, and the
 * runner can mark that run failed once the database answers.
 */
@Component
public class StartedRuns implements JobExecutionListener {

    private final ThreadLocal<Long> started = new ThreadLocal<>();

    @Override
    public void beforeJob(JobExecution execution) {
        started.set(execution.getId());
    }

    /** The id of the run this thread began since the last call, or null; forgets it. */
    Long take() {
        Long id = started.get();
        started.remove();
        return id;
    }
}
