package org.perfgrade.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.perfgrade.WorkspaceProperties;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * 文档归档: the only way perfgrade writes a document. Every write is atomic (temporary file, then rename), lands in
 * the output folder's {@code manifest.json}, and is recorded in the {@code archived_document} table with its
 * SHA-256, so that every version ever issued can be traced.
 */
@Service
public class DocumentArchive {

    /** Striped monitors: one document path always maps to the same one. */
    private static final Object[] WRITERS = newMonitors(64);

    private final Path outDir;
    private final Manifest manifest;
    private final JdbcClient jdbc;
    private final Clock clock;

    public DocumentArchive(WorkspaceProperties workspace, JdbcClient jdbc, Clock clock) {
        this.outDir = workspace.outDir().toAbsolutePath().normalize();
        this.manifest = new Manifest(outDir);
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Path outDir() {
        return outDir;
    }

    /**
     * Writes the document atomically under the output folder and records it. Documents of different paths are
     * written side by side (the nightly rendering partitions run on several threads); writers of the same path take
     * turns, and the manifest serialises its own read-modify-write.
     */
    public ArchivedDocument store(DocumentRequest request, DocumentContent content) {
        Path target = outDir.resolve(request.relativePath()).normalize();
        synchronized (WRITERS[Math.floorMod(target.hashCode(), WRITERS.length)]) {
            return store(request, content, target);
        }
    }

    private ArchivedDocument store(DocumentRequest request, DocumentContent content, Path target) {
        try {
            AtomicFiles.Written written = AtomicFiles.write(target, content);
            OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
            String county = request.county() == null ? null : request.county().name();
            ArchivedDocument document = new ArchivedDocument(request.kind(), request.relativePath(),
                    written.sha256(), written.size(), request.asOf(), county, now);
            // the archive row first: a manifest entry never points at a document the archive does not know
            recordVersion(document, request.county() == null ? null : request.county().code());
            manifest.record(new ManifestEntry(document.kind(), document.path(), document.sha256(),
                    document.asOf().toString(), county, now.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)));
            return document;
        }
        catch (IOException ex) {
            throw new UncheckedIOException("无法写入文档 " + target + "：" + ex.getMessage(), ex);
        }
    }

    /** Adds a version to the archive unless the newest one of the same document has the same content. */
    private void recordVersion(ArchivedDocument document, String countyCode) {
        String latest = jdbc.sql("SELECT sha256 FROM archived_document WHERE kind = :kind AND as_of = :asOf "
                        + "AND path = :path AND " + (countyCode == null ? "county_code IS NULL" : "county_code = :county")
                        + " ORDER BY id DESC LIMIT 1")
                .param("kind", document.kind()).param("asOf", document.asOf()).param("path", document.path())
                .params(countyCode == null ? java.util.Map.of() : java.util.Map.of("county", countyCode))
                .query(String.class).optional().orElse(null);
        if (document.sha256().equals(latest)) {
            return;
        }
        jdbc.sql("""
                INSERT INTO archived_document (kind, as_of, county_code, path, sha256, size_bytes, created_at)
                VALUES (:kind, :asOf, :county, :path, :sha256, :size, :createdAt)""")
                .param("kind", document.kind())
                .param("asOf", document.asOf())
                .param("county", countyCode)
                .param("path", document.path())
                .param("sha256", document.sha256())
                .param("size", document.size())
                .param("createdAt", document.createdAt().toLocalDateTime())
                .update();
    }

    private static Object[] newMonitors(int count) {
        Object[] monitors = new Object[count];
        for (int i = 0; i < count; i++) {
            monitors[i] = new Object();
        }
        return monitors;
    }

    /** The documents the output folder currently lists. */
    public List<ManifestEntry> manifestEntries() {
        try {
            return manifest.entries();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
