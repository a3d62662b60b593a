package org.perfgrade.document;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code manifest.json} written by several processes and threads at once (the console's nightly run beside a
 * {@code perfgrade package} from the command line): no entry is lost, the file stays valid JSON.
 */
class ManifestTests {

    private static final int ENTRIES = 40;

    @TempDir
    Path out;

    @Test
    void writersInTwoOtherProcessesAndTwoThreadsLoseNoEntry() throws Exception {
        // given two child JVMs and two threads of this one, each recording its own documents
        List<Process> children = new ArrayList<>();
        for (String writer : new String[] { "p1", "p2" }) {
            children.add(new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                    System.getProperty("java.class.path"), Writer.class.getName(), out.toString(), writer)
                    .inheritIO().start());
        }
        List<Thread> threads = new ArrayList<>();
        for (String writer : new String[] { "t1", "t2" }) {
            Thread thread = new Thread(() -> Writer.write(new Manifest(out), writer));
            thread.start();
            threads.add(thread);
        }
        // when all are done
        for (Thread thread : threads) {
            thread.join(TimeUnit.MINUTES.toMillis(2));
        }
        for (Process child : children) {
            assertThat(child.waitFor(2, TimeUnit.MINUTES)).as("child writer ended").isTrue();
            assertThat(child.exitValue()).isZero();
        }
        // then every entry of every writer is there, once
        List<ManifestEntry> entries = new Manifest(out).entries();
        assertThat(entries).hasSize(4 * ENTRIES);
        assertThat(entries).extracting(ManifestEntry::path).doesNotHaveDuplicates();
        assertThat(entries).extracting(ManifestEntry::kind).containsOnly("p1", "p2", "t1", "t2");
    }

    /** A writer process: records {@value #ENTRIES} documents of its own kind. */
    public static final class Writer {

        public static void main(String[] args) {
            write(new Manifest(Path.of(args[0])), args[1]);
        }

        static void write(Manifest manifest, String kind) {
            try {
                for (int i = 0; i < ENTRIES; i++) {
                    manifest.record(new ManifestEntry(kind, kind + "/" + i + ".pdf", "0".repeat(64),
                            "2021-11-" + String.format("%02d", 1 + i % 28), String.valueOf(i), "2021-11-15T01:30:00"));
                }
            }
            catch (IOException ex) {
                throw new IllegalStateException(ex);
            }
        }
    }
}
