package org.perfgrade.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfgrade.CountyWorkbooks;
import org.perfgrade.DatabaseTest;
import org.perfgrade.LedgerTables;
import org.perfgrade.ingest.county.CountyHint;
import org.perfgrade.ingest.header.Column;
import org.perfgrade.ingest.held.HeldSubmissions;
import org.perfgrade.reference.County;
import org.perfgrade.reference.ReferenceData;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.perfgrade.CountyWorkbooks.creditCode;
import static org.perfgrade.CountyWorkbooks.ledgerRow;
import static org.perfgrade.CountyWorkbooks.planRow;

/**
 * 归属: one county never changes another's data — another county's enterprise is refused (R33), a file with no
 * accepted row replaces nothing, a file that would retire most of what the county holds waits for the city, and the
 * same bytes from another county are that county's own submission.
 */
@DatabaseTest
class OwnershipImportTests {

    static final LocalDate UPLOADED = LocalDate.of(2021, 6, 10);
    static final String OTHER_COUNTY = "该企业已登记在其他县区，如需迁移请联系市生态环境局";

    @Autowired
    SubmissionImporter importer;

    @Autowired
    HeldDecisions decisions;

    @Autowired
    ReferenceData reference;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path dir;

    County lankao;
    County qixian;

    @BeforeEach
    void lankaoHoldsEightLines() {
        LedgerTables.clear(jdbc);
        lankao = reference.county("兰考县").orElseThrow();
        qixian = reference.county("杞县").orElseThrow();
        ImportReport report = importer.importFile(file("兰考县清单台账.xlsx", SubmissionKind.LEDGER, lankao,
                lankaoRows(8, "C")), CountyHint.option("兰考县"), UPLOADED, false);
        assertThat(report.status()).isEqualTo("imported");
        assertThat(report.accepted()).isEqualTo(8);
    }

    @Test
    void aRowWithAnotherCountysCreditCodeIsRefusedAndOneWithItsOwnCodeIsNeverMatchedByName() {
        // given 杞县's ledger: one enterprise of its own, one with 兰考县's credit code reporting a better grade
        List<Map<String, Object>> before = lankaoData();
        Path file = file("杞县清单台账.xlsx", SubmissionKind.LEDGER, qixian, List.of(
                ledgerRow("杞县", creditCode(101), "杞县新兴铸造有限公司", "C"),
                ledgerRow("杞县", creditCode(1), "兰考第1铸造有限公司", "B"),
                ledgerRow("杞县", creditCode(102), "兰考第3铸造有限公司", "B")));
        // when
        ImportReport report = importer.importFile(file, CountyHint.option("杞县"), UPLOADED.plusDays(1), false);
        // then the row is refused with the ownership message at its credit code cell; a row with its own credit
        // code is matched by that code, never by the name 兰考县 uses
        assertThat(report.status()).isEqualTo("imported");
        assertThat(report.accepted()).isEqualTo(2);
        assertThat(report.errors()).filteredOn(e -> e.code().equals("R33")).singleElement().satisfies(e -> {
            assertThat(e.row()).isEqualTo(5);
            assertThat(e.level()).isEqualTo("error");
            assertThat(e.message()).isEqualTo(e.column() + "5 " + OTHER_COUNTY);
        });
        assertThat(lankaoData()).isEqualTo(before);
        assertThat(enterprisesOf(qixian)).containsExactly("杞县新兴铸造有限公司", "兰考第3铸造有限公司");
    }

    @Test
    void aRowWithoutCreditCodeNamingAnotherCountysEnterpriseIsRefused() {
        // given 杞县's 附件2 (names only): one plan of its own, one naming 兰考县's enterprise
        List<Map<String, Object>> before = lankaoData();
        Path file = file("杞县提升企业清单.xlsx", SubmissionKind.IMPROVEMENT, qixian, List.of(
                planRow("杞县", "杞县新兴铸造有限公司"), planRow("杞县", "兰考第2铸造有限公司")));
        // when
        ImportReport report = importer.importFile(file, CountyHint.option("杞县"), UPLOADED.plusDays(1), false);
        // then
        assertThat(report.status()).isEqualTo("imported");
        assertThat(report.errors()).filteredOn(e -> e.code().equals("R33")).singleElement()
                .satisfies(e -> assertThat(e.message()).endsWith(" " + OTHER_COUNTY).startsWith(e.column() + "5"));
        assertThat(lankaoData()).isEqualTo(before);
        assertThat(count("SELECT COUNT(*) FROM improvement_plan")).isEqualTo(1);
        assertThat(enterprisesOf(qixian)).containsExactly("杞县新兴铸造有限公司");
    }

