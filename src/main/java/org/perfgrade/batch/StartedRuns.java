package org.perfgrade.batch;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.stereotype.Component;

/**
 * 本线程启动的作业: the run a thread's {@code jobOperator.start} call began (the job runs in the calling thread), by
 * job name, for the jobs that list it as a listener ({@code nightlyJob}, {@code filingJob}). A start call that throws
 * after the run began — the job repository unreachable at a step boundary, when Spring Batch cannot record the run's
 * end — is so known to have started a run that now reads as running, and {@link BusinessDateJobs} can mark that run
 * failed once the database answers. A caller that runs a job on a thread of its own (the console) can also
 * {@link #watch} for the execution id as soon as the run exists.
 */
@Component
public class StartedRuns implements JobExecutionListener {

    private final ThreadLocal<Map<String, Long>> started = ThreadLocal.withInitial(HashMap::new);
    private final ThreadLocal<CompletableFuture<Long>> watched = new ThreadLocal<>();

    @Override
    public void beforeJob(JobExecution execution) {
        started.get().put(execution.getJobInstance().getJobName(), execution.getId());
        CompletableFuture<Long> watcher = watched.get();
        if (watcher != null) {
            watched.remove();
            watcher.complete(execution.getId());
        }
    }

    /** The id of the run of the job this thread began since the last call, or null; forgets it. */
    Long take(String jobName) {
        return started.get().remove(jobName);
    }

    /**
     * Completes {@code startedId} with the execution id of the next run this thread begins (of a job listing this
     * listener); call on the thread that will start the job.
     */
    public void watch(CompletableFuture<Long> startedId) {
        watched.set(startedId);
    }

    /** Stops watching on this thread (the run ended without beginning, or was seen). */
    public void unwatch() {
        watched.remove();
    }
}
