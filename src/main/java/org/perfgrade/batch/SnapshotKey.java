package org.perfgrade.batch;

import java.time.LocalDate;
import java.util.Objects;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * 快照作业的业务键: {@code snapshotJob} for a business date and a revision; a later revision replaces the date's
 * snapshot. The snapshot step of {@code nightlyJob} runs it under the night's revision
 * ({@link #ofNight(LocalDate, long)}: identified by {@code nightlyRevision} as well), so that revision 2 of a night
 * takes the snapshot again instead of finding it complete, and a snapshot taken on its own keeps its own revisions.
 *
 * @param nightlyRevision the revision of the night that runs it, 0 when it runs on its own
 */
public record SnapshotKey(LocalDate runDate, long revision, long nightlyRevision) implements JobKey {

    public static final String JOB = "snapshotJob";
    public static final String RUN_DATE = "runDate";
    public static final String REVISION = "revision";
    public static final String NIGHTLY_REVISION = "nightlyRevision";

    public SnapshotKey {
        Objects.requireNonNull(runDate, "runDate");
    }

    public static SnapshotKey of(LocalDate runDate) {
        return new SnapshotKey(runDate, 1, 0);
    }

    /** The snapshot of a night's run: one per night revision (the night's restart restarts it). */
    public static SnapshotKey ofNight(LocalDate runDate, long nightlyRevision) {
        return new SnapshotKey(runDate, 1, nightlyRevision);
    }

    @Override
    public String jobName() {
        return JOB;
    }

    @Override
    public JobParameters parameters() {
        JobParametersBuilder builder = new JobParametersBuilder().addLocalDate(RUN_DATE, runDate)
                .addLong(REVISION, revision);
        if (nightlyRevision > 0) {
            builder.addLong(NIGHTLY_REVISION, nightlyRevision);
        }
        return builder.toJobParameters();
    }

    @Override
    public SnapshotKey withRevision(long revision) {
        return new SnapshotKey(runDate, revision, nightlyRevision);
    }
}