    @Test
    void aRowWithoutCreditCodeNamingAnotherCountysEnterpriseInOtherBracketsOrSpacesIsRefused() {
        // given 兰考县 registers 兰考县华达(集团)铸造有限公司 with half-width brackets; 杞县's 附件2 names it without a
        // credit code with full-width brackets, with spaces around them, and with a zero-width joiner
        List<Map<Column, String>> lankaoLedger = lankaoRows(8, "C");
        lankaoLedger.add(ledgerRow("兰考县", creditCode(9), "兰考县华达(集团)铸造有限公司", "C"));
        assertThat(importer.importFile(file("兰考县清单台账2.xlsx", SubmissionKind.LEDGER, lankao, lankaoLedger),
                CountyHint.option("兰考县"), UPLOADED, false).accepted()).isEqualTo(9);
        List<Map<String, Object>> before = lankaoData();
        Path file = file("杞县提升企业清单.xlsx", SubmissionKind.IMPROVEMENT, qixian, List.of(
                planRow("杞县", "杞县新兴铸造有限公司"), planRow("杞县", "兰考县华达（集团）铸造有限公司"),
                planRow("杞县", "兰考县华达 (集团) 铸造有限公司"), planRow("杞县", "兰考县华达(集团)铸造有限\u200D公司")));
        // when
        ImportReport report = importer.importFile(file, CountyHint.option("杞县"), UPLOADED.plusDays(1), false);
        // then each of them is refused as 兰考县's enterprise and 杞县 registers no copy of it
        assertThat(report.status()).isEqualTo("imported");
        assertThat(report.errors()).filteredOn(e -> e.code().equals("R33")).hasSize(3);
        assertThat(lankaoData()).isEqualTo(before);
        assertThat(count("SELECT COUNT(*) FROM improvement_plan")).isEqualTo(1);
        assertThat(enterprisesOf(qixian)).containsExactly("杞县新兴铸造有限公司");
    }

