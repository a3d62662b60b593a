package org.perfgrade.ingest.header;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfgrade.ingest.IngestFixtures;
import org.perfgrade.ingest.SubmissionKind;
import org.perfgrade.ingest.problem.FileRejectedException;
import org.perfgrade.ingest.sheet.SourceCell;
import org.perfgrade.reference.County;
import org.perfgrade.reference.ReferenceData;
import org.perfgrade.sample.SampleDataset;
import org.perfgrade.sample.SampleDefect;
import org.perfgrade.sample.SampleFileKind;
import org.perfgrade.sample.SampleSubmissions;

/** The realistic county files of the sample generator: every one is recognised and read row by row. */
class SampleInboxTests {

    @TempDir
    static Path inbox;

    private static ReferenceData reference;
    private static SampleDataset dataset;
    private static List<Path> files;

    @BeforeAll
    static void writeTheSampleInbox() throws IOException {
        reference = IngestFixtures.reference();
        SampleSubmissions samples = new SampleSubmissions(reference, 2021);
        dataset = samples.generate();
        files = samples.writeInbox(inbox, LocalDate.of(2021, 6, 10));
    }

    @Test
    void recognisesEveryFileWithItsKindAndTheHeaderOnRow3() throws FileRejectedException {
        // given the twenty files of the inbox (兰考县's improvement list is an .xls)
        assertThat(files).hasSize(20);
        assertThat(files).anyMatch(f -> f.toString().endsWith(".xls"));
        for (Path file : files) {
            // when detected
            DetectedSheet sheet = IngestFixtures.detect(file);
            // then the kind follows the file, the header is row 3 and the date line was kept
            boolean ledger = file.getFileName().toString().contains(SampleFileKind.LEDGER.title());
            assertThat(sheet.kind()).as(file.toString())
                    .isEqualTo(ledger ? SubmissionKind.LEDGER : SubmissionKind.IMPROVEMENT);
            assertThat(sheet.headerRowNumber()).isEqualTo(3);
            assertThat(sheet.unknownColumns()).isEmpty();
            assertThat(sheet.columnIndex().keySet()).containsAll(sheet.layout().required());
            assertThat(sheet.dateText()).contains("日期", "2021年6月10日");
        }
    }

    @Test
    void returnsEveryDataRowWithItsExcelRowNumber() throws FileRejectedException {
        for (County county : reference.counties()) {
            for (SampleFileKind kind : SampleFileKind.values()) {
                // given a county file and the number of rows written into it (clean rows and bad rows)
                Path file = inbox.resolve(county.name()).resolve(dataset.fileName(county.code(), kind));
                long defects = dataset.defects(county.code()).stream().filter(d -> d.fileKind() == kind).count();
                int clean = kind == SampleFileKind.LEDGER ? dataset.ledgerLines(county.code()).size()
                        : dataset.improvementPlans(county.code()).size();
                int expected = clean + (int) defects;
                // when read
                List<SourceRow> rows = IngestFixtures.readAll(file);
                // then rows 4, 5, … come back, one per row written
                assertThat(rows).as(file.toString()).extracting(SourceRow::rowNumber)
                        .containsExactlyElementsOf(IntStream.rangeClosed(4, 3 + expected).boxed().toList());
                assertThat(rows).allSatisfy(r -> assertThat(r.text(Column.COUNTY)).isNotEmpty());
            }
        }
    }

    @Test
    void keepsEachBadCellAtItsPlace() throws FileRejectedException {
        // given the deliberately bad cells of the sample
        for (SampleDefect defect : dataset.defects()) {
            Path file = inbox.resolve(defect.countyName()).resolve(defect.fileName());
            // when the file is read
            SourceRow row = IngestFixtures.readAll(file).stream().filter(r -> r.rowNumber() == defect.row())
                    .findFirst().orElseThrow();
            // then the cell at the recorded place holds the recorded value
            SourceCell cell = row.cells().values().stream()
                    .filter(c -> c.ref().equals(defect.cellReference())).findFirst().orElseThrow();
            assertThat(cell.text()).as(defect.toString()).isEqualTo(defect.value());
        }
    }

    @Test
    void readsDueDatesOfTheXlsAndTheXlsxAsDates() throws FileRejectedException {
        // given 兰考县's improvement list (.xls) and 杞县's (.xlsx)
        for (String countyName : List.of("兰考县", "杞县")) {
            County county = reference.county(countyName).orElseThrow();
            Path file = inbox.resolve(countyName)
                    .resolve(dataset.fileName(county.code(), SampleFileKind.IMPROVEMENT_LIST));
            // when read
            List<SourceRow> rows = IngestFixtures.readAll(file);
            // then the due dates of the clean plans are real dates, and their text is the ISO date
            List<LocalDate> due = dataset.improvementPlans(county.code()).stream().map(p -> p.dueDate()).toList();
            List<LocalDate> read = rows.stream().map(r -> r.cell(Column.PLANNED_COMPLETION).date())
                    .filter(d -> d != null).toList();
            assertThat(read).containsAll(due.stream().filter(d -> d != null).toList());
            assertThat(rows).filteredOn(r -> r.cell(Column.PLANNED_COMPLETION).date() != null)
                    .allSatisfy(r -> assertThat(r.text(Column.PLANNED_COMPLETION))
                            .isEqualTo(r.cell(Column.PLANNED_COMPLETION).date().toString()));
        }
    }
}
