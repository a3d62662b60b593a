package org.perfgrade.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.perfgrade.DatabaseTest;
import org.perfgrade.LedgerTables;
import org.perfgrade.ingest.header.SourceRow;
import org.perfgrade.ingest.problem.FileRejectedException;
import org.perfgrade.ingest.rules.RowValidator;
import org.perfgrade.ingest.rules.RowValidators;
import org.perfgrade.ingest.rules.ValidatedRow;
import org.perfgrade.reference.County;
import org.perfgrade.reference.ReferenceData;
import org.perfgrade.sample.SampleDataset;
import org.perfgrade.sample.SampleDefect;
import org.perfgrade.sample.SampleDefectType;
import org.perfgrade.sample.SampleEnterprise;
import org.perfgrade.sample.SampleFileKind;
import org.perfgrade.sample.SampleLedgerLine;
import org.perfgrade.sample.SamplePlan;
import org.perfgrade.sample.SampleSubmissions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;

/**
 * The demo's inbox with 兰考县 and 尉氏县 written the way county clerks fill their files (县区手填样式), imported once
 * as {@code demo} does: the planted defects are still errors at their cells, every other row is taken, the two
 * counties' files carry the corrections (R26–R32) and list their skipped rows, and the ledger stores the meaning of
 * the model, not the forms the clerks wrote.
 */
@DatabaseTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClerkStyleImportTests {

    static final LocalDate AS_OF = LocalDate.of(2021, 6, 10);

    static final List<String> CLERK_COUNTIES = List.of("兰考县", "尉氏县");

    /** 分支 inferred (R26) or 待补充 (R27): read from an empty cell. */
    static final Set<String> BRANCH_CODES = Set.of("R26", "R27");

    @Autowired
    SubmissionImporter importer;

    @Autowired
    ReferenceData reference;

    @Autowired
    JdbcClient jdbc;

    private Path inbox;
    private SampleDataset dataset;
    private List<ImportReport> reports;

    @BeforeAll
    void importTheClerkStyleInbox() throws IOException {
        // given the demo's inbox, 兰考县 and 尉氏县 in the clerks' style, and an empty ledger
        LedgerTables.clear(jdbc);
        inbox = Files.createTempDirectory("clerk-style-inbox");
        SampleSubmissions samples = new SampleSubmissions(reference, 2021).withClerkStyle();
        dataset = samples.generate();
        samples.writeInbox(inbox, AS_OF);
        // when imported as the demo imports it
        reports = importer.importInbox(inbox, AS_OF);
    }

    @AfterAll
    void removeTheInbox() throws IOException {
        FileSystemUtils.deleteRecursively(inbox);
    }

    @Test
    void everyPlantedDefectIsStillReportedAtItsCellWithItsCode() {
        // then every file was imported, and each planted defect is reported with its code at its cell
        assertThat(reports).hasSize(20).allSatisfy(r -> assertThat(r.status()).as(r.file()).isEqualTo("imported"));
        assertThat(dataset.defects()).extracting(SampleDefect::countyName).contains("兰考县");
        for (SampleDefect defect : dataset.defects()) {
            assertThat(report(defect.countyName(), defect.fileKind()).errors()).as(defect.toString())
                    .anySatisfy(e -> {
                        assertThat(e.code()).isEqualTo(ImportJobTests.EXPECTED.get(defect.type()).code());
                        assertThat(e.row()).isEqualTo(defect.row());
                        // a duplicate line is the whole row's problem
                        assertThat(e.column()).isEqualTo(defect.type() == SampleDefectType.DUPLICATE_LINE ? null
                                : defect.cellReference().replaceAll("\\d", ""));
                        assertThat(e.level()).isEqualTo(defect.warning() ? "warning" : "error");
                    });
        }
    }

    @Test
    void noOtherRowOfAnyFileHasAnError() {
        // given the rows that carry a planted defect
        Map<String, Set<Integer>> defectRows = new HashMap<>();
        dataset.defects().forEach(d -> defectRows.computeIfAbsent(d.fileName(), f -> new HashSet<>()).add(d.row()));
        for (ImportReport report : reports) {
            Set<Integer> planted = defectRows.getOrDefault(Path.of(report.file()).getFileName().toString(), Set.of());
            // then every error of a file is at one of them, and only those rows are refused
            assertThat(report.errors()).as(report.file()).filteredOn(e -> e.level().equals("error"))
                    .allSatisfy(e -> assertThat(planted).as(e.toString()).contains(e.row()));
            assertThat(report.rejected()).as(report.file()).isLessThanOrEqualTo(planted.size());
            assertThat(report.accepted() + report.rejected()).isEqualTo(report.rows());
        }
    }

    @Test
    void theClerkCountiesFilesCarryTheirCorrectionsAndSkippedRows() {
        for (String countyName : CLERK_COUNTIES) {
            String shortName = countyName.substring(0, countyName.length() - 1);
            ImportReport ledger = report(countyName, SampleFileKind.LEDGER);
            ImportReport list = report(countyName, SampleFileKind.IMPROVEMENT_LIST);
            List<ImportReport.Entry> corrections = corrections(ledger);
            corrections.addAll(corrections(list));

            // then each form the clerk wrote that is a correction shows up as a warning, original → read as (a
            // branch left empty has no original)
            assertThat(corrections).as(countyName).allSatisfy(e -> {
                assertThat(e.level()).isEqualTo("warning");
                assertThat(e.readAs()).isNotBlank();
                if (!BRANCH_CODES.contains(e.code())) {
                    assertThat(e.original()).as(e.toString()).isNotBlank();
                }
            });
            assertThat(corrections).extracting(ImportReport.Entry::code).as(countyName)
                    .contains("R28", "R29", "R30", "R32").containsAnyOf("R26", "R27");
            assertThat(corrections).filteredOn(e -> e.code().equals("R32")).isNotEmpty()
                    .allSatisfy(e -> {
                        assertThat(e.original()).isEqualTo(shortName);
                        assertThat(e.readAs()).isEqualTo(countyName);
                    });
            assertThat(corrections).filteredOn(e -> e.code().equals("R30"))
                    .allSatisfy(e -> assertThat(LocalDate.parse(e.readAs())).isAfter(AS_OF))
                    .extracting(ImportReport.Entry::original)
                    .anyMatch(o -> o.endsWith("前")).anyMatch(o -> o.endsWith("月底") || o.endsWith("月"))
                    .anyMatch(o -> o.startsWith("二〇"));
            assertThat(corrections).filteredOn(e -> e.code().equals("R28")).extracting(ImportReport.Entry::original)
                    .anyMatch(o -> o.endsWith("级企业")).anyMatch(o -> o.matches("[Ａ-Ｄ]"))
                    .anyMatch(o -> o.matches("[a-d]"));
            assertThat(corrections).filteredOn(e -> e.code().equals("R29")).extracting(ImportReport.Entry::original)
                    .anyMatch(o -> o.endsWith("行业")).anyMatch(o -> o.contains("（"));

            // and both files list their rows that are not data, neither refused nor counted
            for (ImportReport report : List.of(ledger, list)) {
                assertThat(report.skipped()).as(report.file()).extracting(ImportReport.Skipped::reason)
                        .contains("合计行").anyMatch(r -> r.startsWith("表尾"))
                        .anyMatch(r -> r.startsWith("重复的表头行")).anyMatch(r -> r.startsWith("空行"));
            }
        }
        // and the other eight counties' files, written clean, have no correction at all
        List<ImportReport> others = reports.stream().filter(r -> !CLERK_COUNTIES.contains(r.county())).toList();
        assertThat(others).hasSize(16).allSatisfy(r -> {
            assertThat(corrections(r)).as(r.file()).isEmpty();
            assertThat(r.skipped()).as(r.file()).isEmpty();
        });
    }

    @Test
    void theLedgerStoresWhatTheClerksMeant() {
        for (String countyName : CLERK_COUNTIES) {
            County county = reference.county(countyName).orElseThrow();
            // then every enterprise of the model is registered under its county with its name
            for (SampleEnterprise enterprise : dataset.enterprises(county.code())) {
                assertThat(jdbc.sql("SELECT name, county_code FROM enterprise WHERE credit_code = :code")
                        .param("code", enterprise.creditCode()).query().singleRow()).as(enterprise.toString())
                        .containsEntry("name", enterprise.name()).containsEntry("county_code", county.code());
            }
            // and every line with its industry, branch and grade: a branch left empty is inferred (R26) where the
            // grade admits one branch alone; a line left 分支待补充 (R27) keeps no branch
            Set<Integer> pendingLedgerRows = rowsWith(report(countyName, SampleFileKind.LEDGER), "R27");
            Map<String, String> storedBranch = new HashMap<>();
            for (SampleLedgerLine line : dataset.ledgerLines(county.code())) {
                Map<String, Object> stored = jdbc.sql("""
                        SELECT b.name AS branch, l.grade, l.last_row_no FROM ledger_line l
                        JOIN enterprise e ON e.id = l.enterprise_id JOIN industry i ON i.id = l.industry_id
                        LEFT JOIN industry_branch b ON b.id = l.branch_id
                        WHERE e.credit_code = :code AND i.name = :industry AND l.retired_on IS NULL
                          AND (l.branch_id IS NULL OR b.name = :branch)""")
                        .param("code", line.creditCode()).param("industry", line.industry())
                        .param("branch", line.branch() == null ? "" : line.branch())
                        .query().singleRow();
                int row = ((Number) stored.get("last_row_no")).intValue();
                String expectedBranch = pendingLedgerRows.contains(row) ? null : line.branch();
                assertThat(stored.get("branch")).as("%s row %d", line, row).isEqualTo(expectedBranch);
                assertThat(stored.get("grade")).as(line.toString()).isEqualTo(line.grade());
                storedBranch.put(line.creditCode() + "|" + line.industry(), expectedBranch);
            }
            // and every plan with its line, grades and 拟完成时间; a 附件2 row without its branch refers to the
            // enterprise's line the ledger named, else to its line 分支待补充
            Set<Integer> pendingPlanRows = rowsWith(report(countyName, SampleFileKind.IMPROVEMENT_LIST), "R27");
            List<SamplePlan> plans = dataset.improvementPlans(county.code());
            assertThat(plans).isNotEmpty();
            for (SamplePlan plan : plans) {
                List<Map<String, Object>> stored = jdbc.sql("""
                        SELECT b.name AS branch, p.current_grade, p.target_grade, p.planned_completion, p.last_row_no
                        FROM improvement_plan p JOIN ledger_line l ON l.id = p.ledger_line_id
                        JOIN enterprise e ON e.id = l.enterprise_id JOIN industry i ON i.id = l.industry_id
                        LEFT JOIN industry_branch b ON b.id = l.branch_id
                        WHERE e.credit_code = :code AND i.name = :industry AND p.retired_on IS NULL""")
                        .param("code", plan.creditCode()).param("industry", plan.industry()).query().listOfRows();
                assertThat(stored).as(plan.toString()).singleElement().satisfies(p -> {
                    int row = ((Number) p.get("last_row_no")).intValue();
                    String key = plan.creditCode() + "|" + plan.industry();
                    String expectedBranch = !pendingPlanRows.contains(row) ? plan.branch()
                            : storedBranch.containsKey(key) ? storedBranch.get(key) : null;
                    assertThat(p.get("branch")).as("%s row %d", plan, row).isEqualTo(expectedBranch);
                    assertThat(p.get("current_grade")).as(plan.toString()).isEqualTo(plan.currentGrade());
                    assertThat(p.get("target_grade")).as(plan.toString()).isEqualTo(plan.targetGrade());
                    assertThat(p.get("planned_completion") == null ? null : p.get("planned_completion").toString())
                            .as(plan.toString()).isEqualTo(plan.dueDate() == null ? null : plan.dueDate().toString());
                });
            }
        }
    }

    @Test
    void underStrictModeTheRowsWithACorrectionAreRefusedWithTheSameCodes() throws FileRejectedException {
        for (String countyName : CLERK_COUNTIES) {
            County county = reference.county(countyName).orElseThrow();
            for (SampleFileKind fileKind : SampleFileKind.values()) {
                // given a clerk county's file as imported, and the corrections the import reported, by row
                ImportReport lenient = report(countyName, fileKind);
                Map<Integer, List<String>> corrected = new HashMap<>();
                corrections(lenient).forEach(e -> corrected.computeIfAbsent(e.row(), r -> new java.util.ArrayList<>())
                        .add(e.code()));
                Set<Integer> refusedAnyway = new HashSet<>();
                lenient.errors().stream().filter(e -> e.level().equals("error") && !e.code().equals("R11"))
                        .forEach(e -> refusedAnyway.add(e.row()));
                Path file = inbox.resolve(countyName).resolve(dataset.fileName(county.code(), fileKind));
                RowValidator<?> strict = RowValidators.forKind(fileKind == SampleFileKind.LEDGER
                        ? SubmissionKind.LEDGER : SubmissionKind.IMPROVEMENT, reference, county, true);
                int refused = 0;
                for (SourceRow row : IngestFixtures.readAll(file)) {
                    // when its rows are checked under strict mode (perfgrade.ingest.strict=true)
                    ValidatedRow<?> result = strict.validate(row);

                    // then a row with a correction is refused, each correction now an error with its code
                    List<String> codes = corrected.getOrDefault(row.rowNumber(), List.of());
                    String where = file.getFileName() + " row " + row.rowNumber();
                    assertThat(result.accepted()).as(where)
                            .isEqualTo(codes.isEmpty() && !refusedAnyway.contains(row.rowNumber()));
                    assertThat(result.errors()).extracting(p -> p.code().code()).as(where).containsAll(codes);
                    refused += result.accepted() ? 0 : 1;
                }
                assertThat(refused).as(file.toString()).isGreaterThanOrEqualTo(corrected.size()).isPositive();
            }
        }
    }

    private ImportReport report(String countyName, SampleFileKind kind) {
        String code = reference.county(countyName).orElseThrow().code();
        String fileName = dataset.fileName(code, kind);
        return reports.stream().filter(r -> Path.of(r.file()).getFileName().toString().equals(fileName))
                .findFirst().orElseThrow(() -> new AssertionError("no report for " + fileName));
    }

    private static List<ImportReport.Entry> corrections(ImportReport report) {
        return new java.util.ArrayList<>(report.errors().stream()
                .filter(e -> MessyCountyFileImportTests.CORRECTIONS.contains(e.code())).toList());
    }

    private static Set<Integer> rowsWith(ImportReport report, String code) {
        Set<Integer> rows = new HashSet<>();
        report.errors().stream().filter(e -> e.code().equals(code)).forEach(e -> rows.add(e.row()));
        return rows;
    }
}
