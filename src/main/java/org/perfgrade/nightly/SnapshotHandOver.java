package org.perfgrade.nightly;

import org.perfgrade.batch.ChildJobStepListener;
import org.perfgrade.batch.InterruptedRunRepair;
import org.perfgrade.batch.NightlyKey;
import org.perfgrade.batch.SnapshotKey;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/**
 * The night's {@code snapshot} job step around {@code snapshotJob}, keyed by the night's date and revision
 * ({@link SnapshotKey#ofNight}): repaired before, its failure in its own words after ({@link ChildJobStepListener}).
 */
@Component
class SnapshotHandOver extends ChildJobStepListener {

    SnapshotHandOver(JobRepository repository, InterruptedRunRepair repair) {
        super(repository, repair);
    }

    /** The snapshot of the night whose step this is. */
    static SnapshotKey key(StepExecution snapshot) {
        var night = snapshot.getJobParameters();
        return SnapshotKey.ofNight(night.getLocalDate(NightlyKey.RUN_DATE), night.getLong(NightlyKey.REVISION));
    }

    @Override
    protected SnapshotKey childKey(StepExecution step) {
        return key(step);
    }
}
