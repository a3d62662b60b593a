package org.perfgrade.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfgrade.DatabaseTest;
import org.perfgrade.LedgerTables;
import org.perfgrade.reference.ReferenceData;
import org.perfgrade.sample.SampleSubmissions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code inboxImportJob}: the ten counties' files imported side by side on a pool of three threads give what the
 * sequential import gives, on H2 and MariaDB.
 */
@DatabaseTest
@TestPropertySource(properties = "perfgrade.batch.partition-threads=3")
class PartitionedInboxImportTests {

    static final LocalDate AS_OF = LocalDate.of(2021, 6, 10);

    @Autowired
    PartitionedInboxImport partitioned;

    @Autowired
    SubmissionImporter sequential;

    @Autowired
    ReferenceData reference;

    @Autowired
    JdbcClient jdbc;

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
    void countiesImportedSideBySideGiveWhatTheSequentialImportGives() {
        // given the sequential import of one copy of the inbox, then the ledger emptied again
        List<ImportReport> expected = sequential.importInbox(otherInbox, AS_OF);
        long expectedLines = lines();
        long expectedPlans = plans();
        LedgerTables.clear(jdbc);
        // when the same files are imported county by county on three threads
        List<ImportReport> reports = partitioned.importInbox(inbox, AS_OF, null, true);
        // then every file is reported, in the same order, with the same counts and problems, and the ledger is equal
        assertThat(reports).hasSize(20);
        for (int i = 0; i < reports.size(); i++) {
            ImportReport got = reports.get(i);
            ImportReport want = expected.get(i);
            assertThat(Path.of(got.file()).getFileName()).isEqualTo(Path.of(want.file()).getFileName());
            assertThat(got.status()).isEqualTo(want.status());
            assertThat(got.county()).isEqualTo(want.county());
            assertThat(got.kind()).isEqualTo(want.kind());
            assertThat(List.of(got.rows(), got.accepted(), got.rejected(), got.warnings()))
                    .as(got.file()).isEqualTo(List.of(want.rows(), want.accepted(), want.rejected(), want.warnings()));
            assertThat(got.errors().stream().map(e -> e.code() + "@" + e.row()).toList())
                    .isEqualTo(want.errors().stream().map(e -> e.code() + "@" + e.row()).toList());
        }
        assertThat(lines()).isEqualTo(expectedLines).isPositive();
        assertThat(plans()).isEqualTo(expectedPlans).isPositive();
        // and a second run of the same inbox and date is the next revision, every file a duplicate
        List<ImportReport> again = partitioned.importInbox(inbox, AS_OF, null, true);
        assertThat(again).hasSize(20).allSatisfy(r -> assertThat(r.status()).isEqualTo(ImportReport.DUPLICATE));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM BATCH_JOB_INSTANCE WHERE JOB_NAME = 'inboxImportJob'")
                .query(Long.class).single()).isEqualTo(2);
    }

    private long lines() {
        return jdbc.sql("SELECT COUNT(*) FROM ledger_line WHERE retired_on IS NULL").query(Long.class).single();
    }

    private long plans() {
        return jdbc.sql("SELECT COUNT(*) FROM improvement_plan WHERE retired_on IS NULL").query(Long.class).single();
    }
}
