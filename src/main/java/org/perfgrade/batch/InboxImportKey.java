package org.perfgrade.batch;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * 分县区并行导入作业的业务键: {@code inboxImportJob} for a business date, an inbox folder and a revision (the same
 * inbox and date again is the next revision); where the files came from and whether refused files move aside do not
 * identify the run. The {@code takeIn} step of {@code nightlyJob} runs it under the night's revision
 * ({@link #ofNight(LocalDate, Path, long)}: identified by date and {@code nightlyRevision}, as the night's inbox does
 * not identify the night), so that revision 2 of a night takes in again instead of finding it complete.
 *
 * @param source 收件目录, 网页上传… as recorded on each submission
 * @param nightlyRevision the revision of the night that runs it, 0 when it runs on its own
 */
public record InboxImportKey(LocalDate runDate, Path inbox, long revision, String source, boolean moveRejected,
                             long nightlyRevision) implements JobKey {

    public static final String JOB = "inboxImportJob";
    public static final String RUN_DATE = "runDate";
    public static final String INBOX = "inbox";
    public static final String REVISION = "revision";
    public static final String SOURCE = "source";
    public static final String MOVE_REJECTED = "moveRejected";
    public static final String NIGHTLY_REVISION = "nightlyRevision";

    public InboxImportKey {
        Objects.requireNonNull(runDate, "runDate");
        inbox = inbox.toAbsolutePath().normalize();
        source = source == null ? "收件目录" : source;
    }

    public InboxImportKey(LocalDate runDate, Path inbox, long revision, String source, boolean moveRejected) {
        this(runDate, inbox, revision, source, moveRejected, 0);
    }

    /** The intake of a night's run: the whole inbox and the county databases, one per night revision. */
    public static InboxImportKey ofNight(LocalDate runDate, Path inbox, long nightlyRevision) {
        return new InboxImportKey(runDate, inbox, 1, null, true, nightlyRevision);
    }

    /** Whether a run's parameters are those of a night's intake ({@link #ofNight}). */
    public static boolean isNight(JobParameters parameters) {
        return parameters.getLong(NIGHTLY_REVISION) != null;
    }

    @Override
    public String jobName() {
        return JOB;
    }

    @Override
    public JobParameters parameters() {
        JobParametersBuilder builder = new JobParametersBuilder().addLocalDate(RUN_DATE, runDate)
                .addString(INBOX, inbox.toString(), nightlyRevision == 0)
                .addLong(REVISION, revision)
                .addString(SOURCE, source, false)
                .addString(MOVE_REJECTED, String.valueOf(moveRejected), false);
        if (nightlyRevision > 0) {
            builder.addLong(NIGHTLY_REVISION, nightlyRevision);
        }
        return builder.toJobParameters();
    }

    @Override
    public InboxImportKey withRevision(long revision) {
        return new InboxImportKey(runDate, inbox, revision, source, moveRejected, nightlyRevision);
    }
}
