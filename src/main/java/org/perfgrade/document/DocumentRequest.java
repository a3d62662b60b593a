package org.perfgrade.document;

import java.time.LocalDate;
import java.util.Objects;

import org.perfgrade.reference.County;

/**
 * What is about to be written: the manifest kind (kebab-case, e.g. {@code briefing-pdf}), the business date, the
 * county for a county extract (null for a city-wide document) and the path relative to the output folder.
 */
public record DocumentRequest(String kind, LocalDate asOf, County county, String relativePath) {

    public DocumentRequest {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(relativePath, "relativePath");
        if (!kind.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("manifest kind must be kebab-case: " + kind);
        }
        if (relativePath.startsWith("/") || relativePath.contains("..") || relativePath.contains("\\")) {
            throw new IllegalArgumentException("document path must stay inside the output folder: " + relativePath);
        }
    }

    public static DocumentRequest cityWide(String kind, LocalDate asOf, String relativePath) {
        return new DocumentRequest(kind, asOf, null, relativePath);
    }
}
