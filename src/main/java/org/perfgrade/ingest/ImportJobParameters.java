package org.perfgrade.ingest;

import java.time.LocalDate;

import org.perfgrade.batch.ImportKey;

import org.springframework.batch.core.job.parameters.JobParameters;

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

    public ImportJobParameters {
        countyKey = countyKey == null ? "" : countyKey;
    }

    /** A first run, for a file whose county was not known before the import. */
    public ImportJobParameters(long submissionId, String sha256, LocalDate asOf, String countyHint,
                               String countyHintSource) {
        this(submissionId, sha256, asOf, countyHint, countyHintSource, "", false);
    }

    /** The run's business key, which owns the parameter names. */
    public ImportKey key() {
        return new ImportKey(countyKey, sha256, submissionId, confirmed, asOf, countyHint, countyHintSource);
    }

    public JobParameters toJobParameters() {
        return key().parameters();
    }

    public static ImportJobParameters from(JobParameters parameters) {
        ImportKey key = ImportKey.from(parameters);
        return new ImportJobParameters(key.submission(), key.sha256(), key.runDate(), key.countyHint(),
                key.countyHintSource(), key.county(), key.confirmed());
    }
}
