package org.perfgrade.ingest.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfgrade.ingest.SubmissionKind;
import org.perfgrade.ingest.header.Column;
import org.perfgrade.ingest.header.SourceRow;
import org.perfgrade.ingest.problem.Problem;
import org.perfgrade.ingest.problem.ProblemCode;
import org.perfgrade.ingest.sheet.SourceCell;
import org.perfgrade.reference.County;
import org.perfgrade.reference.ReferenceData;
import org.perfgrade.sample.SampleDataset;
import org.perfgrade.sample.SampleDefect;
import org.perfgrade.sample.SampleDefectType;
import org.perfgrade.sample.SampleFileKind;
import org.perfgrade.sample.SampleSubmissions;

/**
 * The demo's promise: the sample county files (written by {@code SampleSubmissions} from the packaged reference data)
 * are read back cell by cell as the spreadsheet reader would, every planted defect is reported with the expected
 * code at its exact cell, and every other row passes without a single problem.
 */
class SampleDefectsTests {

    /** What the row rules report for each planted defect; DUPLICATE_LINE is found by the database side. */
    static final Map<SampleDefectType, ProblemCode> EXPECTED = new EnumMap<>(Map.of(
            SampleDefectType.CREDIT_CODE_LENGTH, ProblemCode.R09_CREDIT_CODE_INVALID,
            SampleDefectType.CREDIT_CODE_CHARACTER, ProblemCode.R09_CREDIT_CODE_INVALID,
            SampleDefectType.CREDIT_CODE_CHECK_CHARACTER, ProblemCode.R10_CREDIT_CODE_CHECK,
            SampleDefectType.UNKNOWN_INDUSTRY, ProblemCode.R04_INDUSTRY_UNKNOWN,
            SampleDefectType.GRADE_NOT_IN_SCHEME, ProblemCode.R06_GRADE_NOT_IN_SCHEME,
            SampleDefectType.COUNTY_MISMATCH, ProblemCode.R03_COUNTY_MISMATCH,
            SampleDefectType.MISSING_ENTERPRISE_NAME, ProblemCode.R01_REQUIRED_MISSING,
            SampleDefectType.UNPARSEABLE_DATE, ProblemCode.R08_DATE_INVALID));

    private static final int HEADER_ROW = 2;
    private static final DataFormatter FORMATTER = new DataFormatter();

    @TempDir
    static Path tempDir;

    private static ReferenceData reference;
    private static SampleDataset dataset;
    private static Path inbox;

    @BeforeAll
    static void writeTheSampleInbox() throws IOException {
        reference = TestRows.reference();
        SampleSubmissions samples = new SampleSubmissions(reference, 2021);
        dataset = samples.generate();
        inbox = tempDir.resolve("inbox");
        samples.writeInbox(inbox, LocalDate.of(2021, 6, 10));
    }

    @Test
    void everyDefectTypeHasAnExpectationAndIsPlanted() {
        // given the expectation map and the planted defects
        Set<SampleDefectType> planted = EnumSet.noneOf(SampleDefectType.class);
        dataset.defects().forEach(d -> planted.add(d.type()));

        // then every type but the database side's has a code, and every type was planted
        assertThat(EXPECTED.keySet()).isEqualTo(EnumSet.complementOf(EnumSet.of(SampleDefectType.DUPLICATE_LINE)));
        assertThat(planted).containsAll(EXPECTED.keySet());
    }

    @Test
    void everyPlantedDefectIsReportedWithItsCodeAtItsCell() throws IOException {
        for (SampleDefect defect : dataset.defects()) {
            // given the planted row as the reader gives it, from the county that sent the file
            SourceRow row = readRow(defect);
            County county = reference.countiesByCode().get(defect.countyCode());

            // when it is checked
            ValidatedRow<?> result = RowValidators.forKind(kind(defect.fileKind()), reference, county).validate(row);

            // then the expected code is reported at the defect's cell, and nothing else
            if (defect.type() == SampleDefectType.DUPLICATE_LINE) {
                assertThat(result.problems()).as("%s %s", defect.type(), defect.cellReference()).isEmpty();
                continue;
            }
            ProblemCode expected = EXPECTED.get(defect.type());
            assertThat(result.problems()).as("%s at %s in %s", defect.type(), defect.cellReference(), defect.fileName())
                    .extracting(Problem::code).containsExactly(expected);
            Problem problem = result.problems().get(0);
            String letters = defect.cellReference().replaceAll("\\d", "");
            assertThat(problem.column()).isEqualTo(letters);
            assertThat(problem.row()).isEqualTo(defect.row());
            assertThat(problem.title()).isEqualTo(defect.column());
            assertThat(problem.message()).startsWith(defect.cellReference() + " " + defect.column());
            assertThat(result.accepted()).isEqualTo(defect.warning());
        }
    }

