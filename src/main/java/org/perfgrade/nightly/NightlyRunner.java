package org.perfgrade.nightly;

import java.nio.file.Path;
import java.time.LocalDate;

import org.perfgrade.batch.BusinessDateJobs;
import org.perfgrade.batch.JobOutcome;
import org.perfgrade.batch.NightlyKey;
import org.perfgrade.snapshot.SnapshotRepository;

import org.springframework.stereotype.Service;

/**
 * Runs {@code nightlyJob} for a business date ({@link NightlyKey}: the date and a revision, never a timestamp): a
 * failed run of the date is restarted where it stopped; after a completed one the next revision runs (late files). A
 * run of the same date still marked as running is refused — unless the caller states that its process is gone
 * ({@code recover}), in which case it and the jobs it started are marked failed and restarted.
 */
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

    /** Takes in the inbox, computes the snapshot and renders the documents of a date; see the class. */
    public NightlyOutcome run(LocalDate asOf, Path inbox, boolean recover) {
        JobOutcome outcome = jobs.run(NightlyKey.of(asOf, inbox), recover);
        long id = outcome.executionId();
        if (!outcome.completed()) {
            if (outcome.status() == JobOutcome.Status.FAILED) {
                results.takeImports(id);
                results.takeDocuments(id);
            }
            throw new NightlyRunException(NightlyMessages.of(asOf, outcome), outcome.failure());
        }
        return new NightlyOutcome(asOf, outcome.revision(), outcome.restarted(), results.takeImports(id),
                snapshots.find(asOf).orElseThrow(), results.takeDocuments(id));
    }
}
