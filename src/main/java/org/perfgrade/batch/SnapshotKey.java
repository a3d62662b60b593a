package org.perfgrade.batch;

import java.time.LocalDate;
import java.util.Objects;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * 快照作业的业务键: {@code snapshotJob} for a business date and a revision; a later revision replaces the date's
 * snapshot.
 */
public record SnapshotKey(LocalDate runDate, long revision) implements JobKey {

    public static final String JOB = "snapshotJob";
    public static final String RUN_DATE = "runDate";
    public static final String REVISION = "revision";

    public SnapshotKey {
        Objects.requireNonNull(runDate, "runDate");
    }

    public static SnapshotKey of(LocalDate runDate) {
        return new SnapshotKey(runDate, 1);
    }

    @Override
    public String jobName() {
        return JOB;
    }

    @Override
    public JobParameters parameters() {
        return new JobParametersBuilder().addLocalDate(RUN_DATE, runDate).addLong(REVISION, revision)
                .toJobParameters();
    }

    @Override
    public SnapshotKey withRevision(long revision) {
        return new SnapshotKey(runDate, revision);
    }
}
