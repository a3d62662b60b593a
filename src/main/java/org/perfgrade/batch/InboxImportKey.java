package org.perfgrade.batch;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * 分县区并行导入作业的业务键: {@code inboxImportJob} for a business date, an inbox folder and a revision (the same
 * inbox and date again is the next revision); where the files came from and whether refused files move aside do not
 * identify the run.
 *
 * @param source 收件目录, 网页上传… as recorded on each submission
 */
public record InboxImportKey(LocalDate runDate, Path inbox, long revision, String source, boolean moveRejected)
        implements JobKey {

    public static final String JOB = "inboxImportJob";
    public static final String RUN_DATE = "runDate";
    public static final String INBOX = "inbox";
    public static final String REVISION = "revision";
    public static final String SOURCE = "source";
    public static final String MOVE_REJECTED = "moveRejected";

    public InboxImportKey {
        Objects.requireNonNull(runDate, "runDate");
        inbox = inbox.toAbsolutePath().normalize();
        source = source == null ? "收件目录" : source;
    }

    @Override
    public String jobName() {
        return JOB;
    }

    @Override
    public JobParameters parameters() {
        return new JobParametersBuilder().addLocalDate(RUN_DATE, runDate)
                .addString(INBOX, inbox.toString())
                .addLong(REVISION, revision)
                .addString(SOURCE, source, false)
                .addString(MOVE_REJECTED, String.valueOf(moveRejected), false)
                .toJobParameters();
    }

    @Override
    public InboxImportKey withRevision(long revision) {
        return new InboxImportKey(runDate, inbox, revision, source, moveRejected);
    }
}
