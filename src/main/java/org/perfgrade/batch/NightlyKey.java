package org.perfgrade.batch;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * 夜间作业的业务键: {@code nightlyJob} for a business date and a revision (a later run of the date, after late files,
 * is the next revision); the inbox it takes in does not identify the run.
 */
public record NightlyKey(LocalDate runDate, long revision, Path inbox) implements JobKey {

    public static final String JOB = "nightlyJob";
    public static final String RUN_DATE = "runDate";
    public static final String REVISION = "revision";
    public static final String INBOX = "inbox";

    public NightlyKey {
        Objects.requireNonNull(runDate, "runDate");
        Objects.requireNonNull(inbox, "inbox");
    }

    /** The date's first revision: the runner moves on to the one to run. */
    public static NightlyKey of(LocalDate runDate, Path inbox) {
        return new NightlyKey(runDate, 1, inbox);
    }

    @Override
    public String jobName() {
        return JOB;
    }

    @Override
    public JobParameters parameters() {
        return new JobParametersBuilder(identifying(runDate, revision))
                .addString(INBOX, inbox.toAbsolutePath().normalize().toString(), false).toJobParameters();
    }

    @Override
    public NightlyKey withRevision(long revision) {
        return new NightlyKey(runDate, revision, inbox);
    }

    @Override
    public boolean clearsOrphans() {
        return false;
    }

    /** The intake, import and snapshot runs the night's steps start. */
    @Override
    public List<String> childJobs() {
        return List.of(InboxImportKey.JOB, ImportKey.JOB, SnapshotKey.JOB);
    }

    /** The identifying parameters of a date's revision. */
    public static JobParameters identifying(LocalDate runDate, long revision) {
        return new JobParametersBuilder().addLocalDate(RUN_DATE, runDate).addLong(REVISION, revision)
                .toJobParameters();
    }
}
