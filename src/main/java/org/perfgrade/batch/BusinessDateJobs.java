package org.perfgrade.batch;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.perfgrade.batch.JobOutcome.Status;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.configuration.support.MapJobRegistry;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.launch.support.TaskExecutorJobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.stereotype.Service;

/**
 * 业务日期作业的唯一启动处: every job of perfgrade starts here, by its {@link JobKey} — never by a timestamp. A key
 * with revisions runs the first revision of the date that has not completed: a failed run is restarted where it
 * stopped, after a completed one the next revision runs (late files). Before the start, {@link InterruptedRunRepair}
 * clears an orphaned instance and marks an UNKNOWN run failed; a run of the key still marked as running is refused
 * ({@link Status#RUNNING}) unless the caller states that its process is gone. The outcome comes back as a
 * {@link JobOutcome} for the caller to word.
 */
@Service
public class BusinessDateJobs implements DisposableBean {

    private final JobOperator jobOperator;
    private final JobRepository repository;
    private final ObjectProvider<Job> jobs;
    private final InterruptedRunRepair repair;
    private final StartedRuns startedRuns;
    private final SimpleAsyncTaskExecutor background = new SimpleAsyncTaskExecutor("business-date-job-");
    private final TaskExecutorJobOperator asyncOperator = new TaskExecutorJobOperator();

    BusinessDateJobs(JobOperator jobOperator, JobRepository repository, ObjectProvider<Job> jobs,
                     InterruptedRunRepair repair, StartedRuns startedRuns) throws Exception {
        this.jobOperator = jobOperator;
        this.repository = repository;
        this.jobs = jobs;
        this.repair = repair;
        this.startedRuns = startedRuns;
        asyncOperator.setJobRepository(repository);
        asyncOperator.setJobRegistry(new MapJobRegistry());
        asyncOperator.setTaskExecutor(background);
        asyncOperator.afterPropertiesSet();
    }

    /** Runs the key's job to its end in this thread. */
    public JobOutcome run(JobKey key) {
        return run(key, false);
    }

    /**
     * As {@link #run(JobKey)}.
     *
     * @param recover the caller knows that a run of the key still marked as running was interrupted (its process
     *                ended): mark it and the child jobs it left running failed, and continue it
     */
    public JobOutcome run(JobKey key, boolean recover) {
        Start start = prepare(key, recover);
        if (start.refusal != null) {
            return start.refusal;
        }
        JobKey at = start.key;
        JobExecution execution;
        startedRuns.take(at.jobName());
        try {
            execution = jobOperator.start(job(at.jobName()), at.parameters());
        }
        catch (Exception ex) {
            Long began = startedRuns.take(at.jobName());
            if (began != null) {
                Status status = repair.markFailedOnceReachable(began) ? Status.INTERRUPTED : Status.UNRECORDED;
                return JobOutcome.refused(status, began, at.revision(), ex.getMessage(), ex, null);
            }
            return startFailure(at, start.restart, ex);
        }
        startedRuns.take(at.jobName());
        return outcome(at, start.restart, execution);
    }

    /**
     * Runs the key's job up to {@code attempts} times while it fails, each time restarting the failed run where it
     * stopped (e.g. county partitions that deadlocked each other on MySQL/MariaDB: each file resumes after its last
     * committed chunk).
     */
    public JobOutcome run(JobKey key, int attempts) {
        List<Long> ids = new ArrayList<>();
        AtomicReference<JobOutcome> last = new AtomicReference<>();
        RetryTemplate retry = new RetryTemplate(RetryPolicy.builder().maxRetries(attempts - 1L).delay(Duration.ZERO)
                .includes(FailedRun.class).build());
        try {
            retry.execute(() -> {
                JobOutcome outcome = run(key, false);
                last.set(outcome);
                if (outcome.executionId() > 0) {
                    ids.add(outcome.executionId());
                }
                if (outcome.status() == Status.FAILED) {
                    throw new FailedRun();
                }
                return outcome;
            });
        }
        catch (RetryException stopped) {
            if (!(stopped.getCause() instanceof FailedRun)) {
                // not a failed run but a start that threw (e.g. the job repository unreachable): as it is
                throw stopped.getCause() instanceof RuntimeException runtime ? runtime
                        : new IllegalStateException(stopped.getMessage(), stopped.getCause());
            }
            // still failing after the last attempt: its outcome says why
        }
        return last.get().withAttempts(ids);
    }

