package org.perfgrade.ingest;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What the importer says about one file: printed as text, or as one element of {@code files} with {@code --json}.
 *
 * @param file     the path as given
 * @param county   the submitting county's name; null only when the file could not be read
 * @param kind     ledger / improvement / application / violation / expert; null when not recognised
 * @param status   {@code imported}, {@code duplicate} or {@code rejected}
 * @param rows     data rows read
 * @param accepted rows stored
 * @param rejected rows refused
 * @param warnings warnings (rows kept, county to confirm)
 * @param receipt  the receipt workbook, relative to the output folder
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ImportReport(String file, String county, String kind, String status, int rows, int accepted,
                           int rejected, int warnings, List<Entry> errors, String receipt) {

    public static final String IMPORTED = "imported";
    public static final String DUPLICATE = "duplicate";
    public static final String REJECTED = "rejected";

    public ImportReport {
        errors = List.copyOf(errors);
    }

    /** One problem, as the JSON output lists it. */
    public record Entry(String level, String sheet, Integer row, String column, String code, String message) {

        static Entry of(Problem p) {
            return new Entry(p.level() == ProblemLevel.ERROR ? "error" : "warning", p.sheet(), p.row(), p.column(),
                    p.code().code(), p.message());
        }
    }
}
