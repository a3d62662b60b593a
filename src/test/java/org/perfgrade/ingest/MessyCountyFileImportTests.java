package org.perfgrade.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.perfgrade.DatabaseTest;
import org.perfgrade.LedgerTables;
import org.perfgrade.ingest.county.CountyHint;
import org.perfgrade.ingest.header.Column;
import org.perfgrade.ingest.rules.TestRows;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue #15 done-when: a county 附件2 written with every variant of the reading rules, in .xlsx and .xls, imports with
 * no refused row and exactly one warning per corrected cell (original → read as), and the ledger stores what was read.
 */
@DatabaseTest
class MessyCountyFileImportTests {

    static final LocalDate AS_OF = LocalDate.of(2021, 6, 10);

    /** The codes of corrections (更正). */
    static final Set<String> CORRECTIONS = Set.of("R26", "R27", "R28", "R29", "R30", "R31", "R32");

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
    void aMessy附件2ImportsWithOneWarningPerCorrectedCell(String format) {
        // given 兰考县's 附件2 written with every variant
        Path file = MessyCountyFiles.write(SubmissionKind.IMPROVEMENT, dir.resolve("兰考县附件2." + format));
        List<MessyCountyFiles.MessyRow> rows = MessyCountyFiles.rows(SubmissionKind.IMPROVEMENT);

        // when imported
        ImportReport report = importer.importFile(file, CountyHint.option(MessyCountyFiles.COUNTY_NAME), AS_OF, false);

        // then no row is refused, and each corrected cell has exactly one warning showing original and read-as
        assertThat(report.status()).as(report.toString()).isEqualTo(ImportReport.IMPORTED);
        assertThat(report.rejected()).as(report.errors().toString()).isZero();
        assertThat(report.accepted()).isEqualTo(rows.size());
        assertThat(report.errors()).allSatisfy(e -> assertThat(e.level()).isEqualTo("warning"));
        List<ImportReport.Entry> corrections = report.errors().stream()
                .filter(e -> CORRECTIONS.contains(e.code())).toList();
        List<MessyCountyFiles.MessyRow> corrected = rows.stream().filter(r -> r.correction() != null).toList();
        assertThat(corrections).hasSize(corrected.size());
        for (MessyCountyFiles.MessyRow row : corrected) {
            assertThat(corrections).as(row.toString()).filteredOn(e -> e.row() == row.row()).singleElement()
                    .satisfies(e -> {
                        assertThat(e.code()).isEqualTo(row.correction().code().code());
                        assertThat(e.column()).isEqualTo(TestRows.letters(row.correction().column(),
                                SubmissionKind.IMPROVEMENT));
                        assertThat(e.original()).isEqualTo(row.correction().original());
                        assertThat(e.readAs()).isEqualTo(row.correction().readAs());
                    });
        }
        // and the ledger holds what was read: the line's industry and branch, the plan's grades and date
        for (MessyCountyFiles.MessyRow row : rows) {
            Map<String, Object> stored = jdbc.sql("""
                    SELECT i.name AS industry, b.name AS branch, p.current_grade, p.target_grade, p.planned_completion
                    FROM improvement_plan p JOIN ledger_line l ON l.id = p.ledger_line_id
                    JOIN enterprise e ON e.id = l.enterprise_id JOIN industry i ON i.id = l.industry_id
                    LEFT JOIN industry_branch b ON b.id = l.branch_id
                    WHERE e.name = :name AND p.retired_on IS NULL""")
                    .param("name", row.enterprise()).query().singleRow();
            Map<Column, Object> expected = row.stored();
            assertThat(value(stored, "industry")).as(row.toString()).isEqualTo(expected.get(Column.INDUSTRY));
            assertThat(value(stored, "branch")).as(row.toString()).isEqualTo(expected.get(Column.BRANCH));
            assertThat(value(stored, "current_grade")).as(row.toString()).isEqualTo(expected.get(Column.CURRENT_GRADE));
            assertThat(value(stored, "target_grade")).as(row.toString()).isEqualTo(expected.get(Column.TARGET_GRADE));
            assertThat(date(value(stored, "planned_completion"))).as(row.toString())
                    .isEqualTo(expected.get(Column.PLANNED_COMPLETION));
        }
    }

    /** A column of a row, whatever case the engine gives the label. */
    static Object value(Map<String, Object> row, String column) {
        String key = row.keySet().stream().filter(k -> k.equalsIgnoreCase(column)).findFirst()
                .orElseThrow(() -> new AssertionError(column + " not in " + row.keySet()));
        return row.get(key);
    }

    static LocalDate date(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