    /**
     * Starts the key's job in the background (through Spring Batch's {@link TaskExecutorJobOperator}) and returns at
     * once with its execution id; its progress is then in the job repository.
     *
     * @throws IllegalStateException with a Chinese message when a run of the key is going or the start failed
     */
    public long start(JobKey key) {
        Start start = prepare(key, false);
        if (start.refusal != null) {
            throw new IllegalStateException(start.refusal.cause());
        }
        try {
            return asyncOperator.start(job(start.key.jobName()), start.key.parameters()).getId();
        }
        catch (Exception ex) {
            throw new IllegalStateException(startFailure(start.key, start.restart, ex).cause(), ex);
        }
    }

    /** The revision to run and what to repair first; a refusal when a run of the key is going. */
    private Start prepare(JobKey key, boolean recover) {
        JobKey at = key;
        while (true) {
            JobInstance instance = repository.getJobInstance(at.jobName(), at.parameters());
            JobExecution last = instance == null ? null
                    : repair.markUnknownFailed(repository.getLastJobExecution(instance));
            if (last == null) {
                if (instance != null && (recover || at.clearsOrphans())) {
                    // killed between creating the run and starting it: nothing was done, start it afresh
                    repair.clearOrphan(at.jobName(), at.parameters());
                }
                return new Start(at, false, null);
            }
            if (last.isRunning()) {
                if (!recover) {
                    return new Start(at, false, running(at, last));
                }
                repair.recoverInterrupted(last, at.childJobs());
                return new Start(at, true, null);
            }
            boolean done = last.getStatus() == BatchStatus.COMPLETED || last.getStatus() == BatchStatus.ABANDONED;
            if (done && at.revision() > 0) {
                at = at.withRevision(at.revision() + 1);
                continue;
            }
            if (!done) {
                repair.recoverLeftRunning(last, at.childJobs());
            }
            return new Start(at, true, null);
        }
    }

    /**
     * Why a start failed: a run of the same key started at the same instant by another thread or process (the job
     * repository's unique instance key let only one through) is reported as running, anything else as it is.
     */
    private JobOutcome startFailure(JobKey key, boolean restart, Exception ex) {
        try {
            JobInstance instance = repository.getJobInstance(key.jobName(), key.parameters());
            JobExecution other = instance == null ? null : repository.getLastJobExecution(instance);
            // the other start may have stored its instance but not yet its execution: it is running all the same
            if (instance != null && (!restart || other != null && other.isRunning())) {
                return other == null ? JobOutcome.refused(Status.RUNNING, -1, key.revision(), ex.getMessage(), ex, null)
                        : running(key, other);
            }
        }
        catch (RuntimeException unreachable) {
            // the repository is gone as well: report the original failure
        }
        return JobOutcome.refused(Status.NOT_STARTED, -1, key.revision(), ex.getMessage(), ex, null);
    }

    private static JobOutcome running(JobKey key, JobExecution last) {
        return JobOutcome.refused(Status.RUNNING, last.getId(), key.revision(), "执行编号 " + last.getId() + " 正在运行",
                null, last.getStartTime() != null ? last.getStartTime() : last.getCreateTime());
    }

    private static JobOutcome outcome(JobKey key, boolean restarted, JobExecution execution) {
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            return new JobOutcome(Status.COMPLETED, execution.getId(), key.revision(), restarted, null, null, null,
                    execution.getExitStatus(), null, execution.getExecutionContext(), List.of(execution.getId()));
        }
        Throwable cause = FailureCause.first(execution);
        String step = execution.getStepExecutions().stream().filter(s -> s.getStatus() != BatchStatus.COMPLETED)
                .map(StepExecution::getStepName).findFirst().orElse("?");
        return new JobOutcome(Status.FAILED, execution.getId(), key.revision(), restarted, step,
                cause == null ? execution.getExitStatus().getExitDescription() : cause.getMessage(), cause,
                execution.getExitStatus(), null, execution.getExecutionContext(), List.of(execution.getId()));
    }

    private Job job(String name) {
        return jobs.stream().filter(j -> j.getName().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("没有名为 " + name + " 的作业"));
    }

    @Override
    public void destroy() {
        background.close();
    }

    private record Start(JobKey key, boolean restart, JobOutcome refusal) {
    }

    /** An attempt that ended FAILED, for the retry template. */
    private static final class FailedRun extends RuntimeException {
        FailedRun() {
            super(null, null, false, false);
        }
    }
}
