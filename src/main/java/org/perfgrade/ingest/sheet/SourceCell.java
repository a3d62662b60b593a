package org.perfgrade.ingest.sheet;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One cell as the county wrote it: its reference (e.g. {@code H12}), its text as Excel shows it, and, when the cell
 * holds a real Excel date or a number, that value too.
 *
 * @param text   the displayed text, trimmed; empty for a blank cell, never null
 * @param date   the date of a date-formatted numeric cell, else null
 * @param number the value of a numeric cell, else null
 */
public record SourceCell(String ref, String text, LocalDate date, BigDecimal number) {

    public boolean isBlank() {
        return text.isBlank() && date == null && number == null;
    }
}
