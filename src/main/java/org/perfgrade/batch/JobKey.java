package org.perfgrade.batch;

import java.util.List;

import org.springframework.batch.core.job.parameters.JobParameters;

/**
 * 作业业务键: what one run of a business-date job is — the job's name and the parameters that identify its instance
 * (a business date, a county and file, a revision; never a timestamp), plus the values the run needs besides. Each
 * job's key record owns the names of its parameters, so that the configuration that reads them and the caller that
 * starts the job share one spelling.
 */
public sealed interface JobKey permits NightlyKey, SnapshotKey, FilingKey, ImportKey, InboxImportKey {

    /** The job's name in the job repository. */
    String jobName();

    /** Every parameter of the run: the identifying ones and the others. */
    JobParameters parameters();

    /** The revision of a date's run (1 for the first); 0 for a key without revisions (the import of one file). */
    default long revision() {
        return 0;
    }

    /** The same key at another revision (the key itself when it has none). */
    default JobKey withRevision(long revision) {
        return this;
    }

    /**
     * Whether an instance without an execution is an interrupted start to clear before starting. False for the jobs
     * a person starts (a run of the date just being created by another process looks the same: it is refused as
     * running, unless the caller states that it was interrupted).
     */
    default boolean clearsOrphans() {
        return true;
    }

    /** Jobs this one starts in its steps, whose runs it may leave marked as running when its process ends. */
    default List<String> childJobs() {
        return List.of();
    }
}
