package org.perfgrade.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfgrade.DatabaseTest;
import org.perfgrade.LedgerTables;
import org.perfgrade.ingest.county.CountyHint;
import org.perfgrade.ingest.problem.ProblemCode;
import org.perfgrade.ledger.LedgerImport;
import org.perfgrade.reference.ReferenceData;
import org.perfgrade.sample.SampleDataset;
import org.perfgrade.sample.SampleDefect;
import org.perfgrade.sample.SampleDefectType;
import org.perfgrade.sample.SampleFileKind;
import org.perfgrade.sample.SampleSubmissions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;

/** {@code importJob} end to end on the sample submissions of the ten counties, on H2 and MariaDB. */
@DatabaseTest
class ImportJobTests {

    static final LocalDate AS_OF = LocalDate.of(2021, 6, 10);

    static final Map<SampleDefectType, ProblemCode> EXPECTED = Map.of(
            SampleDefectType.CREDIT_CODE_LENGTH, ProblemCode.R09_CREDIT_CODE_INVALID,
            SampleDefectType.CREDIT_CODE_CHARACTER, ProblemCode.R09_CREDIT_CODE_INVALID,
            SampleDefectType.CREDIT_CODE_CHECK_CHARACTER, ProblemCode.R10_CREDIT_CODE_CHECK,
            SampleDefectType.UNKNOWN_INDUSTRY, ProblemCode.R04_INDUSTRY_UNKNOWN,
            SampleDefectType.GRADE_NOT_IN_SCHEME, ProblemCode.R06_GRADE_NOT_IN_SCHEME,
            SampleDefectType.COUNTY_MISMATCH, ProblemCode.R03_COUNTY_MISMATCH,
            SampleDefectType.MISSING_ENTERPRISE_NAME, ProblemCode.R01_REQUIRED_MISSING,
            SampleDefectType.UNPARSEABLE_DATE, ProblemCode.R08_DATE_INVALID,
            SampleDefectType.DUPLICATE_LINE, ProblemCode.R11_DUPLICATE_LINE);

    @Autowired
    SubmissionImporter importer;

    @Autowired
    ReferenceData reference;

    @Autowired
    JdbcClient jdbc;

    @MockitoSpyBean
    LedgerImport ledger;

    @TempDir
    Path inbox;

    SampleDataset dataset;

    @BeforeEach
    void writeSampleInbox() throws IOException {
        SampleSubmissions samples = new SampleSubmissions(reference, 2021);
        samples.writeInbox(inbox, AS_OF);
        dataset = samples.generate();
        LedgerTables.clear(jdbc);
    }

    @Test
    void everyPlantedDefectIsReportedAtItsCellWithItsCode() {
        // when
        List<ImportReport> reports = importer.importInbox(inbox, AS_OF);
        // then
        assertThat(reports).hasSize(20).allSatisfy(r -> assertThat(r.status()).isIn("imported", "duplicate"));
        for (SampleDefect defect : dataset.defects()) {
            ImportReport report = reports.stream().filter(r -> r.file().endsWith(defect.fileName()))
                    .findFirst().orElseThrow();
            assertThat(report.errors()).as(defect.toString())
                    .anySatisfy(e -> {
                        assertThat(e.code()).isEqualTo(EXPECTED.get(defect.type()).code());
                        assertThat(e.row()).isEqualTo(defect.row());
                        assertThat(e.level()).isEqualTo(defect.warning() ? "warning" : "error");
                    });
        }
    }

