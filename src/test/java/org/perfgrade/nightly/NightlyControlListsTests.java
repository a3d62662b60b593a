package org.perfgrade.nightly;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfgrade.DatabaseTest;
import org.perfgrade.LedgerTables;
import org.perfgrade.document.ArchivedDocument;
import org.perfgrade.document.DocumentArchive;
import org.perfgrade.document.ManifestEntry;
import org.perfgrade.reference.County;
import org.perfgrade.reference.ReferenceData;
import org.perfgrade.report.control.ControlList;
import org.perfgrade.report.control.CreditListWorkbook;
import org.perfgrade.sample.SampleSubmissions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The night's rendering writes the 差异化管控 lists (xlsx and PDF) and the credit-platform list city-wide and for every
 * county, each listed in the manifest under its own kind with the hash of the file written.
 */
@DatabaseTest
class NightlyControlListsTests {

    private static final LocalDate DAY = LocalDate.of(2021, 9, 30);

    @Autowired
    NightlyRunner runner;

    @Autowired
    ReferenceData reference;

    @Autowired
    DocumentArchive archive;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path inbox;

    @Test
    void theManifestHoldsTheNewKindsCityWideAndForEveryCounty() throws IOException {
        // given a small inbox of every county
        LedgerTables.clear(jdbc);
        jdbc.sql("DELETE FROM snapshot_line").update();
        jdbc.sql("DELETE FROM snapshot").update();
        SampleSubmissions.withScale(reference, 7, 60).writeInbox(inbox, DAY);
        // when the night runs
        NightlyOutcome outcome = runner.run(DAY, inbox, false);
        // then every new kind is in the manifest once city-wide and once per county, with the file's hash
        List<String> kinds = new java.util.ArrayList<>();
        for (ControlList list : ControlList.values()) {
            kinds.add(list.xlsxKind());
            kinds.add(list.pdfKind());
        }
        kinds.add(CreditListWorkbook.KIND);
        Map<String, ArchivedDocument> rendered = outcome.documents().stream()
                .collect(Collectors.toMap(ArchivedDocument::path, d -> d));
        List<ManifestEntry> entries = archive.manifestEntries().stream()
                .filter(e -> e.asOf().equals(DAY.toString()) && kinds.contains(e.kind())).toList();
        for (String kind : kinds) {
            List<ManifestEntry> ofKind = entries.stream().filter(e -> e.kind().equals(kind)).toList();
            assertThat(ofKind).as(kind).hasSize(reference.counties().size() + 1);
            assertThat(ofKind.stream().map(ManifestEntry::county).toList()).as(kind).containsNull()
                    .containsAll(reference.counties().stream().map(County::name).toList());
            ofKind.forEach(e -> {
                assertThat(rendered).as(e.path()).containsKey(e.path());
                assertThat(e.sha256()).isEqualTo(rendered.get(e.path()).sha256());
                assertThat(archive.outDir().resolve(e.path())).isRegularFile();
            });
        }
    }
}