    @Test
    void aFileWithNoAcceptedRowIsRejectedAndRetiresNothing() throws Exception {
        // given 兰考县's ledger again, every row with an industry no alias explains
        List<Map<Column, String>> rows = lankaoRows(3, "C");
        rows.forEach(row -> {
            row.put(Column.INDUSTRY, "不存在的行业");
            row.remove(Column.BRANCH);
        });
        List<Map<String, Object>> before = lankaoData();
        Path file = file("兰考县清单台账（更新）.xlsx", SubmissionKind.LEDGER, lankao, rows);
        // when
        ImportReport report = importer.importFile(file, CountyHint.option("兰考县"), UPLOADED.plusDays(1), false);
        // then
        assertThat(report.status()).isEqualTo("rejected");
        assertThat(report.reason()).isEqualTo("没有可接收的数据行");
        assertThat(report.accepted()).isZero();
        assertThat(report.rejected()).isEqualTo(3);
        assertThat(report.errors().stream().filter(e -> e.level().equals("error")).map(ImportReport.Entry::row)
                .distinct()).containsExactly(4, 5, 6);
        assertThat(lankaoData()).isEqualTo(before);
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(
                archive.outDir().resolve(report.receipt())))) {
            var rowSheet = workbook.getSheet("逐行回执");
            int status = rowSheet.getRow(0).getLastCellNum() - 2;
            for (int r = 1; r <= 3; r++) {
                assertThat(rowSheet.getRow(r).getCell(status).getStringCellValue()).isEqualTo("未接收");
                assertThat(rowSheet.getRow(r).getCell(status + 1).getStringCellValue()).contains("R04");
            }
        }
    }

    @Autowired
    org.perfgrade.document.DocumentArchive archive;

    @Test
    void aFileWhoseRowsAreAllAnotherCountysIsRejectedAndRetiresNothing() {
        // given 杞县 holds one line; its next ledger names only 兰考县's enterprise
        importer.importFile(file("杞县清单台账.xlsx", SubmissionKind.LEDGER, qixian,
                List.of(ledgerRow("杞县", creditCode(101), "杞县新兴铸造有限公司", "C"))), CountyHint.option("杞县"),
                UPLOADED, false);
        Path file = file("杞县清单台账（二）.xlsx", SubmissionKind.LEDGER, qixian,
                List.of(ledgerRow("杞县", creditCode(4), "兰考第4铸造有限公司", "B")));
        // when
        ImportReport report = importer.importFile(file, CountyHint.option("杞县"), UPLOADED.plusDays(1), false);
        // then
        assertThat(report.status()).isEqualTo("rejected");
        assertThat(report.reason()).isEqualTo("没有可接收的数据行");
        assertThat(report.errors()).extracting(ImportReport.Entry::code).contains("R33");
        assertThat(count("SELECT COUNT(*) FROM ledger_line l JOIN enterprise e ON e.id = l.enterprise_id "
                + "WHERE e.county_code = '" + qixian.code() + "' AND l.retired_on IS NULL")).isEqualTo(1);
    }

    @Test
    void aFileThatWouldRetireMostLinesIsHeldUntilTheCityConfirmsIt() {
        // given 兰考县's next ledger lists 2 of its 8 lines, one of them with a better grade
        List<Map<Column, String>> rows = lankaoRows(2, "C");
        rows.get(0).put(Column.GRADE, "B");
        List<Map<String, Object>> before = lankaoData();
        long events = count("SELECT COUNT(*) FROM grade_event");
        Path file = file("兰考县清单台账（6月）.xlsx", SubmissionKind.LEDGER, lankao, rows);
        // when
        ImportReport held = importer.importFile(file, CountyHint.option("兰考县"), UPLOADED.plusDays(2), false);
        // then it is held: checked and receipted, nothing replaced
        assertThat(held.status()).isEqualTo("held");
        assertThat(held.submissionId()).isNotNull();
        assertThat(held.reason()).contains("8", "6", "待市生态环境局确认");
        assertThat(held.rows()).isEqualTo(2);
        assertThat(held.accepted()).isEqualTo(2);
        assertThat(held.receipt()).isNotNull();
        assertThat(lankaoData()).isEqualTo(before);
        assertThat(count("SELECT COUNT(*) FROM grade_event")).isEqualTo(events);
        assertThat(decisions.held()).extracting(HeldSubmissions.Held::id).containsExactly(held.submissionId());
        // when the city confirms it
        ImportReport confirmed = decisions.confirm(held.submissionId(), "city");
        // then it is imported as received on its upload date: 6 lines retire, the grade changes
        assertThat(confirmed.status()).isEqualTo("imported");
        assertThat(jdbc.sql("SELECT DISTINCT retired_on FROM ledger_line WHERE retired_on IS NOT NULL")
                .query(LocalDate.class).list()).containsExactly(UPLOADED.plusDays(2));
        assertThat(count("SELECT COUNT(*) FROM ledger_line WHERE retired_on IS NOT NULL")).isEqualTo(6);
        assertThat(jdbc.sql("SELECT l.grade FROM ledger_line l JOIN enterprise e ON e.id = l.enterprise_id "
                + "WHERE e.credit_code = :code").param("code", creditCode(1)).query(String.class).single())
                .isEqualTo("B");
        assertThat(decisions.held()).isEmpty();
        assertThat(jdbc.sql("SELECT decided_by FROM submission WHERE id = :id").param("id", held.submissionId())
                .query(String.class).single()).isEqualTo("city");
    }

    @Test
    void aHeldFileTheCityRejectsChangesNothingAndAnOlderHeldFileIsSuperseded() {
        // given two held ledgers of 兰考县, the second newer
        List<Map<String, Object>> before = lankaoData();
        ImportReport older = importer.importFile(file("兰考县清单台账（甲）.xlsx", SubmissionKind.LEDGER, lankao,
                lankaoRows(1, "C")), CountyHint.option("兰考县"), UPLOADED.plusDays(1), false);
        ImportReport newer = importer.importFile(file("兰考县清单台账（乙）.xlsx", SubmissionKind.LEDGER, lankao,
                lankaoRows(2, "C")), CountyHint.option("兰考县"), UPLOADED.plusDays(2), false);
        assertThat(older.status()).isEqualTo("held");
        assertThat(newer.status()).isEqualTo("held");
        // when / then the older cannot be confirmed, the newer is rejected
        assertThat(decisions.held()).extracting(HeldSubmissions.Held::id).containsExactly(newer.submissionId());
        assertThatThrownBy(() -> decisions.confirm(older.submissionId(), "city"))
                .isInstanceOf(HeldDecisions.DecisionRefusedException.class).hasMessageContaining("不是待市局确认的文件");
        ImportReport rejected = decisions.reject(newer.submissionId(), "city");
        assertThat(rejected.status()).isEqualTo("rejected");
        assertThat(rejected.reason()).contains("市生态环境局未确认");
        assertThatThrownBy(() -> decisions.confirm(newer.submissionId(), "city"))
                .isInstanceOf(HeldDecisions.DecisionRefusedException.class);
        assertThat(lankaoData()).isEqualTo(before);
        assertThat(jdbc.sql("SELECT status FROM submission WHERE id = :id").param("id", older.submissionId())
                .query(String.class).single()).isEqualTo("SUPERSEDED");
    }

    @Test
    void anotherCountysDuplicateBytesGetTheirOwnValidationAndReceipt() throws Exception {
        // given the bytes of 兰考县's ledger, sent again by 杞县
        long lankaoSubmission = count("SELECT MIN(id) FROM submission");
        Path copy = Files.copy(dir.resolve("兰考县清单台账.xlsx"), dir.resolve("杞县报送.xlsx"));
        // when
        ImportReport report = importer.importFile(copy, CountyHint.option("杞县"), UPLOADED, false);
        ImportReport again = importer.importFile(dir.resolve("兰考县清单台账.xlsx"), CountyHint.option("兰考县"),
                UPLOADED, false);
        // then 杞县 has its own submission: its rows are 兰考县's, so every one is refused (R03), nothing stored
        assertThat(report.status()).isEqualTo("rejected");
        assertThat(report.county()).isEqualTo("杞县");
        assertThat(report.submissionId()).isNotEqualTo(lankaoSubmission);
        assertThat(report.errors()).extracting(ImportReport.Entry::code).contains("R03");
        assertThat(report.receipt()).contains("杞县");
        assertThat(again.status()).isEqualTo("duplicate");
        assertThat(again.submissionId()).isEqualTo(lankaoSubmission);
        assertThat(count("SELECT COUNT(*) FROM submission WHERE sha256 = (SELECT sha256 FROM submission WHERE id = "
                + lankaoSubmission + ")")).isEqualTo(2);
        assertThat(enterprisesOf(qixian)).isEmpty();
    }

    private List<Map<Column, String>> lankaoRows(int n, String grade) {
        List<Map<Column, String>> rows = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            rows.add(ledgerRow("兰考县", creditCode(i), "兰考第" + i + "铸造有限公司", grade));
        }
        return rows;
    }

    private Path file(String name, SubmissionKind kind, County county, List<Map<Column, String>> rows) {
        return CountyWorkbooks.write(dir.resolve(name), reference, kind, county, rows);
    }

    /** 兰考县's enterprises, lines, plans and grade events, as stored. */
    private List<Map<String, Object>> lankaoData() {
        List<Map<String, Object>> data = new ArrayList<>();
        data.addAll(jdbc.sql("SELECT e.id, e.credit_code, e.name, e.county_code, e.updated_at FROM enterprise e "
                + "WHERE e.county_code = :c OR e.credit_code LIKE '91410200MA00000%' ORDER BY e.id")
                .param("c", lankao.code()).query().listOfRows());
        data.addAll(jdbc.sql("SELECT l.id, l.enterprise_id, l.grade, l.retired_on, l.last_submission_id FROM ledger_line l "
                + "JOIN enterprise e ON e.id = l.enterprise_id WHERE e.county_code = :c ORDER BY l.id")
                .param("c", lankao.code()).query().listOfRows());
        data.addAll(jdbc.sql("SELECT g.id, g.ledger_line_id FROM grade_event g JOIN ledger_line l "
                + "ON l.id = g.ledger_line_id JOIN enterprise e ON e.id = l.enterprise_id WHERE e.county_code = :c "
                + "ORDER BY g.id").param("c", lankao.code()).query().listOfRows());
        data.addAll(jdbc.sql("SELECT p.id FROM improvement_plan p JOIN ledger_line l ON l.id = p.ledger_line_id "
                + "JOIN enterprise e ON e.id = l.enterprise_id WHERE e.county_code = :c ORDER BY p.id")
                .param("c", lankao.code()).query().listOfRows());
        return data;
    }

    private List<String> enterprisesOf(County county) {
        return jdbc.sql("SELECT name FROM enterprise WHERE county_code = :c ORDER BY id").param("c", county.code())
                .query(String.class).list();
    }

    private long count(String sql) {
        Long n = jdbc.sql(sql).query(Long.class).single();
        return n == null ? 0 : n;
    }
}
