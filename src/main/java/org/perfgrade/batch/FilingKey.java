package org.perfgrade.batch;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * 报省备案材料包作业的业务键: {@code filingJob} for a business date, a review batch (0 = every batch), whether gaps are
 * allowed and a revision; the materials folder and the work folder do not identify the run.
 */
public record FilingKey(LocalDate runDate, long batch, boolean allowIncomplete, long revision, Path materials,
                        Path workRoot) implements JobKey {

    public static final String JOB = "filingJob";
    public static final String RUN_DATE = "runDate";
    public static final String BATCH = "batch";
    public static final String ALLOW_INCOMPLETE = "allowIncomplete";
    public static final String REVISION = "revision";
    public static final String MATERIALS = "materials";
    public static final String WORK_ROOT = "workRoot";

    public FilingKey {
        Objects.requireNonNull(runDate, "runDate");
        Objects.requireNonNull(materials, "materials");
        Objects.requireNonNull(workRoot, "workRoot");
    }

    @Override
    public String jobName() {
        return JOB;
    }

    @Override
    public JobParameters parameters() {
        return new JobParametersBuilder()
                .addLocalDate(RUN_DATE, runDate)
                .addLong(BATCH, batch)
                .addString(ALLOW_INCOMPLETE, String.valueOf(allowIncomplete))
                .addLong(REVISION, revision)
                .addString(MATERIALS, materials.toAbsolutePath().normalize().toString(), false)
                .addString(WORK_ROOT, workRoot.toString(), false)
                .toJobParameters();
    }

    @Override
    public FilingKey withRevision(long revision) {
        return new FilingKey(runDate, batch, allowIncomplete, revision, materials, workRoot);
    }

    @Override
    public boolean clearsOrphans() {
        return false;
    }

    /** The key of a run, read back from its parameters (in a step). */
    public static FilingKey from(JobParameters p) {
        return new FilingKey(p.getLocalDate(RUN_DATE), p.getLong(BATCH),
                Boolean.parseBoolean(p.getString(ALLOW_INCOMPLETE)), p.getLong(REVISION),
                Path.of(p.getString(MATERIALS)), Path.of(p.getString(WORK_ROOT)));
    }
}
