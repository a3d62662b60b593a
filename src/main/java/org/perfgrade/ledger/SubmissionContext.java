package org.perfgrade.ledger;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The county submission (县区报送文件) a chunk of rows comes from: every write of the ledger is stamped with it, so
 * that a restarted import recognises its own rows and a newer submission of the same kind can retire what an older
 * one listed. The {@code submission} row must exist before rows are applied.
 *
 * @param submissionId the {@code submission} row of the file
 * @param countyCode   the county that sent it (GB/T 2260 code as in config)
 * @param asOf         the business date of the import: grade changes take effect and retirements happen on it
 * @param source       what the grade history names as the source, e.g.
 *                     {@code 兰考县重点行业绩效分级清单台账.xlsx (sha256 3f2a9c01b7de)}; at most 300 characters
 */
public record SubmissionContext(long submissionId, String countyCode, LocalDate asOf, String source) {

    public SubmissionContext {
        Objects.requireNonNull(countyCode, "countyCode");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(source, "source");
        if (source.length() > 300) {
            throw new IllegalArgumentException("source longer than 300 characters: " + source);
        }
    }
}
