package org.perfgrade.reliability;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfgrade.DatabaseTest;
import org.perfgrade.LedgerTables;
import org.perfgrade.document.AtomicFiles;
import org.perfgrade.document.DocumentArchive;
import org.perfgrade.document.DocumentContent;
import org.perfgrade.document.DocumentRequest;
import org.perfgrade.document.ManifestEntry;
import org.perfgrade.nightly.NightlyOutcome;
import org.perfgrade.nightly.NightlyRunException;
import org.perfgrade.nightly.NightlyRunner;
import org.perfgrade.reference.ReferenceData;
import org.perfgrade.sample.SampleSubmissions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;

/**
 * The output disk full or read-only while documents are written: the job fails with a clear message and is marked
 * failed, the documents of the previous run stay intact and listed, no half-written file is visible, and the job
 * completes once there is room again. The output folder is a small tmpfs mounted for the test (tests run as root);
 * where mounting is not permitted, the same faults are injected through the archive's content stream (a write that
 * fails half-way with the disk's error), and the test says so.
 */
@DatabaseTest
class OutputFaultTests {

    private static final LocalDate DAY = LocalDate.of(2021, 9, 13);
    private static Path out;
    private static boolean mounted;

    @DynamicPropertySource
    static void outputOnASmallDisk(DynamicPropertyRegistry registry) throws IOException {
        out = Files.createTempDirectory("perfgrade-small-disk");
        mounted = sh("mount", "-t", "tmpfs", "-o", "size=256m", "tmpfs", out.toString());
        if (!mounted) {
            System.err.println("OutputFaultTests: mount not permitted here; faults injected through the archive's "
                    + "content stream instead of a full / read-only file system");
        }
        registry.add("perfgrade.out-dir", out::toString);
    }

    @AfterAll
    static void unmount() {
        if (mounted) {
            sh("umount", "-l", out.toString());
        }
    }

    @Autowired
    NightlyRunner nightly;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReferenceData reference;

    @MockitoSpyBean
    DocumentArchive archive;

    @TempDir
    Path inbox;

    @BeforeEach
    void clear() {
        LedgerTables.clear(jdbc);
        jdbc.sql("DELETE FROM snapshot_line").update();
        jdbc.sql("DELETE FROM snapshot").update();
    }

    @Test
    void aFullDiskFailsTheRenderingCleanlyAndTheRestartCompletesOnceThereIsRoom() throws IOException {
        // given yesterday's documents of the date, written
        SampleSubmissions.withScale(reference, 3, 40).writeInbox(inbox, DAY);
        NightlyOutcome first = nightly.run(DAY, inbox, false);
        Map<String, String> before = filesWithHashes();
        List<ManifestEntry> listed = archive.manifestEntries();
        assertThat(before).isNotEmpty();
        // when the disk is full and the date runs again
        Path filler = out.resolve("filler.bin");
        failWrites("No space left on device", () -> fill(filler));
        assertThatThrownBy(() -> nightly.run(DAY, inbox, false)).isInstanceOf(NightlyRunException.class)
                .hasMessageContaining("renderDocuments").hasMessageContaining("No space left on device").hasMessageContaining("从失败的步骤继续");
        // then: the previous documents intact and listed, nothing half-written, the run failed (not running)
        assertUntouched(before, listed);
        assertThat(lastStatus(2)).isEqualTo("FAILED");
        // and once there is room, the same revision completes from the failed step
        freeWrites(filler);
        NightlyOutcome restarted = nightly.run(DAY, inbox, false);
        assertThat(restarted.revision()).isEqualTo(first.revision() + 1);
        assertThat(restarted.restarted()).isTrue();
        assertThat(restarted.imports()).isEmpty();
        assertThat(filesWithHashes().keySet()).containsAll(before.keySet());
        assertThat(temporaryFiles()).isEmpty();
    }

