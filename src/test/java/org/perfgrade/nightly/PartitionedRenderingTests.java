package org.perfgrade.nightly;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfgrade.DatabaseTest;
import org.perfgrade.LedgerTables;
import org.perfgrade.document.ArchivedDocument;
import org.perfgrade.document.AtomicFiles;
import org.perfgrade.document.DocumentArchive;
import org.perfgrade.document.DocumentRequest;
import org.perfgrade.document.ManifestEntry;
import org.perfgrade.reference.County;
import org.perfgrade.reference.ReferenceData;
import org.perfgrade.report.DailyDocuments;
import org.perfgrade.sample.SampleSubmissions;
import org.perfgrade.snapshot.SnapshotRepository;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;

/**
 * {@code renderDocuments} partitioned on a pool of three threads: every document of the city and of every county is
 * written and archived once, with the bytes a sequential rendering gives, listed city-wide first and then in 附件1
 * order; a partition that fails is the only one a restart of the run renders again. On H2 and MariaDB.
 */
@DatabaseTest
@TestPropertySource(properties = "perfgrade.batch.partition-threads=3")
class PartitionedRenderingTests {

    private static final LocalDate DAY = LocalDate.of(2021, 8, 23);
    private static final LocalDate FAILING_DAY = LocalDate.of(2021, 8, 24);

    @Autowired
    NightlyRunner runner;

    @Autowired
    DailyDocuments documents;

    @Autowired
    SnapshotRepository snapshots;

    @Autowired
    ReferenceData reference;

    @Autowired
    JdbcClient jdbc;

    /** The archive's storage seam (as in the output-fault tests): a county's write fails when the test says so. */
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
    void everyDocumentOfEveryCountyIsArchivedOnceWithTheBytesOfASequentialRendering() throws IOException {
        // given a small inbox of every county
        SampleSubmissions.withScale(reference, 7, 60).writeInbox(inbox, DAY);
        // when the night runs with its documents rendered on three threads
        NightlyOutcome outcome = runner.run(DAY, inbox, false);
        // then the documents are listed city-wide first, then county by county in 附件1 order
        List<ArchivedDocument> rendered = outcome.documents();
        assertThat(groups(rendered)).isEqualTo(expectedGroups());
        Map<String, Long> perGroup = rendered.stream().collect(Collectors.groupingBy(
                d -> d.county() == null ? "市" : d.county(), LinkedHashMap::new, Collectors.counting()));
        long perCounty = perGroup.get(reference.counties().get(0).name());
        assertThat(perCounty).isPositive();
        reference.counties().forEach(c -> assertThat(perGroup.get(c.name())).as(c.name()).isEqualTo(perCounty));
        // and each is on disk with its SHA-256, archived once, and listed in the manifest with that hash
        assertArchivedOnce(DAY, rendered);
        // and the partitions ran side by side, each once
        List<StepRun> partitions = partitionRuns(DAY);
        assertThat(partitions).hasSize(reference.counties().size() + 1)
                .allSatisfy(p -> assertThat(p.status()).isEqualTo("COMPLETED"));
        assertThat(overlapping(partitions)).as("two partitions ran at the same time").isTrue();
        // and a sequential rendering of the same snapshot gives the same bytes, in the same order: no new version
        List<String> kinds = rendered.stream().map(ArchivedDocument::kind).distinct().toList();
        long versions = archivedRows(DAY, kinds);
        List<ArchivedDocument> sequential = documents.render(snapshots.find(DAY).orElseThrow());
        assertThat(sequential).extracting(ArchivedDocument::path, ArchivedDocument::sha256)
                .containsExactlyElementsOf(rendered.stream()
                        .map(d -> org.assertj.core.groups.Tuple.tuple(d.path(), d.sha256())).toList());
        assertThat(archivedRows(DAY, kinds)).isEqualTo(versions).isEqualTo(rendered.size());
    }

