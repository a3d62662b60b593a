package org.perfgrade.document;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A document as written and recorded: where it is (relative to the output folder) and its SHA-256. */
public record ArchivedDocument(String kind, String path, String sha256, long size, LocalDate asOf, String county,
                               OffsetDateTime createdAt) {
}
