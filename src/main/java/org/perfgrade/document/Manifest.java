package org.perfgrade.document;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

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

    /** The lock file beside the manifest: empty, kept, never a document. */
    public static final String LOCK_FILE_NAME = FILE_NAME + ".lock";

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private static final Comparator<ManifestEntry> ORDER = Comparator.comparing(ManifestEntry::kind)
            .thenComparing(ManifestEntry::asOf)
            .thenComparing(e -> e.county() == null ? "" : e.county())
            .thenComparing(ManifestEntry::path);

    /** One monitor per lock file, for the writers of this JVM. */
    private static final ConcurrentMap<Path, Object> MONITORS = new ConcurrentHashMap<>();

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

    /**
     * Adds the entry, replacing the one of the same kind, date and county. The read-modify-write holds a lock on
     * {@link #LOCK_FILE_NAME} beside the file, so that processes writing to the same output folder at once (the
     * console's nightly run and a {@code perfgrade package} from the command line) never lose each other's entries;
     * within one JVM the folder's monitor serialises the writers first (a file lock is held per process).
     */
    public void record(ManifestEntry entry) throws IOException {
        Path lockFile = file.resolveSibling(LOCK_FILE_NAME);
        synchronized (MONITORS.computeIfAbsent(lockFile.toAbsolutePath().normalize(), p -> new Object())) {
            Files.createDirectories(file.getParent());
            try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock lock = channel.lock()) {
                List<ManifestEntry> entries = new ArrayList<>(entries());
                entries.removeIf(e -> e.sameDocumentAs(entry) || e.path().equals(entry.path()));
                entries.add(entry);
                entries.sort(ORDER);
                byte[] json = JSON.writeValueAsBytes(entries);
                AtomicFiles.write(file, out -> out.write(json));
            }
        }
    }
}
