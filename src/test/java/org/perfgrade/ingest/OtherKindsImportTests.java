package org.perfgrade.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfgrade.DatabaseTest;
import org.perfgrade.LedgerTables;
import org.perfgrade.ingest.county.CountyHint;
import org.perfgrade.ingest.header.Column;
import org.perfgrade.reference.ReferenceData;
import org.perfgrade.sample.SampleDataset;
import org.perfgrade.sample.SampleFileKind;
import org.perfgrade.sample.SampleLedgerLine;
import org.perfgrade.sample.SampleSubmissions;
import org.perfgrade.template.TemplateWorkbookWriter;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Applications, violations and the expert register, filled into the templates perfgrade hands out and imported
 * like any county file; and the receipt read back.
 */
@DatabaseTest
class OtherKindsImportTests {

    static final LocalDate AS_OF = LocalDate.of(2021, 8, 1);

    @Autowired
    SubmissionImporter importer;

    @Autowired
    ReferenceData reference;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path dir;

    SampleDataset dataset;
    String county;

    @BeforeEach
    void importTheLedgerOfTongxu() throws IOException {
        LedgerTables.clear(jdbc);
        SampleSubmissions samples = new SampleSubmissions(reference, 11);
        samples.writeInbox(dir.resolve("inbox"), AS_OF);
        dataset = samples.generate();
        county = reference.county("通许县").orElseThrow().code();
        importer.importFile(dir.resolve("inbox").resolve("通许县")
                .resolve(dataset.fileName(county, SampleFileKind.LEDGER)), CountyHint.option("通许县"), AS_OF, false);
    }

    @Test
    void applicationsViolationsAndExpertsImportFromTheirTemplates() throws IOException {
        // given
        SampleLedgerLine line = dataset.ledgerLines(county).stream()
                .filter(l -> "C".equals(l.grade())).findFirst().orElseThrow();
        String name = dataset.enterprise(line.creditCode()).orElseThrow().name();
        Path applications = filled(SubmissionKind.APPLICATION, List.of(Map.of(
                Column.CREDIT_CODE, line.creditCode(), Column.ENTERPRISE_NAME, name, Column.COUNTY, "通许县",
                Column.INDUSTRY, line.industry(), Column.BRANCH, line.branch() == null ? "" : line.branch(),
                Column.APPLIED_GRADE, "B", Column.REVIEW_BATCH, "第二批", Column.COUNTY_RESULT, "通过",
                Column.EXPERTS, "王建国、李明", Column.OPINION_DATE, "2021年7月28日")));
        Path violations = filled(SubmissionKind.VIOLATION, List.of(Map.of(
                Column.CREDIT_CODE, line.creditCode(), Column.ENTERPRISE_NAME, name, Column.COUNTY, "通许县",
                Column.VIOLATION_TYPE, "超标排放", Column.FOUND_ON, "2021/7/20",
                Column.SOURCE_DOCUMENT, "汴环罚〔2021〕12号")));
        Path experts = filled(SubmissionKind.EXPERT, List.of(
                Map.of(Column.EXPERT_NAME, "王建国", Column.ORGANISATION, "河南省环境科学研究院",
                        Column.FIELD, "铸造、机械加工", Column.COUNTY, "通许县", Column.REPORTED_ON, "2021-06-28"),
                Map.of(Column.EXPERT_NAME, "李明", Column.ORGANISATION, "开封市环境保护协会",
                        Column.FIELD, "工业涂装", Column.COUNTY, "通许县", Column.REPORTED_ON, "2021年13月1日")));
        // when
        ImportReport a = importer.importFile(applications, CountyHint.option("通许县"), AS_OF, false);
        ImportReport v = importer.importFile(violations, CountyHint.option("通许县"), AS_OF, false);
        ImportReport e = importer.importFile(experts, CountyHint.option("通许县"), AS_OF, false);
        // then
        assertThat(List.of(a.kind(), v.kind(), e.kind())).containsExactly("application", "violation", "expert");
        assertThat(a.accepted()).as(a.toString()).isEqualTo(1);
        assertThat(v.accepted()).as(v.toString()).isEqualTo(1);
        assertThat(e.accepted()).isEqualTo(1);
        assertThat(e.rejected()).isEqualTo(1);
        assertThat(e.errors()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("R08");
            assertThat(p.row()).isEqualTo(5);
        });
        assertThat(jdbc.sql("SELECT applied_grade FROM grade_application").query(String.class).list())
                .containsExactly("B");
        assertThat(jdbc.sql("SELECT violation_type FROM violation").query(String.class).list()).hasSize(1);
        assertThat(jdbc.sql("SELECT name FROM expert").query(String.class).list()).containsExactly("王建国");
    }

    @Test
    void theReceiptListsEverySubmittedRowWithItsStatusAndProblems() throws IOException {
        // given 通许县's ledger, imported before each test, with its planted defect; importing it again is a duplicate
        String ledger = dataset.fileName(county, SampleFileKind.LEDGER);
        var report = importer.importFile(dir.resolve("inbox").resolve("通许县").resolve(ledger), null, AS_OF, false);
        // when the receipt of the first import is read back
        String path = jdbc.sql("SELECT path FROM archived_document WHERE kind = 'receipt' AND county_code = :c "
                + "ORDER BY id LIMIT 1").param("c", county).query(String.class).single();
        Path out = archive.outDir().resolve(path);
        // then
        assertThat(report.status()).isEqualTo("duplicate");
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(out))) {
            assertThat(workbook.getSheetName(0)).isEqualTo("汇总");
            XSSFSheet rows = workbook.getSheet("逐行回执");
            int data = dataset.ledgerLines(county).size() + dataset.defects(county).size();
            assertThat(rows.getLastRowNum()).isEqualTo(data);
            Row header = rows.getRow(0);
            int status = header.getLastCellNum() - 2;
            assertThat(header.getCell(status).getStringCellValue()).isEqualTo("状态");
            for (var defect : dataset.defects(county)) {
                Row row = rows.getRow(defect.row() - 3);
                assertThat(row.getCell(0).getStringCellValue()).isEqualTo(String.valueOf(defect.row()));
                assertThat(row.getCell(status).getStringCellValue())
                        .isEqualTo(defect.warning() ? "已接收（有提示）" : "未接收");
                assertThat(row.getCell(status + 1).getStringCellValue()).contains(defect.cellReference());
            }
        }
    }

    @Autowired
    org.perfgrade.document.DocumentArchive archive;

    private Path filled(SubmissionKind kind, List<Map<Column, String>> rows) throws IOException {
        Path file = dir.resolve(kind.code() + ".xlsx");
        java.io.ByteArrayOutputStream template = new java.io.ByteArrayOutputStream();
        new TemplateWorkbookWriter(reference).write(kind, reference.county("通许县").orElseThrow(), template);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(template.toByteArray()))) {
            XSSFSheet sheet = workbook.getSheet(kind.sheetName());
            Row header = sheet.getRow(2);
            for (int i = 0; i < rows.size(); i++) {
                Row row = sheet.getRow(3 + i) == null ? sheet.createRow(3 + i) : sheet.getRow(3 + i);
                for (var cell : header) {
                    for (var entry : rows.get(i).entrySet()) {
                        if (cell.getStringCellValue().equals(entry.getKey().title())) {
                            row.createCell(cell.getColumnIndex()).setCellValue(entry.getValue());
                        }
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        return file;
    }
}
