package org.perfgrade.ingest.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.perfgrade.ingest.IngestFixtures;
import org.perfgrade.ingest.MessyCountyFiles;
import org.perfgrade.ingest.SubmissionKind;
import org.perfgrade.ingest.header.SourceRow;
import org.perfgrade.ingest.problem.ProblemLevel;
import org.perfgrade.reference.County;
import org.perfgrade.reference.ReferenceData;

/**
 * The messy county files of every kind with the columns, read back from .xlsx and .xls and checked row by row: no row
 * is refused, each messy cell gives exactly its correction (original → read as), and strict mode refuses exactly the
 * rows with a correction.
 */
class MessyCountyFilesTests {

    @TempDir
    Path dir;

    static Stream<Arguments> kindsAndFormats() {
        return Stream.of(SubmissionKind.LEDGER, SubmissionKind.IMPROVEMENT, SubmissionKind.APPLICATION,
                SubmissionKind.VIOLATION)
                .flatMap(kind -> Stream.of(Arguments.of(kind, "xlsx"), Arguments.of(kind, "xls")));
    }

    @ParameterizedTest
    @MethodSource("kindsAndFormats")
    void everyMessyCellIsReadWithItsCorrectionAndNoRowIsRefused(SubmissionKind kind, String format) throws Exception {
        // given the messy file of the kind
        List<SourceRow> rows = IngestFixtures.readAll(MessyCountyFiles.write(kind, dir.resolve("messy." + format)));
        List<MessyCountyFiles.MessyRow> expected = MessyCountyFiles.rows(kind);

        // when each row is checked forgivingly
        List<ValidatedRow<?>> results = validate(kind, rows, false);

        // then every row is accepted, with exactly the correction it carries and nothing else
        assertThat(results).hasSize(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            MessyCountyFiles.MessyRow row = expected.get(i);
            ValidatedRow<?> result = results.get(i);
            assertThat(result.rowNumber()).isEqualTo(row.row());
            assertThat(result.accepted()).as(row + " → " + result.problems()).isTrue();
            if (row.correction() == null) {
                assertThat(result.problems()).as(row.toString()).isEmpty();
                continue;
            }
            assertThat(result.problems()).as(row.toString()).singleElement().satisfies(p -> {
                assertThat(p.code()).isEqualTo(row.correction().code());
                assertThat(p.title()).isEqualTo(row.correction().column().title());
                assertThat(p.original()).isEqualTo(row.correction().original());
                assertThat(p.readAs()).isEqualTo(row.correction().readAs());
                assertThat(p.level()).isEqualTo(ProblemLevel.WARNING);
            });
        }
        assertThat(expected).filteredOn(r -> r.correction() != null).hasSizeGreaterThan(5);
    }

    @ParameterizedTest
    @MethodSource("kindsAndFormats")
    void strictModeRefusesExactlyTheRowsWithACorrection(SubmissionKind kind, String format) throws Exception {
        // given the messy file of the kind
        List<SourceRow> rows = IngestFixtures.readAll(MessyCountyFiles.write(kind, dir.resolve("messy." + format)));
        List<MessyCountyFiles.MessyRow> expected = MessyCountyFiles.rows(kind);

        // when each row is checked under perfgrade.ingest.strict
        List<ValidatedRow<?>> results = validate(kind, rows, true);

        // then the rows with a correction are refused, by that correction as an error; the others are accepted
        List<Integer> refused = results.stream().filter(r -> !r.accepted()).map(ValidatedRow::rowNumber).toList();
        assertThat(refused).isEqualTo(expected.stream().filter(r -> r.correction() != null)
                .map(MessyCountyFiles.MessyRow::row).toList());
        results.stream().filter(r -> !r.accepted()).forEach(r -> assertThat(r.problems()).singleElement()
                .satisfies(p -> {
                    assertThat(p.level()).isEqualTo(ProblemLevel.ERROR);
                    assertThat(p.code().correction()).isTrue();
                }));
    }

    private static List<ValidatedRow<?>> validate(SubmissionKind kind, List<SourceRow> rows, boolean strict) {
        ReferenceData reference = IngestFixtures.reference();
        County county = reference.county(MessyCountyFiles.COUNTY_NAME).orElseThrow();
        RowValidator<?> validator = RowValidators.forKind(kind, reference, county, strict);
        return rows.stream().<ValidatedRow<?>>map(validator::validate).toList();
    }
}
