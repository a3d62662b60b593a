package org.perfgrade.nightly;

import org.perfgrade.batch.ChildJobFailure;
import org.perfgrade.batch.InterruptedRunRepair;
import org.perfgrade.batch.NightlyKey;
import org.perfgrade.batch.SnapshotKey;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/**
 * Before the night's {@code snapshot} job step starts {@code snapshotJob} (again): a snapshot run a dead process left
 * without execution, UNKNOWN, or with a step still reading as running is repaired, as {@link IntakeHandOver} does for
 * the intake, so that the night's restart continues it instead of being refused; after it, a failed snapshot's own
 * words become the step's failure ({@link ChildJobFailure}).
 */
@Component
class SnapshotHandOver implements StepExecutionListener {

    private final JobRepository repository;
    private final InterruptedRunRepair repair;

    SnapshotHandOver(JobRepository repository, InterruptedRunRepair repair) {
        this.repository = repository;
        this.repair = repair;
    }

    /** The snapshot of the night whose step this is. */
    static SnapshotKey key(StepExecution snapshot) {
        var night = snapshot.getJobParameters();
        return SnapshotKey.ofNight(night.getLocalDate(NightlyKey.RUN_DATE), night.getLong(NightlyKey.REVISION));
    }

    @Override
    public void beforeStep(StepExecution snapshot) {
        SnapshotKey key = key(snapshot);
        repair.clearOrphan(key.jobName(), key.parameters());
        JobInstance instance = repository.getJobInstance(key.jobName(), key.parameters());
        if (instance != null) {
            repair.markChildFailed(repository.getLastJobExecution(instance));
        }
    }

    /** A failed snapshot run's own words become the step's failure, so that the night reports why. */
    @Override
    public ExitStatus afterStep(StepExecution snapshot) {
        SnapshotKey key = key(snapshot);
        JobInstance instance = repository.getJobInstance(key.jobName(), key.parameters());
        if (instance != null) {
            ChildJobFailure.of(repository.getLastJobExecution(instance)).ifPresent(snapshot::addFailureException);
        }
        return null;
    }
}