    @Test
    void everyOtherRowOfTheSampleFilesPassesWithoutAProblem() throws IOException {
        // given every data row of every written file that carries no planted defect
        Map<String, Set<Integer>> defectRows = new HashMap<>();
        dataset.defects().forEach(d -> defectRows.computeIfAbsent(d.fileName(), f -> new HashSet<>()).add(d.row()));
        int checked = 0;
        for (County county : reference.counties()) {
            for (SampleFileKind fileKind : SampleFileKind.values()) {
                String fileName = dataset.fileName(county.code(), fileKind);
                RowValidator<?> validator = RowValidators.forKind(kind(fileKind), reference, county);
                for (SourceRow row : readAll(inbox.resolve(county.name()).resolve(fileName))) {
                    if (defectRows.getOrDefault(fileName, Set.of()).contains(row.rowNumber())) {
                        continue;
                    }
                    // when checked
                    ValidatedRow<?> result = validator.validate(row);

                    // then it is taken as it is
                    assertThat(result.problems()).as("%s row %d", fileName, row.rowNumber()).isEmpty();
                    assertThat(result.facts()).isNotNull();
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(200);
    }

    private static SubmissionKind kind(SampleFileKind fileKind) {
        return fileKind == SampleFileKind.LEDGER ? SubmissionKind.LEDGER : SubmissionKind.IMPROVEMENT;
    }

    private static SourceRow readRow(SampleDefect defect) throws IOException {
        Path file = inbox.resolve(defect.countyName()).resolve(defect.fileName());
        return readAll(file).stream().filter(r -> r.rowNumber() == defect.row()).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + defect.row() + " in " + file));
    }

    /** The data rows under the header in row 3, header titles mapped to columns by their exact official title. */
    private static List<SourceRow> readAll(Path file) throws IOException {
        try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
            Sheet sheet = workbook.getSheetAt(0);
            Map<Integer, Column> columns = new HashMap<>();
            Row header = sheet.getRow(HEADER_ROW);
            for (Cell cell : header) {
                title(cell.getStringCellValue()).ifPresent(column -> columns.put(cell.getColumnIndex(), column));
            }
            List<SourceRow> rows = new ArrayList<>();
            for (int r = HEADER_ROW + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                Map<Column, SourceCell> cells = new EnumMap<>(Column.class);
                columns.forEach((index, column) -> cells.put(column, sourceCell(row, index)));
                rows.add(new SourceRow(sheet.getSheetName(), r + 1, cells));
            }
            return rows;
        }
    }

    private static Optional<Column> title(String header) {
        return EnumSet.allOf(Column.class).stream().filter(c -> c.title().equals(header)).findFirst();
    }

    private static SourceCell sourceCell(Row row, int index) {
        String ref = new CellReference(row.getRowNum(), index).formatAsString(false);
        Cell cell = row.getCell(index);
        if (cell == null) {
            return new SourceCell(ref, "", null, null);
        }
        String text = FORMATTER.formatCellValue(cell).strip();
        if (cell.getCellType() == CellType.NUMERIC) {
            if (DateUtil.isCellDateFormatted(cell)) {
                return new SourceCell(ref, text, cell.getLocalDateTimeCellValue().toLocalDate(), null);
            }
            return new SourceCell(ref, text, null, BigDecimal.valueOf(cell.getNumericCellValue()));
        }
        return new SourceCell(ref, text, null, null);
    }
}
