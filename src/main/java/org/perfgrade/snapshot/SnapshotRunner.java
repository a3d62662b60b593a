package org.perfgrade.snapshot;

import java.time.LocalDate;

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
 * Runs {@code snapshotJob} for a business date: restarts the date's failed run if there is one, else starts the
 * next revision, and hands back the stored snapshot.
 */
@Service
public class SnapshotRunner {

    static final String RUN_DATE = "runDate";
    static final String REVISION = "revision";

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job snapshotJob;
    private final SnapshotRepository snapshots;

    SnapshotRunner(JobOperator jobOperator, JobRepository jobRepository, Job snapshotJob,
                   SnapshotRepository snapshots) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.snapshotJob = snapshotJob;
        this.snapshots = snapshots;
    }

    public Snapshot run(LocalDate asOf) {
        JobParameters parameters = parameters(asOf, nextRevision(asOf));
        try {
            org.perfgrade.JobInstances.prepareStart(jobRepository, SnapshotJobConfiguration.JOB, parameters);
            JobExecution execution = jobOperator.start(snapshotJob, parameters);
            if (execution.getStatus() != BatchStatus.COMPLETED) {
                Throwable cause = execution.getAllFailureExceptions().stream().findFirst().orElse(null);
                throw new IllegalStateException("快照作业未完成（" + asOf + "），可重新运行以继续："
                        + (cause == null ? execution.getExitStatus().getExitDescription() : cause.getMessage()),
                        cause);
            }
        }
        catch (IllegalStateException ex) {
            throw ex;
        }
        catch (Exception ex) {
            throw new IllegalStateException("无法启动快照作业（" + asOf + "）：" + ex.getMessage(), ex);
        }
        return snapshots.find(asOf).orElseThrow();
    }

    /** The first revision of the date that has no completed run (a failed one is restarted). */
    private long nextRevision(LocalDate asOf) {
        for (long revision = 1; ; revision++) {
            JobInstance instance = jobRepository.getJobInstance(SnapshotJobConfiguration.JOB,
                    parameters(asOf, revision));
            if (instance == null) {
                return revision;
            }
            JobExecution last = jobRepository.getLastJobExecution(instance);
            if (last == null || last.getStatus() != BatchStatus.COMPLETED) {
                // an UNKNOWN revision is restarted as well (see JobInstances)
                return revision;
            }
        }
    }

    private static JobParameters parameters(LocalDate asOf, long revision) {
        return new JobParametersBuilder().addLocalDate(RUN_DATE, asOf).addLong(REVISION, revision).toJobParameters();
    }
}
