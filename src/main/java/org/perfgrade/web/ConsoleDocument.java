package org.perfgrade.web;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * 归档文档: one version of a document in {@code archived_document}, as the console lists and serves it.
 *
 * @param countyCode null for a city-wide document
 * @param path       relative to the output folder, as the archive recorded it (never taken from a request)
 */
public record ConsoleDocument(long id, String kind, LocalDate asOf, String countyCode, String path, String sha256,
                              long size, LocalDateTime createdAt) {

    /** The file name shown and offered for download (the last part of the path). */
    public String fileName() {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }

    public boolean cityWide() {
        return countyCode == null;
    }
}
