package org.perfgrade.snapshot;

import java.time.LocalDate;

import org.perfgrade.batch.BusinessDateJobs;
import org.perfgrade.batch.JobOutcome;
import org.perfgrade.batch.SnapshotKey;

import org.springframework.stereotype.Service;

/**
 * Runs {@code snapshotJob} for a business date: restarts the date's failed run if there is one, else starts the
 * next revision, and hands back the stored snapshot.
 */
@Service
public class SnapshotRunner {

    private final BusinessDateJobs jobs;
    private final SnapshotRepository snapshots;

    SnapshotRunner(BusinessDateJobs jobs, SnapshotRepository snapshots) {
        this.jobs = jobs;
        this.snapshots = snapshots;
    }

    public Snapshot run(LocalDate asOf) {
        JobOutcome outcome = jobs.run(SnapshotKey.of(asOf));
        if (outcome.status() == JobOutcome.Status.FAILED) {
            throw new IllegalStateException("快照作业未完成（" + asOf + "），可重新运行以继续：" + outcome.cause(),
                    outcome.failure());
        }
        if (!outcome.completed()) {
            throw new IllegalStateException("无法启动快照作业（" + asOf + "）：" + outcome.cause(), outcome.failure());
        }
        return snapshots.find(asOf).orElseThrow();
    }
}
