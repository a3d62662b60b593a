package org.perfgrade.nightly;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfgrade.DatabaseTest;
import org.perfgrade.batch.NightlyKey;
import org.perfgrade.document.ArchivedDocument;
import org.perfgrade.document.DocumentArchive;
import org.perfgrade.reference.ReferenceData;
import org.perfgrade.report.BriefingReport;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The night's rendering scope ({@code documents}, not identifying the run): {@code none} takes in and snapshots
 * without rendering, {@code briefing} renders the city-wide briefing and its detail workbooks alone, {@code all}
 * every document.
 */
@DatabaseTest
class NightlyRenderScopeTests {

    private static final LocalDate DAY = LocalDate.of(2021, 7, 7);

    @Autowired
    NightlyRunner runner;

    @Autowired
    DocumentArchive archive;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReferenceData reference;

    @TempDir
    Path inbox;

    @Test
    void aNightRendersNothingTheBriefingOrEverythingAsItsScopeSays() {
        // when the date runs three times, with each scope
        NightlyOutcome none = runner.run(DAY, inbox, false, NightlyKey.Documents.NONE);
        long partitionsAfterNone = renderPartitions();
        NightlyOutcome briefing = runner.run(DAY, inbox, false, NightlyKey.Documents.BRIEFING);
        long partitionsAfterBriefing = renderPartitions();
        NightlyOutcome all = runner.run(DAY, inbox, false);
        // then each is the next revision of the date, with its snapshot
        assertThat(briefing.revision()).isEqualTo(none.revision() + 1);
        assertThat(all.revision()).isEqualTo(none.revision() + 2);
        assertThat(none.snapshot().asOf()).isEqualTo(DAY);
        // and none renders nothing (no partition ran), briefing the city-wide briefing with its two detail workbooks only, all every document
        assertThat(none.documents()).isEmpty();
        assertThat(partitionsAfterBriefing).isEqualTo(partitionsAfterNone);
        assertThat(briefing.documents()).extracting(ArchivedDocument::kind)
                .containsExactly(BriefingReport.KIND, "changes-xlsx", "late-items-xlsx");
        assertThat(briefing.documents()).allSatisfy(d -> {
            assertThat(d.county()).isNull();
            assertThat(archive.outDir().resolve(d.path())).exists();
        });
        assertThat(all.documents()).hasSizeGreaterThan(100).extracting(ArchivedDocument::kind)
                .contains(BriefingReport.KIND, "target-table-pdf");
        assertThat(renderPartitions()).isEqualTo(partitionsAfterNone + 1 + reference.counties().size());
    }

    private long renderPartitions() {
        return jdbc.sql("SELECT COUNT(*) FROM BATCH_STEP_EXECUTION WHERE STEP_NAME LIKE 'renderPartition%'")
                .query(Long.class).single();
    }
}