    @Test
    void aFailedCountyPartitionIsTheOnlyOneTheRestartRendersAgain() throws IOException {
        // given a small inbox, and the third document of one county failing to be written, once
        SampleSubmissions.withScale(reference, 7, 60).writeInbox(inbox, FAILING_DAY);
        County failing = reference.counties().get(3);
        AtomicBoolean armed = new AtomicBoolean(true);
        AtomicInteger writes = new AtomicInteger();
        doAnswer(invocation -> {
            DocumentRequest request = invocation.getArgument(0);
            if (request.county() != null && request.county().code().equals(failing.code())
                    && writes.incrementAndGet() == 3 && armed.getAndSet(false)) {
                throw new UncheckedIOException("无法写入文档 " + request.relativePath() + "：模拟故障",
                        new IOException("No space left on device"));
            }
            return invocation.callRealMethod();
        }).when(archive).store(any(), any());
        String failingPartition = RenderingStepConfiguration.WORKER + ":" + RenderPartitioner.name(failing);
        // when the night runs
        assertThatThrownBy(() -> runner.run(FAILING_DAY, inbox, false)).isInstanceOf(NightlyRunException.class)
                .hasMessageContaining("renderDocuments").hasMessageContaining("模拟故障")
                .hasMessageContaining("从失败的步骤继续");
        // then that partition failed, named in the rendering step's failure, and every other one completed
        assertThat(jdbc.sql("SELECT s.EXIT_MESSAGE FROM BATCH_STEP_EXECUTION s JOIN BATCH_JOB_EXECUTION e "
                        + "ON e.JOB_EXECUTION_ID = s.JOB_EXECUTION_ID JOIN BATCH_JOB_INSTANCE i "
                        + "ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID WHERE i.JOB_NAME = 'nightlyJob' "
                        + "AND s.STEP_NAME = 'renderDocuments' AND s.STATUS = 'FAILED'").query(String.class).single())
                .contains("分区 " + failingPartition + " 失败").contains("模拟故障");
        List<StepRun> first = partitionRuns(FAILING_DAY);
        assertThat(first).hasSize(reference.counties().size() + 1);
        assertThat(first).filteredOn(p -> p.status().equals("FAILED")).extracting(StepRun::name)
                .containsExactly(failingPartition);
        // when the date is run again
        NightlyOutcome restarted = runner.run(FAILING_DAY, inbox, false);
        // then the same revision continued, re-running only the failed partition
        assertThat(restarted.restarted()).isTrue();
        assertThat(restarted.revision()).isEqualTo(1);
        List<StepRun> all = partitionRuns(FAILING_DAY);
        assertThat(all).hasSize(first.size() + 1);
        assertThat(all.get(all.size() - 1)).isEqualTo(new StepRun(failingPartition, "COMPLETED",
                all.get(all.size() - 1).start(), all.get(all.size() - 1).end()));
        assertThat(all.stream().collect(Collectors.groupingBy(StepRun::name, Collectors.counting())))
                .allSatisfy((name, runs) -> assertThat(runs).as(name).isEqualTo(name.equals(failingPartition) ? 2 : 1));
        assertThat(stepRuns(FAILING_DAY, "renderDocuments")).isEqualTo(2);
        assertThat(stepRuns(FAILING_DAY, "takeIn")).isEqualTo(1);
        // and the outcome is complete: every document of the date, in order, each archived once
        assertThat(groups(restarted.documents())).isEqualTo(expectedGroups());
        assertThat(restarted.documents()).filteredOn(d -> failing.name().equals(d.county())).hasSizeGreaterThan(3);
        assertArchivedOnce(FAILING_DAY, restarted.documents());
    }

