package org.perfgrade.document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code manifest.json} of an output folder: the newest version of each document (kind, business date, county and
 * path — several receipts of one county and day are several documents). Rendering the same document again
 * replaces its entry. The file itself is replaced atomically.
 */
public final class Manifest {

    public static final String FILE_NAME = "manifest.json";

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private static final Comparator<ManifestEntry> ORDER = Comparator.comparing(ManifestEntry::kind)
            .thenComparing(ManifestEntry::asOf)
            .thenComparing(e -> e.county() == null ? "" : e.county())
            .thenComparing(ManifestEntry::path);

    private final Path file;

    public Manifest(Path outDir) {
        this.file = outDir.resolve(FILE_NAME);
    }

    public Path file() {
        return file;
    }

    public List<ManifestEntry> entries() throws IOException {
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            return JSON.readValue(file.toFile(), new TypeReference<List<ManifestEntry>>() { });
        }
        catch (JacksonException ex) {
            throw new IOException("清单文件 " + file + " 已损坏，无法读取：" + ex.getOriginalMessage(), ex);
        }
    }

    /** Adds the entry, replacing the one of the same kind, date and county. */
    public synchronized void record(ManifestEntry entry) throws IOException {
        List<ManifestEntry> entries = new ArrayList<>(entries());
        entries.removeIf(e -> e.sameDocumentAs(entry) || e.path().equals(entry.path()));
        entries.add(entry);
        entries.sort(ORDER);
        byte[] json = JSON.writeValueAsBytes(entries);
        AtomicFiles.write(file, out -> out.write(json));
    }
}
