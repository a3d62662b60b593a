package org.perfgrade.ingest;

import java.time.LocalDate;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * The parameters of one {@code importJob} run. The business key is the file's SHA-256 (with its submission id):
 * the same file is one job instance, so a crashed import restarts instead of starting over. The business date and
 * the county hint do not identify the run.
 */
public record ImportJobParameters(long submissionId, String sha256, LocalDate asOf, String countyHint,
                                  String countyHintSource) {

    static final String SUBMISSION = "submission";
    static final String SHA256 = "sha256";
    static final String AS_OF = "asOf";
    static final String COUNTY_HINT = "countyHint";
    static final String COUNTY_HINT_SOURCE = "countyHintSource";

    public JobParameters toJobParameters() {
        JobParametersBuilder builder = new JobParametersBuilder()
                .addLong(SUBMISSION, submissionId)
                .addString(SHA256, sha256)
                .addLocalDate(AS_OF, asOf, false);
        if (countyHint != null) {
            builder.addString(COUNTY_HINT, countyHint, false).addString(COUNTY_HINT_SOURCE, countyHintSource, false);
        }
        return builder.toJobParameters();
    }

    public static ImportJobParameters from(JobParameters parameters) {
        return new ImportJobParameters(parameters.getLong(SUBMISSION), parameters.getString(SHA256),
                parameters.getLocalDate(AS_OF), parameters.getString(COUNTY_HINT),
                parameters.getString(COUNTY_HINT_SOURCE));
    }
}
