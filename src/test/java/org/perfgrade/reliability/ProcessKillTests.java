package org.perfgrade.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfgrade.RunsOnEachDatabase;
import org.perfgrade.TestDatabase;
import org.perfgrade.document.AtomicFiles;
import org.perfgrade.document.Manifest;
import org.perfgrade.document.ManifestEntry;
import org.perfgrade.reference.ConfigFiles;
import org.perfgrade.reference.ReferenceData;
import org.perfgrade.reference.ReferenceDataReader;
import org.perfgrade.sample.SampleDataset;
import org.perfgrade.sample.SampleFileKind;
import org.perfgrade.sample.SampleSubmissions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code kill -9} of the real command line in the middle of the nightly run's import, of its snapshot and of its
 * rendering, each followed by {@code nightly --recover}: the run completes, no row is imported twice or missing, and
 * no half-written document is ever visible in {@code out/} (documents appear only complete, by rename). The kill
 * points are observed from the child's real progress: its log lines and its first document on disk.
 */
@RunsOnEachDatabase
class ProcessKillTests {

    private static final LocalDate DAY = LocalDate.of(2021, 9, 20);
    private static final Duration WAIT = Duration.ofSeconds(90);

    @TempDir
    Path dir;

    @Test
    void killedInTheImportTheSnapshotAndTheRenderingTheNightlyRunCompletesOnRecover() throws Exception {
        // given the inbox of every county
        Path empty = Files.createDirectories(dir.resolve("no-config"));
        ReferenceData reference = new ReferenceDataReader(new ConfigFiles(List.of(empty))).read();
        SampleSubmissions samples = SampleSubmissions.withScale(reference, 21, 80);
        List<Path> files = samples.writeInbox(dir.resolve("inbox"), DAY);
        SampleDataset dataset = samples.generate();
        try (ChildPerfgrade child = ChildPerfgrade.in(dir.resolve("work"))) {
            child.jvm("-Dlogging.level.org.perfgrade.snapshot.SnapshotService=INFO",
                    "-Dlogging.level.org.perfgrade.ingest.SubmissionImporter=INFO");
            String[] nightly = { "nightly", "--as-of", DAY.toString(), "--inbox", dir.resolve("inbox").toString() };
            String[] recover = { "nightly", "--as-of", DAY.toString(), "--inbox", dir.resolve("inbox").toString(),
                    "--recover" };

            // when killed while importing the fourth file
            ChildPerfgrade.Running importing = child.start(nightly);
            importing.awaitUntil(WAIT, "the fourth file's import",
                    () -> occurrences(importing.err(), "（SHA-256") >= 4);
            importing.kill();
            // then some files are in, the run is left "running", and a plain restart is refused (on the embedded H2
            // the last second of commits before a kill -9 may be lost, as MVStore writes in the background: the store
            // stays consistent, and whatever was lost is simply done again)
            long importedBeforeKill = child.count("SELECT COUNT(*) FROM submission WHERE status <> 'RECEIVED'");
            long leftRunning = child.count("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION WHERE STATUS = 'STARTED'");
            assertThat(importedBeforeKill).isLessThan(files.size());
            if (TestDatabase.isMysql()) {
                assertThat(importedBeforeKill).isGreaterThanOrEqualTo(3);
                assertThat(leftRunning).isPositive();
            }
            if (leftRunning > 0) {
                ChildPerfgrade.Result refused = child.run(WAIT, nightly);
                assertThat(refused.exitCode()).isEqualTo(1);
                assertThat(refused.err()).contains("正在运行", "--recover");
            }

            // when recovered and killed again as the snapshot is computed (its log line)
            ChildPerfgrade.Running snapshotting = child.start(recover);
            snapshotting.awaitUntil(WAIT, "the snapshot step", () -> snapshotting.err().contains("的进展快照"));
            snapshotting.kill();

            // when recovered and killed again once the first document is on disk
            Path reports = child.out().resolve("reports").resolve(DAY.toString());
            ChildPerfgrade.Running rendering = child.start(recover);
            rendering.awaitUntil(WAIT, "the first document", () -> visibleFiles(reports).findAny().isPresent());
            rendering.kill();
            // then every document visible is complete
            List<Path> visible = visibleFiles(child.out()).toList();
            assertThat(visible).isNotEmpty();
            visible.forEach(ProcessKillTests::assertComplete);

            // when recovered once more
            ChildPerfgrade.Result done = child.run(Duration.ofMinutes(3), recover);
            // then the run completes: every file imported once, every line once, one snapshot, documents whole
            assertThat(done.exitCode()).as(done.err()).isZero();
            assertThat(done.err()).contains("继续第1次运行中未完成的步骤");
            assertThat(child.count("SELECT COUNT(*) FROM submission")).isEqualTo(files.size());
            assertThat(child.count("SELECT COUNT(*) FROM submission WHERE status IN ('IMPORTED', 'PARTIAL')"))
                    .isEqualTo(files.size());
            long cleanLedgerLines = dataset.ledgerLines().size() + dataset.defects().stream()
                    .filter(d -> d.fileKind() == SampleFileKind.LEDGER && d.warning()).count();
            assertThat(child.count("SELECT COUNT(*) FROM ledger_line WHERE retired_on IS NULL"))
                    .isEqualTo(cleanLedgerLines);
            assertThat(child.count("SELECT COUNT(*) FROM grade_event"))
                    .isEqualTo(child.count("SELECT COUNT(*) FROM ledger_line WHERE grade IS NOT NULL"));
            assertThat(child.count("SELECT COUNT(*) FROM snapshot WHERE as_of = '" + DAY + "'")).isEqualTo(1);
            assertThat(child.count("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION WHERE STATUS IN ('STARTING', "
                    + "'STARTED')")).isZero();
            List<ManifestEntry> entries = new Manifest(child.out()).entries();
            assertThat(entries).isNotEmpty();
            for (ManifestEntry entry : entries) {
                Path file = child.out().resolve(entry.path());
                assertThat(AtomicFiles.sha256(file)).as(entry.path()).isEqualTo(entry.sha256());
                assertComplete(file);
            }
            assertThat(visibleFiles(child.out()).filter(p -> !p.getFileName().toString().equals(Manifest.FILE_NAME)
                            && !p.getFileName().toString().equals(Manifest.LOCK_FILE_NAME))
                    .map(p -> child.out().relativize(p).toString()))
                    .containsExactlyInAnyOrderElementsOf(entries.stream().map(ManifestEntry::path).toList());
            assertThat(hiddenFiles(child.out())).as("temporary files left by the killed runs").isEmpty();
        }
    }

    private static void assertComplete(Path file) {
        String name = file.getFileName().toString();
        try {
            if (name.endsWith(".pdf")) {
                try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
                    assertThat(pdf.getNumberOfPages()).as(name).isPositive();
                }
            }
            else if (name.endsWith(".xlsx") || name.endsWith(".docx")) {
                try (ZipFile zip = new ZipFile(file.toFile())) {
                    assertThat(zip.getEntry("[Content_Types].xml")).as(name).isNotNull();
                }
            }
            else if (name.equals(Manifest.FILE_NAME)) {
                new Manifest(file.getParent()).entries();
            }
        }
        catch (IOException ex) {
            throw new AssertionError(file + " is not a complete document: " + ex.getMessage(), ex);
        }
    }

    private static Stream<Path> visibleFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return Stream.empty();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                    .toList().stream();
        }
    }

    private static List<Path> hiddenFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().startsWith("."))
                    .toList();
        }
    }

    private static int occurrences(String text, String word) {
        int n = 0;
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length())) {
            n++;
        }
        return n;
    }
}
