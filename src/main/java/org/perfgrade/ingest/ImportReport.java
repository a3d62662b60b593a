package org.perfgrade.ingest;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.perfgrade.ingest.header.SkippedRow;
import org.perfgrade.ingest.problem.Problem;
import org.perfgrade.ingest.problem.ProblemLevel;

/**
 * What the importer says about one file: printed as text, or as one element of {@code files} with {@code --json}.
 *
 * @param file         the path as given
 * @param submissionId the submission's id in the register (for {@code import confirm ID}); null when the file was
 *                     refused before it was registered (not found, too large)
 * @param county       the submitting county's name; null only when the file could not be read
 * @param kind         ledger / improvement / application / violation / expert; null when not recognised
 * @param status       {@code imported}, {@code duplicate}, {@code held} or {@code rejected}
 * @param rows         data rows read
 * @param accepted     rows stored (for a held file: rows that would be stored)
 * @param rejected     rows refused
 * @param warnings     warnings (rows kept, county to confirm), corrections included
 * @param errors       every problem, errors and warnings
 * @param skipped      rows passed over as not data (footers, subtotals, repeated headers, blank rows)
 * @param reason       for a held or rejected file, why (e.g. {@code 没有可接收的数据行}); null otherwise
 * @param receipt      the receipt workbook, relative to the output folder
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ImportReport(String file, Long submissionId, String county, String kind, String status, int rows,
                           int accepted, int rejected, int warnings, List<Entry> errors, List<Skipped> skipped,
                           String reason, String receipt) {

    public static final String IMPORTED = "imported";
    public static final String DUPLICATE = "duplicate";
    public static final String HELD = "held";
    public static final String REJECTED = "rejected";

    public ImportReport {
        errors = List.copyOf(errors);
        skipped = List.copyOf(skipped);
    }

    /**
     * One problem, as the JSON output lists it; {@code original} and {@code readAs} are set for a correction (更正):
     * the cell as written and the value stored.
     */
    public record Entry(String level, String sheet, Integer row, String column, String code, String message,
                        String original, String readAs) {

        static Entry of(Problem p) {
            return new Entry(p.level() == ProblemLevel.ERROR ? "error" : "warning", p.sheet(), p.row(), p.column(),
                    p.code().code(), p.message(), p.original(), p.readAs());
        }
    }

    /** One row skipped as not data. */
    public record Skipped(String sheet, int row, String reason) {

        static Skipped of(SkippedRow r) {
            return new Skipped(r.sheet(), r.row(), r.reason());
        }
    }
}
