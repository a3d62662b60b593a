package org.perfgrade.nightly;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

import org.perfgrade.JobInstances;
import org.perfgrade.snapshot.SnapshotRepository;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Service;

/**
 * Runs {@code nightlyJob} for a business date, keyed by the date and a revision (never by a timestamp): a failed run
 * of the date is restarted where it stopped; after a completed one the next revision runs (late files). A run of the
 * same date still marked as running is refused with a clear message — unless the caller states that its process is
 * gone ({@code recover}), in which case it and the jobs it started are marked failed and restarted.
 */
@Service
public class NightlyRunner {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** How long a run whose end could not be recorded waits for the database to mark the run failed. */
    private static final java.time.Duration UNRECORDED_WAIT = java.time.Duration.ofSeconds(30);

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job nightlyJob;
    private final SnapshotRepository snapshots;
    private final NightlyResults results;
    private final StartedRuns startedRuns;

    NightlyRunner(JobOperator jobOperator, JobRepository jobRepository, Job nightlyJob, SnapshotRepository snapshots,
                  NightlyResults results, StartedRuns startedRuns) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.nightlyJob = nightlyJob;
        this.snapshots = snapshots;
        this.results = results;
        this.startedRuns = startedRuns;
    }

    /**
     * Takes in the inbox (and the county databases), computes the snapshot and renders the documents of a date.
     *
     * @param recover the caller knows that a run of this date still marked as running was interrupted (its process
     *                ended): mark it failed and continue it
     * @throws NightlyRunException when the run fails (it can be restarted) or another run of the date is running
     */
    public NightlyOutcome run(LocalDate asOf, Path inbox, boolean recover) {
        Objects.requireNonNull(asOf, "asOf");
        long revision = 1;
        boolean restart = false;
        while (true) {
            JobInstance instance = jobRepository.getJobInstance(NightlyJobConfiguration.JOB, identifying(asOf, revision));
            JobExecution last = instance == null ? null : jobRepository.getLastJobExecution(instance);
            if (last != null && last.getStatus() == BatchStatus.UNKNOWN) {
                // failed while its database was away: safe to continue from the failed step (see JobInstances)
                last = JobInstances.prepareStart(jobRepository, NightlyJobConfiguration.JOB, identifying(asOf, revision));
            }
            if (last == null) {
                if (instance != null && recover) {
                    // killed between creating the run and starting it: nothing was done, start it afresh
                    JobInstances.clearOrphan(jobRepository, NightlyJobConfiguration.JOB, identifying(asOf, revision));
                }
                break;
            }
            if (last.isRunning()) {
                if (!recover) {
                    throw new NightlyRunException(running(asOf, revision, last), null);
                }
                recoverInterrupted(last);
                restart = true;
                break;
            }
            if (last.getStatus() == BatchStatus.COMPLETED || last.getStatus() == BatchStatus.ABANDONED) {
                revision++;
                continue;
            }
            recoverLeftRunning(last);
            restart = true;
            break;
        }
        return start(asOf, revision, restart, inbox);
    }

    private NightlyOutcome start(LocalDate asOf, long revision, boolean restart, Path inbox) {
        JobParameters parameters = new JobParametersBuilder(identifying(asOf, revision))
                .addString(NightlyJobConfiguration.INBOX, inbox.toAbsolutePath().normalize().toString(), false)
                .toJobParameters();
        JobExecution execution;
        startedRuns.take();
        try {
            execution = jobOperator.start(nightlyJob, parameters);
        }
        catch (Exception ex) {
            Long began = startedRuns.take();
            throw began != null ? failedUnrecorded(asOf, revision, began, ex) : startFailure(asOf, revision, restart, ex);
        }
        startedRuns.take();
        long id = execution.getId();
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            results.takeImports(id);
            results.takeDocuments(id);
            Throwable cause = execution.getAllFailureExceptions().stream().findFirst().orElse(null);
            String step = execution.getStepExecutions().stream()
                    .filter(s -> s.getStatus() != BatchStatus.COMPLETED).map(s -> s.getStepName()).findFirst()
                    .orElse("?");
            throw new NightlyRunException("夜间作业（" + asOf + "，第" + revision + "次）在步骤 " + step + " 失败："
                    + (cause == null ? execution.getExitStatus().getExitDescription() : cause.getMessage())
                    + "。排除问题后再次运行同一日期，将从失败的步骤继续。", cause);
        }
        return new NightlyOutcome(asOf, revision, restart, results.takeImports(id),
                snapshots.find(asOf).orElseThrow(), results.takeDocuments(id));
    }

    /**
     * The run began but Spring Batch could not record how it ended (the database went away at a step boundary): it
     * reads as running though nothing runs it any more. Once the database answers again (up to half a minute) it is
     * marked failed, so that running the date again continues from the failed step.
     */
    private NightlyRunException failedUnrecorded(LocalDate asOf, long revision, long executionId, Exception ex) {
        String how = "夜间作业（" + asOf + "，第" + revision + "次）运行中失败：" + ex.getMessage() + "。";
        long until = System.nanoTime() + UNRECORDED_WAIT.toNanos();
        while (true) {
            try {
                JobExecution left = jobRepository.getJobExecution(executionId);
                if (left != null && left.isRunning()) {
                    jobOperator.recover(left);
                }
                return new NightlyRunException(how + "排除问题后再次运行同一日期，将从失败的步骤继续。", ex);
            }
            catch (Exception unreachable) {
                if (System.nanoTime() > until || !pause()) {
                    return new NightlyRunException(how + "数据库仍无法访问，这次运行可能仍显示为正在运行；数据库恢复后加 "
                            + "--recover 再次运行同一日期，将从失败的步骤继续。", ex);
                }
            }
        }
    }

    /** Half a second; false when interrupted. */
    private static boolean pause() {
        try {
            Thread.sleep(500);
            return true;
        }
        catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Why a start failed: a run of the same date started at the same instant by another thread or process (the job
     * repository's unique instance key let only one through) is reported as running, anything else as it is.
     */
    private NightlyRunException startFailure(LocalDate asOf, long revision, boolean restart, Exception ex) {
        JobExecution other = null;
        boolean startedElsewhere = false;
        try {
            JobInstance instance = jobRepository.getJobInstance(NightlyJobConfiguration.JOB, identifying(asOf, revision));
            other = instance == null ? null : jobRepository.getLastJobExecution(instance);
            startedElsewhere = instance != null && (!restart || other != null && other.isRunning());
        }
        catch (RuntimeException unreachable) {
            // the repository is gone as well: report the original failure
        }
        if (startedElsewhere) {
            return new NightlyRunException(running(asOf, revision, other), ex);
        }
        return new NightlyRunException("无法启动夜间作业（" + asOf + "，第" + revision + "次）：" + ex.getMessage(), ex);
    }

    /**
     * A failed run whose database went away mid-import could not record the end of the import it was running: that
     * import, created during the failed run, still reads as running and would refuse the restart. It ran inside the
     * failed run's process, which has ended, so it is marked failed and the restart continues it.
     */
    private void recoverLeftRunning(JobExecution failed) {
        LocalDateTime from = failed.getCreateTime();
        LocalDateTime to = failed.getEndTime() != null ? failed.getEndTime() : failed.getLastUpdated();
        if (from == null || to == null) {
            return;
        }
        for (String job : new String[] { "importJob", "snapshotJob" }) {
            try {
                for (Long id : jobOperator.getRunningExecutions(job)) {
                    JobExecution running = jobRepository.getJobExecution(id);
                    LocalDateTime created = running == null ? null : running.getCreateTime();
                    if (created != null && !created.isBefore(from) && !created.isAfter(to)) {
                        jobOperator.recover(running);
                    }
                }
            }
            catch (Exception ex) {
                // a job never run has no executions to recover
            }
        }
    }

    /** Marks the interrupted run and whatever import or snapshot job it left running as failed. */
    private void recoverInterrupted(JobExecution last) {
        for (String job : new String[] { "importJob", "snapshotJob" }) {
            try {
                for (Long id : jobOperator.getRunningExecutions(job)) {
                    JobExecution running = jobRepository.getJobExecution(id);
                    if (running != null) {
                        jobOperator.recover(running);
                    }
                }
            }
            catch (Exception ex) {
                // a job never run has no executions to recover
            }
        }
        jobOperator.recover(last);
    }

    private static String running(LocalDate asOf, long revision, JobExecution last) {
        LocalDateTime started = last == null ? null
                : last.getStartTime() != null ? last.getStartTime() : last.getCreateTime();
        return "业务日期 " + asOf + " 的夜间作业（第" + revision + "次" + (last == null ? "" : "，执行编号 " + last.getId())
                + "）正在运行"
                + (started == null ? "" : "，开始于 " + TIME.format(started))
                + "。同一日期不能同时运行两次，请等它结束；如确认该进程已意外终止（如断电、被结束），加 --recover 重新运行，"
                + "将从中断的步骤继续。";
    }

    static JobParameters identifying(LocalDate asOf, long revision) {
        return new JobParametersBuilder().addLocalDate(NightlyJobConfiguration.RUN_DATE, asOf)
                .addLong(NightlyJobConfiguration.REVISION, revision).toJobParameters();
    }
}
