package org.perfgrade.reliability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfgrade.DatabaseTest;
import org.perfgrade.LedgerTables;
import org.perfgrade.cli.CliEnvironment;
import org.perfgrade.cli.ExitCodes;
import org.perfgrade.cli.PerfgradeMain;
import org.perfgrade.document.ArchivedDocument;
import org.perfgrade.document.DocumentArchive;
import org.perfgrade.ingest.ImportReport;
import org.perfgrade.ingest.SubmissionImporter;
import org.perfgrade.reference.ReferenceData;
import org.perfgrade.reliability.RawXlsx.Sheet;
import org.perfgrade.report.ImprovementListWorkbook;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Quotes and SQL fragments through every field of a county file and through the command line's options: stored
 * verbatim as data (SQL only through parameters), nothing else touched; and text that looks like a formula, exported
 * again in the 附件2 workbook, stays text (quote-prefixed), never a formula.
 */
@DatabaseTest
class SqlInjectionTests {

    static final LocalDate AS_OF = LocalDate.of(2021, 6, 10);

    /** One payload per text column of 附件2 (a new enterprise name each row). */
    static final List<String> PAYLOADS = List.of(
            "开封'); DROP TABLE enterprise; --铸造有限公司",
            "' OR '1'='1",
            "\\'; DELETE FROM submission; #",
            "\"; UPDATE improvement_plan SET target_grade = 'A'; --",
            "%_ LIKE '%' /* */",
            "=1+1",
            "+cmd|' /c calc'!A0",
            "@SUM(1,2)",
            "-2+3");

    @Autowired
    SubmissionImporter importer;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReferenceData reference;

    @Autowired
    DocumentArchive archive;

    @Autowired
    ImprovementListWorkbook improvementList;

    @Autowired
    Environment environment;

    @TempDir
    Path inbox;

    @BeforeEach
    void clear() {
        LedgerTables.clear(jdbc);
    }

    @Test
    void sqlFragmentsInEveryCellAreStoredVerbatimAndTouchNothingElse() throws IOException {
        // given a list whose 差异化指标, 存在问题, 改造措施 and 备注 carry every payload, one row each, and whose
        // enterprise names carry them as well
        List<List<RawXlsx.Cell>> rows = HostileFiles.rows("兰考县", "兰考", PAYLOADS.size());
        for (int i = 0; i < PAYLOADS.size(); i++) {
            String payload = PAYLOADS.get(i);
            rows.get(i).set(HostileFiles.NAME, RawXlsx.Cell.text("兰考" + payload + i + "号铸造有限公司"));
            for (int column : new int[] { 8, 9, 10, 12 }) {
                rows.get(i).set(column, RawXlsx.Cell.text(payload));
            }
        }
        Path file = RawXlsx.with(Sheet.of("提升企业清单", HostileFiles.sheet(rows)))
                .write(inbox.resolve("兰考县").resolve("兰考县提升企业清单.xlsx"));
        // when
        ImportReport report = importer.importFile(file, null, AS_OF, false);
        // then: every row in, every value as written, the tables intact
        assertThat(report.status()).as(report.toString()).isEqualTo(ImportReport.IMPORTED);
        assertThat(report.accepted()).as(report.toString()).isEqualTo(PAYLOADS.size());
        for (int i = 0; i < PAYLOADS.size(); i++) {
            String payload = PAYLOADS.get(i);
            Map<String, Object> plan = jdbc.sql("SELECT p.differentiating_index, p.problems, p.measures, p.remarks, "
                            + "p.target_grade FROM improvement_plan p JOIN ledger_line l ON l.id = p.ledger_line_id "
                            + "JOIN enterprise e ON e.id = l.enterprise_id WHERE e.name = :name")
                    .param("name", "兰考" + payload + i + "号铸造有限公司").query().singleRow();
            assertThat(plan.values()).as(payload).containsExactlyInAnyOrder(payload, payload, payload, payload, "B");
        }
        assertThat(count("SELECT COUNT(*) FROM enterprise")).isEqualTo(PAYLOADS.size());
        assertThat(count("SELECT COUNT(*) FROM submission")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM improvement_plan WHERE target_grade = 'A'")).isZero();

        // when the 附件2 workbook of the county is exported again
        ArchivedDocument exported = improvementList.render(AS_OF, reference.county("兰考县").orElseThrow());
        // then no cell is a formula, and every formula-like text is a quote-prefixed text cell
        int quoted = 0;
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(archive.outDir()
                .resolve(exported.path())))) {
            for (Row row : workbook.getSheetAt(0)) {
                for (Cell cell : row) {
                    assertThat(cell.getCellType()).as(cell.getAddress().toString()).isNotEqualTo(CellType.FORMULA);
                    if (cell.getCellType() == CellType.STRING
                            && cell.getStringCellValue().matches("^[=+@\\-].*")) {
                        assertThat(cell.getCellStyle().getQuotePrefixed()).as(cell.getAddress().toString()).isTrue();
                        quoted++;
                    }
                }
            }
        }
        assertThat(quoted).as("the formula-like payloads in four columns").isGreaterThanOrEqualTo(4 * 4);
    }

    @Test
    void sqlFragmentsInCommandLineOptionsAreRefusedAsValuesAndChangeNothing() {
        // given an enterprise-free database and options carrying SQL
        Map<String, Object> properties = new HashMap<>();
        for (String key : List.of("perfgrade.db.url", "perfgrade.db.user", "perfgrade.db.password",
                "perfgrade.data-dir", "perfgrade.out-dir")) {
            properties.put(key, environment.getProperty(key, ""));
        }
        long submissions = count("SELECT COUNT(*) FROM submission");
        long counties = count("SELECT COUNT(*) FROM county");
        // when
        String[] county = cli(properties, "report", "--county", "兰考县' OR '1'='1");
        String[] grade = cli(properties, "grade", "history", "--credit-code", "91410225' OR 1=1; DROP TABLE enterprise; --");
        String[] expert = cli(properties, "expert", "bar", "张三'); DELETE FROM expert; --", "--date", "2021-06-10",
                "--notice", "'; DROP TABLE county; --");
        // then: each refused as an unknown value, and the tables as they were
        assertThat(county[0]).isEqualTo(String.valueOf(ExitCodes.USAGE));
        assertThat(county[1]).contains("不是本市的县区");
        assertThat(grade[0]).isNotEqualTo(String.valueOf(ExitCodes.OK));
        assertThat(expert[0]).isNotEqualTo(String.valueOf(ExitCodes.OK));
        assertThat(count("SELECT COUNT(*) FROM submission")).isEqualTo(submissions);
        assertThat(count("SELECT COUNT(*) FROM county")).isEqualTo(counties);
        assertThat(count("SELECT COUNT(*) FROM enterprise")).isZero();
    }

    /** Exit code and stderr of one command line, in-process on the test's database. */
    private static String[] cli(Map<String, Object> properties, String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = PerfgradeMain.run(args, new CliEnvironment(new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), Map.of(), properties));
        return new String[] { String.valueOf(code), err.toString(StandardCharsets.UTF_8) };
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
