package org.perfgrade.batch;

import java.time.LocalDate;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * 单个文件导入作业的业务键: {@code importJob} for the county a file was taken in for and the file's SHA-256 (with
 * its submission id) — the same file from the same county is one job instance, so a crashed import restarts instead
 * of starting over, while the same bytes from another county are a submission of their own (issue #10). A held file
 * the city confirmed runs again as its own instance ({@code confirmed}). The business date and the county hint do
 * not identify the run.
 *
 * @param county the county code the file was taken in for, "" when none was known before the import
 */
public record ImportKey(String county, String sha256, long submission, boolean confirmed, LocalDate runDate,
                        String countyHint, String countyHintSource) implements JobKey {

    public static final String JOB = "importJob";
    public static final String SUBMISSION = "submission";
    public static final String SHA256 = "sha256";
    public static final String COUNTY = "county";
    public static final String CONFIRMED = "confirmed";
    public static final String RUN_DATE = "runDate";
    public static final String COUNTY_HINT = "countyHint";
    public static final String COUNTY_HINT_SOURCE = "countyHintSource";

    public ImportKey {
        county = county == null ? "" : county;
    }

    @Override
    public String jobName() {
        return JOB;
    }

    @Override
    public JobParameters parameters() {
        JobParametersBuilder builder = new JobParametersBuilder()
                .addLong(SUBMISSION, submission)
                .addString(SHA256, sha256)
                .addString(COUNTY, county)
                .addLocalDate(RUN_DATE, runDate, false);
        if (confirmed) {
            builder.addString(CONFIRMED, "true");
        }
        if (countyHint != null) {
            builder.addString(COUNTY_HINT, countyHint, false).addString(COUNTY_HINT_SOURCE, countyHintSource, false);
        }
        return builder.toJobParameters();
    }

    /** The key of a run, read back from its parameters (in a step). */
    public static ImportKey from(JobParameters p) {
        return new ImportKey(p.getString(COUNTY), p.getString(SHA256), p.getLong(SUBMISSION),
                "true".equals(p.getString(CONFIRMED)), p.getLocalDate(RUN_DATE), p.getString(COUNTY_HINT),
                p.getString(COUNTY_HINT_SOURCE));
    }
}
