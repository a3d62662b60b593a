package org.perfgrade.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.perfgrade.DatabaseTest;
import org.perfgrade.LedgerTables;
import org.perfgrade.ingest.county.CountyHint;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * Issue #15 done-when, strict half: with {@code perfgrade.ingest.strict=true} the messy 附件2 refuses exactly the rows
 * with a corrected cell, each by that correction as an error, and stores only the others.
 */
@DatabaseTest
@TestPropertySource(properties = "perfgrade.ingest.strict=true")
class MessyCountyFileStrictImportTests {

    static final LocalDate AS_OF = LocalDate.of(2021, 6, 10);

    @Autowired
    SubmissionImporter importer;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path dir;

    @BeforeEach
    void emptyLedger() {
        LedgerTables.clear(jdbc);
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void strictModeRefusesExactlyTheRowsWithACorrectedCell(String format) {
        // given 兰考县's 附件2 written with every variant
        Path file = MessyCountyFiles.write(SubmissionKind.IMPROVEMENT, dir.resolve("兰考县附件2." + format));
        List<MessyCountyFiles.MessyRow> rows = MessyCountyFiles.rows(SubmissionKind.IMPROVEMENT);
        List<MessyCountyFiles.MessyRow> corrected = rows.stream().filter(r -> r.correction() != null).toList();

        // when imported under strict mode
        ImportReport report = importer.importFile(file, CountyHint.option(MessyCountyFiles.COUNTY_NAME), AS_OF, false);

        // then exactly the corrected rows are refused, each by its correction as an error
        assertThat(report.rejected()).as(report.toString()).isEqualTo(corrected.size());
        assertThat(report.accepted()).isEqualTo(rows.size() - corrected.size());
        List<ImportReport.Entry> errors = report.errors().stream().filter(e -> e.level().equals("error")).toList();
        assertThat(errors).extracting(ImportReport.Entry::row)
                .containsExactlyElementsOf(corrected.stream().map(MessyCountyFiles.MessyRow::row).toList());
        for (MessyCountyFiles.MessyRow row : corrected) {
            assertThat(errors).filteredOn(e -> e.row() == row.row()).singleElement().satisfies(e -> {
                assertThat(e.code()).isEqualTo(row.correction().code().code());
                assertThat(e.original()).isEqualTo(row.correction().original());
                assertThat(e.readAs()).isEqualTo(row.correction().readAs());
                assertThat(e.message()).endsWith("（严格模式：请按规范写法填写后重新报送）");
            });
        }
        // and only the other rows' plans are stored
        List<String> stored = jdbc.sql("""
                SELECT e.name FROM improvement_plan p JOIN ledger_line l ON l.id = p.ledger_line_id
                JOIN enterprise e ON e.id = l.enterprise_id WHERE p.retired_on IS NULL""")
                .query(String.class).list();
        assertThat(stored).containsExactlyInAnyOrderElementsOf(rows.stream().filter(r -> r.correction() == null)
                .map(MessyCountyFiles.MessyRow::enterprise).toList());
    }
}