    @Test
    void aReadOnlyDiskRefusesTheWriteAndKeepsThePreviousVersionListed() throws IOException {
        // given a document written once
        DocumentRequest request = DocumentRequest.cityWide("fault-test", DAY, "faults/说明.txt");
        archive.store(request, o -> o.write("第一版".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        Map<String, String> before = filesWithHashes();
        List<ManifestEntry> listed = archive.manifestEntries();
        // when the disk turns read-only and the document is written again
        failWrites("Read-only file system", () -> sh("mount", "-o", "remount,ro", out.toString()));
        try {
            assertThatThrownBy(() -> archive.store(request,
                    o -> o.write("第二版".getBytes(java.nio.charset.StandardCharsets.UTF_8))))
                    .isInstanceOf(UncheckedIOException.class).hasMessageContaining("无法写入文档")
                    .hasMessageContaining("说明.txt").hasMessageContaining("Read-only file system");
        }
        finally {
            freeWrites(null);
        }
        // then the first version is what is there and listed, once
        assertUntouched(before, listed);
        assertThat(out.resolve("faults/说明.txt")).hasContent("第一版");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM archived_document WHERE kind = 'fault-test'").query(Long.class)
                .single()).isEqualTo(1);
    }

    /** Makes writes fail: the real file system when mounted, else the archive's content stream half-way. */
    private void failWrites(String error, Runnable onDisk) {
        if (mounted) {
            onDisk.run();
            return;
        }
        // the seam: the archive's atomic write, given content whose stream fails half-way with the disk's error
        doAnswer(invocation -> {
            DocumentRequest request = invocation.getArgument(0);
            DocumentContent content = invocation.getArgument(1);
            Path target = out.resolve(request.relativePath());
            try {
                AtomicFiles.write(target, stream -> content.writeTo(new OutputStream() {
                    private long written;

                    @Override
                    public void write(int b) throws IOException {
                        if (++written > 4096) {
                            throw new IOException(error);
                        }
                        stream.write(b);
                    }
                }));
            }
            catch (IOException ex) {
                throw new UncheckedIOException("无法写入文档 " + target + "：" + ex.getMessage(), ex);
            }
            throw new AssertionError("the failing write went through");
        }).when(archive).store(any(), any());
    }

    private void freeWrites(Path filler) throws IOException {
        if (!mounted) {
            org.mockito.Mockito.reset(archive);
            return;
        }
        if (filler != null) {
            Files.deleteIfExists(filler);
        }
        else {
            sh("mount", "-o", "remount,rw", out.toString());
        }
    }

    private static void fill(Path filler) {
        byte[] block = new byte[1 << 20];
        try (OutputStream o = Files.newOutputStream(filler)) {
            while (true) {
                o.write(block);
            }
        }
        catch (IOException full) {
            // the disk is full now
        }
    }

    private void assertUntouched(Map<String, String> before, List<ManifestEntry> listed) throws IOException {
        Map<String, String> now = filesWithHashes();
        assertThat(now).containsAllEntriesOf(before);
        assertThat(archive.manifestEntries()).containsExactlyInAnyOrderElementsOf(listed);
        for (ManifestEntry entry : listed) {
            assertThat(AtomicFiles.sha256(out.resolve(entry.path()))).isEqualTo(entry.sha256());
        }
        assertThat(temporaryFiles()).isEmpty();
    }

    private String lastStatus(long revision) {
        return jdbc.sql("SELECT e.STATUS FROM BATCH_JOB_EXECUTION e JOIN BATCH_JOB_EXECUTION_PARAMS p "
                        + "ON p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID JOIN BATCH_JOB_INSTANCE i "
                        + "ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID WHERE i.JOB_NAME = 'nightlyJob' "
                        + "AND p.PARAMETER_NAME = 'revision' AND p.PARAMETER_VALUE = :revision "
                        + "ORDER BY e.JOB_EXECUTION_ID DESC LIMIT 1")
                .param("revision", String.valueOf(revision)).query(String.class).single();
    }

    /** Every document file under the output folder (not the filler, not the manifest) with its SHA-256. */
    private static Map<String, String> filesWithHashes() throws IOException {
        try (Stream<Path> files = Files.walk(out)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().equals("filler.bin"))
                    .collect(Collectors.toMap(p -> out.relativize(p).toString(), p -> {
                        try {
                            return AtomicFiles.sha256(p);
                        }
                        catch (IOException ex) {
                            throw new UncheckedIOException(ex);
                        }
                    }));
        }
    }

    private static List<Path> temporaryFiles() throws IOException {
        try (Stream<Path> files = Files.walk(out)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
        }
    }

    private static boolean sh(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getInputStream().transferTo(OutputStream.nullOutputStream());
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        }
        catch (IOException ex) {
            return false;
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
