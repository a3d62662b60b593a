package org.perfgrade.batch;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * 夜间作业的业务键: {@code nightlyJob} for a business date and a revision (a later run of the date, after late files,
 * is the next revision); the inbox it takes in and the documents it renders ({@link Documents}) do not identify the
 * run.
 */
public record NightlyKey(LocalDate runDate, long revision, Path inbox, Documents documents) implements JobKey {

    public static final String JOB = "nightlyJob";
    public static final String RUN_DATE = "runDate";
    public static final String REVISION = "revision";
    public static final String INBOX = "inbox";
    public static final String DOCUMENTS = "documents";

    /**
     * 生成范围: what the night renders after its snapshot — every daily document city-wide and per county
     * ({@code all}, the nightly schedule's and the console's), the city-wide briefing only ({@code briefing}, a day
     * of the campaign replay that shows its progress) or nothing ({@code none}, an ordinary day of the replay).
     */
    public enum Documents {
        ALL, BRIEFING, NONE;

        /** The parameter's value ({@code all}, {@code briefing}, {@code none}). */
        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        /** The scope of a parameter's value; absent (runs stored before the scope existed) is {@code all}. */
        public static Documents ofCode(String code) {
            return code == null ? ALL : valueOf(code.toUpperCase(java.util.Locale.ROOT));
        }
    }

    public NightlyKey {
        Objects.requireNonNull(runDate, "runDate");
        Objects.requireNonNull(inbox, "inbox");
        documents = documents == null ? Documents.ALL : documents;
    }

    public NightlyKey(LocalDate runDate, long revision, Path inbox) {
        this(runDate, revision, inbox, Documents.ALL);
    }

    /** The date's first revision: the runner moves on to the one to run. */
    public static NightlyKey of(LocalDate runDate, Path inbox) {
        return new NightlyKey(runDate, 1, inbox, Documents.ALL);
    }

    /** As {@link #of(LocalDate, Path)}, rendering only {@code documents}. */
    public static NightlyKey of(LocalDate runDate, Path inbox, Documents documents) {
        return new NightlyKey(runDate, 1, inbox, documents);
    }

    @Override
    public String jobName() {
        return JOB;
    }

    @Override
    public JobParameters parameters() {
        return new JobParametersBuilder(identifying(runDate, revision))
                .addString(INBOX, inbox.toAbsolutePath().normalize().toString(), false)
                .addString(DOCUMENTS, documents.code(), false).toJobParameters();
    }

    @Override
    public NightlyKey withRevision(long revision) {
        return new NightlyKey(runDate, revision, inbox, documents);
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