    private void assertArchivedOnce(LocalDate day, List<ArchivedDocument> rendered) throws IOException {
        assertThat(rendered).extracting(ArchivedDocument::path).doesNotHaveDuplicates();
        // (the import's receipts of the date are archived documents too: only the rendered kinds count here)
        List<String> kinds = rendered.stream().map(ArchivedDocument::kind).distinct().toList();
        Map<String, String> manifest = new LinkedHashMap<>();
        for (ManifestEntry entry : archive.manifestEntries()) {
            if (entry.asOf().equals(day.toString()) && kinds.contains(entry.kind())) {
                manifest.put(entry.path(), entry.sha256());
            }
        }
        for (ArchivedDocument document : rendered) {
            assertThat(AtomicFiles.sha256(archive.outDir().resolve(document.path()))).as(document.path())
                    .isEqualTo(document.sha256());
            assertThat(jdbc.sql("SELECT sha256 FROM archived_document WHERE as_of = :day AND path = :path")
                    .param("day", day).param("path", document.path()).query(String.class).list())
                    .as(document.path()).containsExactly(document.sha256());
            assertThat(manifest.get(document.path())).as(document.path()).isEqualTo(document.sha256());
        }
        assertThat(archivedRows(day, kinds)).isEqualTo(rendered.size());
        assertThat(manifest).hasSize(rendered.size());
    }

    /** The county of each run of documents, in listing order (null for the city-wide ones). */
    private static List<String> groups(List<ArchivedDocument> documents) {
        List<String> groups = new ArrayList<>();
        for (ArchivedDocument document : documents) {
            if (groups.isEmpty() || !Objects.equals(groups.get(groups.size() - 1), document.county())) {
                groups.add(document.county());
            }
        }
        return groups;
    }

    private List<String> expectedGroups() {
        List<String> groups = new ArrayList<>();
        groups.add(null);
        reference.counties().forEach(c -> groups.add(c.name()));
        return groups;
    }

    private long archivedRows(LocalDate day, List<String> kinds) {
        return jdbc.sql("SELECT COUNT(*) FROM archived_document WHERE as_of = :day AND kind IN (:kinds)")
                .param("day", day).param("kinds", kinds).query(Long.class).single();
    }

    private record StepRun(String name, String status, LocalDateTime start, LocalDateTime end) {
    }

    private List<StepRun> partitionRuns(LocalDate day) {
        return jdbc.sql("SELECT s.STEP_NAME, s.STATUS, s.START_TIME, s.END_TIME FROM BATCH_STEP_EXECUTION s "
                        + "JOIN BATCH_JOB_EXECUTION e ON e.JOB_EXECUTION_ID = s.JOB_EXECUTION_ID "
                        + "JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID "
                        + "WHERE i.JOB_NAME = 'nightlyJob' AND s.STEP_NAME LIKE 'renderPartition:%' AND EXISTS ("
                        + "SELECT 1 FROM BATCH_JOB_EXECUTION_PARAMS d WHERE d.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID "
                        + "AND d.PARAMETER_NAME = 'runDate' AND d.PARAMETER_VALUE = :day) ORDER BY s.STEP_EXECUTION_ID")
                .param("day", day.toString())
                .query((rs, n) -> new StepRun(rs.getString(1), rs.getString(2),
                        rs.getObject(3, LocalDateTime.class), rs.getObject(4, LocalDateTime.class)))
                .list();
    }

    private long stepRuns(LocalDate day, String step) {
        return jdbc.sql("SELECT COUNT(*) FROM BATCH_STEP_EXECUTION s JOIN BATCH_JOB_EXECUTION e "
                        + "ON e.JOB_EXECUTION_ID = s.JOB_EXECUTION_ID JOIN BATCH_JOB_INSTANCE i "
                        + "ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID WHERE i.JOB_NAME = 'nightlyJob' "
                        + "AND s.STEP_NAME = :step AND EXISTS (SELECT 1 FROM BATCH_JOB_EXECUTION_PARAMS d "
                        + "WHERE d.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID AND d.PARAMETER_NAME = 'runDate' "
                        + "AND d.PARAMETER_VALUE = :day)")
                .param("step", step).param("day", day.toString()).query(Long.class).single();
    }

    private static boolean overlapping(List<StepRun> runs) {
        for (StepRun a : runs) {
            for (StepRun b : runs) {
                if (a != b && a.start().isBefore(b.end()) && b.start().isBefore(a.end())) {
                    return true;
                }
            }
        }
        return false;
    }
}
