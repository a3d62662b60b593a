package org.perfgrade.ingest;

import java.time.LocalDate;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * The parameters of one {@code importJob} run. The business key is the county the file was taken in for and the
 * file's SHA-256 (with its submission id): the same file from the same county is one job instance, so a crashed
 * import restarts instead of starting over, while the same bytes from another county are a submission of their own.
 * A held file the city confirmed (待市局确认 → 确认) runs again as its own instance ({@code confirmed}), which applies
 * the rows without the held check. The business date and the county hint do not identify the run.
 *
 * @param countyKey the county code the file was taken in for, "" when none was known before the import
 * @param confirmed true for the run after the city confirmed a held file
 */
public record ImportJobParameters(long submissionId, String sha256, LocalDate asOf, String countyHint,
                                  String countyHintSource, String countyKey, boolean confirmed) {

    static final String SUBMISSION = "submission";
    static final String SHA256 = "sha256";
    static final String COUNTY = "county";
    static final String CONFIRMED = "confirmed";
    static final String AS_OF = "asOf";
    static final String COUNTY_HINT = "countyHint";
    static final String COUNTY_HINT_SOURCE = "countyHintSource";

    public ImportJobParameters {
        countyKey = countyKey == null ? "" : countyKey;
    }

    /** A first run, for a file whose county was not known before the import. */
    public ImportJobParameters(long submissionId, String sha256, LocalDate asOf, String countyHint,
                               String countyHintSource) {
        this(submissionId, sha256, asOf, countyHint, countyHintSource, "", false);
    }

    public JobParameters toJobParameters() {
        JobParametersBuilder builder = new JobParametersBuilder()
                .addLong(SUBMISSION, submissionId)
                .addString(SHA256, sha256)
                .addString(COUNTY, countyKey)
                .addLocalDate(AS_OF, asOf, false);
        if (confirmed) {
            builder.addString(CONFIRMED, "true");
        }
        if (countyHint != null) {
            builder.addString(COUNTY_HINT, countyHint, false).addString(COUNTY_HINT_SOURCE, countyHintSource, false);
        }
        return builder.toJobParameters();
    }

    public static ImportJobParameters from(JobParameters parameters) {
        return new ImportJobParameters(parameters.getLong(SUBMISSION), parameters.getString(SHA256),
                parameters.getLocalDate(AS_OF), parameters.getString(COUNTY_HINT),
                parameters.getString(COUNTY_HINT_SOURCE), parameters.getString(COUNTY),
                "true".equals(parameters.getString(CONFIRMED)));
    }
}