    @Test
    void theCleanSampleRowsLandInTheLedgerWithTheirGrades() {
        // when
        importer.importInbox(inbox, AS_OF);
        // then every clean ledger line of 兰考县 is stored with its grade
        String county = reference.county("兰考县").orElseThrow().code();
        var lines = dataset.ledgerLines(county);
        for (var line : lines) {
            List<String> grades = jdbc.sql("""
                    SELECT l.grade FROM ledger_line l JOIN enterprise e ON e.id = l.enterprise_id
                    JOIN industry i ON i.id = l.industry_id LEFT JOIN industry_branch b ON b.id = l.branch_id
                    WHERE e.credit_code = :code AND i.name = :industry AND COALESCE(b.name, '') = :branch
                      AND l.retired_on IS NULL""")
                    .param("code", line.creditCode()).param("industry", line.industry())
                    .param("branch", line.branch() == null ? "" : line.branch())
                    .query(String.class).list();
            assertThat(grades).as(line.toString()).hasSize(1);
            assertThat(grades.get(0)).as(line.toString()).isEqualTo(line.grade());
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM improvement_plan p JOIN ledger_line l ON l.id = p.ledger_line_id "
                + "JOIN enterprise e ON e.id = l.enterprise_id WHERE e.county_code = :c AND p.retired_on IS NULL")
                .param("c", county).query(Long.class).single())
                .isEqualTo(dataset.improvementPlans(county).size());
    }

    @Test
    void theSameFileAgainIsADuplicateAndChangesNothing() {
        // given
        Path ledgerFile = inbox.resolve("兰考县").resolve(dataset.fileName(
                reference.county("兰考县").orElseThrow().code(), SampleFileKind.LEDGER));
        ImportReport first = importer.importFile(ledgerFile, CountyHint.option("兰考县"), AS_OF, false);
        long events = count("SELECT COUNT(*) FROM grade_event");
        long problems = count("SELECT COUNT(*) FROM rejected_row");
        // when
        ImportReport again = importer.importFile(ledgerFile, null, AS_OF, false);
        // then
        assertThat(first.status()).isEqualTo("imported");
        assertThat(again.status()).isEqualTo("duplicate");
        assertThat(again.county()).isEqualTo("兰考县");
        assertThat(again.errors()).isEmpty();
        assertThat(count("SELECT COUNT(*) FROM grade_event")).isEqualTo(events);
        assertThat(count("SELECT COUNT(*) FROM rejected_row")).isEqualTo(problems);
    }

    @Test
    void aFileThatIsNoSpreadsheetIsRejectedWholeAndMovedAsideWithItsReason() throws IOException {
        // given
        Path folder = Files.createDirectories(inbox.resolve("杞县"));
        Path bogus = Files.writeString(folder.resolve("杞县清单台账.xlsx"), "这不是 Excel 文件");
        // when
        ImportReport report = importer.importFile(bogus, CountyHint.folder("杞县"), AS_OF, true);
        // then
        assertThat(report.status()).isEqualTo("rejected");
        assertThat(report.county()).isEqualTo("杞县");
        assertThat(report.errors()).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo("F01");
            assertThat(e.row()).isNull();
        });
        assertThat(bogus).doesNotExist();
        assertThat(folder.resolve("rejected").resolve("杞县清单台账.xlsx")).hasContent("这不是 Excel 文件");
        assertThat(Files.readString(folder.resolve("rejected").resolve("杞县清单台账.xlsx.原因.txt")))
                .contains("Excel");
        assertThat(report.receipt()).isNotNull();
    }

    @Test
    void aCrashInTheMiddleAndARestartGiveTheSameContentAsOneRun() {
        // given a ledger whose second chunk of ledger writes fails once
        String county = reference.county("尉氏县").orElseThrow().code();
        Path ledgerFile = inbox.resolve("尉氏县").resolve(dataset.fileName(county, SampleFileKind.LEDGER));
        AtomicInteger calls = new AtomicInteger();
        doAnswer(invocation -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("模拟故障：数据库连接中断");
            }
            return invocation.callRealMethod();
        }).when(ledger).applyLedgerRows(any(), any());
        // when
        assertThatThrownBy(() -> importer.importFile(ledgerFile, CountyHint.option("尉氏县"), AS_OF, false))
                .isInstanceOf(ImportFailedException.class).hasMessageContaining("可重新运行");
        ImportReport restarted = importer.importFile(ledgerFile, CountyHint.option("尉氏县"), AS_OF, false);
        // then
        assertThat(restarted.status()).isEqualTo("imported");
        // the clean lines, plus a row kept with a warning (a wrong check character) when the county has one
        long cleanLines = dataset.ledgerLines(county).size() + dataset.defects(county).stream()
                .filter(d -> d.fileKind() == SampleFileKind.LEDGER && d.warning()).count();
        assertThat(count("SELECT COUNT(*) FROM ledger_line l JOIN enterprise e ON e.id = l.enterprise_id "
                + "WHERE e.county_code = '" + county + "' AND l.retired_on IS NULL"))
                .isEqualTo(cleanLines);
        assertThat(restarted.rows()).isEqualTo(restarted.accepted() + restarted.rejected());
        assertThat(count("SELECT COUNT(*) FROM grade_event g JOIN ledger_line l ON l.id = g.ledger_line_id "
                + "JOIN enterprise e ON e.id = l.enterprise_id WHERE e.county_code = '" + county + "'"))
                .isEqualTo(count("SELECT COUNT(*) FROM ledger_line l JOIN enterprise e ON e.id = l.enterprise_id "
                        + "WHERE e.county_code = '" + county + "' AND l.grade IS NOT NULL"));
    }

    @Test
    void aNewerLedgerReplacesOnlyWhatTheCountysLedgerHeldAndRecordsTheGradeChange() throws IOException {
        // given 尉氏县's ledger imported, then a newer one with a grade raised from C to B and its last row gone
        String county = reference.county("尉氏县").orElseThrow().code();
        Path original = inbox.resolve("尉氏县").resolve(dataset.fileName(county, SampleFileKind.LEDGER));
        importer.importFile(original, CountyHint.option("尉氏县"), AS_OF, false);
        long otherCounties = count("SELECT COUNT(*) FROM ledger_line l JOIN enterprise e ON e.id = l.enterprise_id "
                + "WHERE e.county_code <> '" + county + "'");
        Path newer = inbox.resolve("尉氏县重点行业绩效分级清单台账（第二版）.xlsx");
        String[] changed = new String[2];
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(original))) {
            var sheet = workbook.getSheetAt(0);
            var header = sheet.getRow(2);
            int gradeColumn = -1;
            int codeColumn = -1;
            for (var cell : header) {
                if (cell.getStringCellValue().equals("绩效级别")) {
                    gradeColumn = cell.getColumnIndex();
                }
                if (cell.getStringCellValue().equals("统一社会信用代码")) {
                    codeColumn = cell.getColumnIndex();
                }
            }
            for (int r = 3; r < sheet.getLastRowNum() && changed[0] == null; r++) {
                var grade = sheet.getRow(r).getCell(gradeColumn);
                if (grade != null && "C".equals(grade.getStringCellValue())) {
                    // a new cell: POI keeps the old inline text of an SXSSF cell beside a new value
                    var row = sheet.getRow(r);
                    row.removeCell(grade);
                    row.createCell(gradeColumn).setCellValue("B");
                    changed[0] = sheet.getRow(r).getCell(codeColumn).getStringCellValue();
                }
            }
            var last = sheet.getRow(sheet.getLastRowNum());
            changed[1] = last.getCell(codeColumn).getStringCellValue();
            sheet.removeRow(last);
            try (var out = Files.newOutputStream(newer)) {
                workbook.write(out);
            }
        }
        assertThat(changed[0]).as("a C-grade line to raise").isNotNull();
        // when
        ImportReport report = importer.importFile(newer, CountyHint.option("尉氏县"), AS_OF.plusDays(30), false);
        // then
        assertThat(report.status()).isEqualTo("imported");
        assertThat(jdbc.sql("""
                SELECT g.old_grade, g.new_grade, g.effective_on FROM grade_event g
                JOIN ledger_line l ON l.id = g.ledger_line_id JOIN enterprise e ON e.id = l.enterprise_id
                WHERE e.credit_code = :code ORDER BY g.id""").param("code", changed[0]).query().listOfRows())
                .hasSize(2).last().satisfies(event -> {
                    assertThat(event.get("old_grade")).isEqualTo("C");
                    assertThat(event.get("new_grade")).isEqualTo("B");
                    assertThat(event.get("effective_on").toString()).isEqualTo("2021-07-10");
                });
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ledger_line l JOIN enterprise e ON e.id = l.enterprise_id "
                + "WHERE e.credit_code = :code AND l.retired_on IS NOT NULL").param("code", changed[1])
                .query(Long.class).single()).as("the line left out is retired, not deleted").isPositive();
        assertThat(count("SELECT COUNT(*) FROM ledger_line l JOIN enterprise e ON e.id = l.enterprise_id "
                + "WHERE e.county_code <> '" + county + "'")).isEqualTo(otherCounties);
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
