package org.perfgrade.nightly;

import java.nio.file.Path;
import java.time.LocalDate;

import org.perfgrade.batch.BusinessDateJobs;
import org.perfgrade.batch.JobOutcome;
import org.perfgrade.batch.NightlyKey;
import org.perfgrade.snapshot.SnapshotRepository;

import org.springframework.stereotype.Service;

/** Runs the night's job (take in, snapshot, render) for a business date ({@link NightlyKey}); gathers its outcome. */
@Service
public class NightlyRunner {

    private final BusinessDateJobs jobs;
    private final SnapshotRepository snapshots;
    private final NightlyResults results;

    NightlyRunner(BusinessDateJobs jobs, SnapshotRepository snapshots, NightlyResults results) {
        this.jobs = jobs;
        this.snapshots = snapshots;
        this.results = results;
    }

    /** @param recover the caller knows that a run of the date still marked as running was interrupted */
    public NightlyOutcome run(LocalDate asOf, Path inbox, boolean recover) {
        return run(asOf, inbox, recover, NightlyKey.Documents.ALL);
    }

    /**
     * As {@link #run(LocalDate, Path, boolean)}, rendering only {@code documents} (the campaign replay renders nothing
     * on most days and the briefing on the days that show progress).
     */
    public NightlyOutcome run(LocalDate asOf, Path inbox, boolean recover, NightlyKey.Documents documents) {
        JobOutcome outcome = jobs.run(NightlyKey.of(asOf, inbox, documents), recover);
        long id = outcome.executionId();
        if (!outcome.completed()) {
            results.forget(outcome.status() == JobOutcome.Status.FAILED ? id : 0); // a refused run's are not ours
            throw new NightlyRunException(NightlyMessages.of(asOf, outcome), outcome.failure());
        }
        return new NightlyOutcome(asOf, outcome.revision(), outcome.restarted(), results.takeImports(id),
                snapshots.find(asOf).orElseThrow(), results.takeDocuments(id));
    }
}
