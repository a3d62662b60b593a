package org.perfgrade;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

/**
 * 作业实例清理 (what {@code importJob}, {@code snapshotJob} and {@code nightlyJob} check before they start): a process
 * killed between creating a job instance and its first execution (two transactions in Spring
 * Batch) leaves an instance without executions, and Spring Batch then refuses every later start of that business
 * key ("Cannot find any job execution"). Removing such an orphan lets the run start again from the beginning, which
 * is all it had done. And a run whose database went away while it failed is left UNKNOWN (Spring Batch could not
 * roll back or record the failure), which Spring Batch refuses to restart; perfgrade's jobs are safe to continue —
 * a file already imported is recognised by its SHA-256, a chunk and the reader's position commit together, the
 * snapshot is replaced in one transaction, documents are rewritten atomically — so such a run is marked FAILED and
 * restarted from its failed step.
 */
public final class JobInstances {

    private JobInstances() {
    }

    /** Clears an orphan instance, or marks an UNKNOWN last execution FAILED; the instance's last execution after it. */
    public static JobExecution prepareStart(JobRepository repository, String jobName, JobParameters parameters) {
        if (clearOrphan(repository, jobName, parameters)) {
            return null;
        }
        JobExecution last = repository.getLastJobExecution(jobName, parameters);
        if (last != null && last.getStatus() == BatchStatus.UNKNOWN) {
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
        }
        return last;
    }

    /** Deletes the job's instance for these identifying parameters when it has no execution; true when it did. */
    public static boolean clearOrphan(JobRepository repository, String jobName, JobParameters parameters) {
        JobInstance instance = repository.getJobInstance(jobName, parameters);
        if (instance != null && repository.getLastJobExecution(instance) == null) {
            repository.deleteJobInstance(instance);
            return true;
        }
        return false;
    }
}
