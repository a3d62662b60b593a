package org.perfgrade.document;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One line of {@code out/manifest.json}: a document the output folder holds, with its SHA-256. {@code county} is
 * absent for city-wide documents; {@code asOf} is the business date (YYYY-MM-DD), {@code createdAt} an ISO-8601
 * time with offset.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ManifestEntry(String kind, String path, String sha256, String asOf, String county, String createdAt) {

    boolean sameDocumentAs(ManifestEntry other) {
        return kind.equals(other.kind) && asOf.equals(other.asOf) && java.util.Objects.equals(county, other.county)
                && path.equals(other.path);
    }
}
