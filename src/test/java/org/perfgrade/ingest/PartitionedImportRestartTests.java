package org.perfgrade.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfgrade.DatabaseTest;
import org.perfgrade.LedgerTables;
import org.perfgrade.ledger.LedgerImport;
import org.perfgrade.ledger.SubmissionContext;
import org.perfgrade.reference.County;
import org.perfgrade.reference.ReferenceData;
import org.perfgrade.sample.SampleSubmissions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DeadlockLoserDataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;

/**
 * {@code inboxImportJob}'s restart path: a county whose partition fails (the deadlock MySQL/MariaDB reports when two
 * counties' inserts cross, injected at the ledger writes) is run again by {@link PartitionedInboxImport} — that county
 * only, its failed file resuming its own {@code importJob} — and the end state is what a sequential import gives:
 * every file imported once, no row twice. On H2 and MariaDB.
 */
@DatabaseTest
@TestPropertySource(properties = "perfgrade.batch.partition-threads=3")
class PartitionedImportRestartTests {

    static final LocalDate AS_OF = LocalDate.of(2021, 6, 11);

    @Autowired
    PartitionedInboxImport partitioned;

    @Autowired
    SubmissionImporter sequential;

    @Autowired
    ReferenceData reference;

    @Autowired
    JdbcClient jdbc;

    /** The ledger writes of every file's {@code importJob}: where a real deadlock is raised. */
    @MockitoSpyBean
    LedgerImport ledger;

    @TempDir
    Path inbox;

    @TempDir
    Path otherInbox;

    @BeforeEach
    void writeSampleInboxes() throws IOException {
        new SampleSubmissions(reference, 2021).writeInbox(inbox, AS_OF);
        new SampleSubmissions(reference, 2021).writeInbox(otherInbox, AS_OF);
        LedgerTables.clear(jdbc);
    }

    @Test
    void aCountyWhosePartitionDeadlocksIsRunAgainAloneAndEveryFileIsImportedOnce() {
        // given what the sequential import of the same files gives, then the ledger emptied again
        List<ImportReport> expected = sequential.importInbox(otherInbox, AS_OF);
        long expectedLines = count("SELECT COUNT(*) FROM ledger_line WHERE retired_on IS NULL");
        long expectedPlans = count("SELECT COUNT(*) FROM improvement_plan WHERE retired_on IS NULL");
        LedgerTables.clear(jdbc);
        // and the improvement list of one county losing a deadlock the first time its rows are written
        County failing = reference.counties().get(2);
        AtomicBoolean armed = new AtomicBoolean(true);
        doAnswer(invocation -> {
            SubmissionContext context = invocation.getArgument(0);
            if (context.countyCode().equals(failing.code()) && armed.getAndSet(false)) {
                throw new DeadlockLoserDataAccessException("模拟故障：Deadlock found when trying to get lock; "
                        + "try restarting transaction", null);
            }
            return invocation.callRealMethod();
        }).when(ledger).applyImprovementRows(any(), any());
        // when the counties are imported side by side
        List<ImportReport> reports = partitioned.importInbox(inbox, AS_OF, null, true);
        // then the deadlock happened, and the run was started again for that county's partition only
        assertThat(armed).isFalse();
        String instance = "SELECT i.JOB_INSTANCE_ID FROM BATCH_JOB_INSTANCE i JOIN BATCH_JOB_EXECUTION e "
                + "ON e.JOB_INSTANCE_ID = i.JOB_INSTANCE_ID JOIN BATCH_JOB_EXECUTION_PARAMS p "
                + "ON p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID WHERE i.JOB_NAME = 'inboxImportJob' "
                + "AND p.PARAMETER_NAME = 'inbox' AND p.PARAMETER_VALUE = :inbox";
        String folder = inbox.toAbsolutePath().normalize().toString();
        assertThat(jdbc.sql("SELECT e.STATUS FROM BATCH_JOB_EXECUTION e WHERE e.JOB_INSTANCE_ID IN (" + instance
                        + ") ORDER BY e.JOB_EXECUTION_ID").param("inbox", folder).query(String.class).list())
                .startsWith("FAILED").endsWith("COMPLETED");
        List<Map<String, Object>> partitions = jdbc.sql("SELECT s.STEP_NAME, s.STATUS FROM BATCH_STEP_EXECUTION s "
                        + "JOIN BATCH_JOB_EXECUTION e ON e.JOB_EXECUTION_ID = s.JOB_EXECUTION_ID "
                        + "WHERE s.STEP_NAME LIKE 'importCounty:%' AND e.JOB_INSTANCE_ID IN (" + instance + ") "
                        + "ORDER BY s.STEP_EXECUTION_ID").param("inbox", folder).query().listOfRows();
        String failingPartition = "importCounty:county:" + failing.name();
        Map<String, List<String>> runs = partitions.stream().collect(Collectors.groupingBy(
                r -> (String) r.get("STEP_NAME"), Collectors.mapping(r -> (String) r.get("STATUS"),
                        Collectors.toList())));
        assertThat(runs).hasSize(reference.counties().size());
        assertThat(runs.get(failingPartition)).containsExactly("FAILED", "COMPLETED");
        // (a real deadlock between two other counties on MariaDB fails and re-runs those as well; a partition that
        // completed is never run again)
        assertThat(runs).allSatisfy((name, statuses) -> assertThat(statuses).as(name).endsWith("COMPLETED")
                .containsOnlyOnce("COMPLETED"));
        // and the county's failed file resumed its own import job rather than starting a new one
        long improvement = count("SELECT id FROM submission WHERE county_code = '" + failing.code()
                + "' AND kind = 'IMPROVEMENT'");
        assertThat(jdbc.sql("SELECT e.STATUS FROM BATCH_JOB_EXECUTION e JOIN BATCH_JOB_INSTANCE i "
                        + "ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID JOIN BATCH_JOB_EXECUTION_PARAMS p "
                        + "ON p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID WHERE i.JOB_NAME = 'importJob' "
                        + "AND p.PARAMETER_NAME = 'submission' AND p.PARAMETER_VALUE = :id "
                        + "ORDER BY e.JOB_EXECUTION_ID").param("id", String.valueOf(improvement))
                .query(String.class).list()).startsWith("FAILED").endsWith("COMPLETED");
        // and every file is reported once, as the sequential import reports it
        assertThat(reports).hasSize(expected.size()).hasSize(20);
        for (int i = 0; i < reports.size(); i++) {
            ImportReport got = reports.get(i);
            ImportReport want = expected.get(i);
            assertThat(Path.of(got.file()).getFileName()).isEqualTo(Path.of(want.file()).getFileName());
            assertThat(List.of(got.status(), got.rows(), got.accepted(), got.rejected(), got.warnings()))
                    .as(got.file()).isEqualTo(List.of(want.status(), want.rows(), want.accepted(), want.rejected(),
                            want.warnings()));
        }
        // and each file was taken in once, nothing left failed, and no row was written twice
        assertThat(count("SELECT COUNT(*) FROM submission")).isEqualTo(20);
        assertThat(count("SELECT COUNT(*) FROM submission WHERE status IN ('FAILED', 'RECEIVED')")).isZero();
        assertThat(count("SELECT COUNT(*) FROM ledger_line WHERE retired_on IS NULL")).isEqualTo(expectedLines)
                .isPositive();
        assertThat(count("SELECT COUNT(*) FROM improvement_plan WHERE retired_on IS NULL")).isEqualTo(expectedPlans)
                .isPositive();
        assertThat(count("SELECT COUNT(*) FROM improvement_plan WHERE retired_on IS NULL AND last_submission_id = "
                + improvement)).isPositive();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
