package org.perfgrade.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfgrade.DatabaseTest;
import org.perfgrade.LedgerTables;
import org.perfgrade.document.DocumentArchive;
import org.perfgrade.ingest.county.CountyHint;
import org.perfgrade.reference.CreditCode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reading rule 8 through the whole import: rows that are not data are recorded in {@code skipped_row}, reported in
 * {@link ImportReport#skipped()} and listed in the receipt's 已跳过 sheet, never counted. (A crash in the middle of
 * the rows followed by a restart records each of them once: {@link ReceiptRowsTests}.)
 */
@DatabaseTest
class SkippedRowsImportTests {

    static final LocalDate AS_OF = LocalDate.of(2021, 6, 10);
    static final List<String> HEADERS = List.of("序号", "统一社会信用代码", "企业名称", "县、区", "重点行业类型",
            "重点行业分支", "绩效级别", "排污许可证编号");

    @Autowired
    SubmissionImporter importer;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DocumentArchive archive;

    @TempDir
    Path dir;

    @BeforeEach
    void emptyLedger() {
        LedgerTables.clear(jdbc);
    }

    private static List<Object> line(int number, String name) {
        String code = CreditCode.withCheckCharacter("91410225MA" + String.format("%07d", number));
        return Arrays.asList(number, code, name, "兰考县", "铸造", "黑色金属铸造", "C", code + "001P");
    }

    private static List<Object> cells(Object... values) {
        return Arrays.asList(values);
    }

    /** A 兰考县 ledger: title, header, then rows 3 … as given. */
    private Path ledger(String name, List<List<Object>> rows) {
        List<List<Object>> all = new ArrayList<>();
        all.add(List.of("兰考县重点行业绩效分级清单台账"));
        all.add(new ArrayList<>(HEADERS));
        all.addAll(rows);
        return IngestFixtures.write(dir.resolve(name), all);
    }

    private List<String> skippedRows(long submission) {
        return jdbc.sql("SELECT row_no, reason FROM skipped_row WHERE submission_id = :id ORDER BY row_no")
                .param("id", submission).query((rs, n) -> rs.getInt(1) + " " + rs.getString(2)).list();
    }

    private static List<String> reported(ImportReport report) {
        return report.skipped().stream().map(s -> s.row() + " " + s.reason()).toList();
    }

    @Test
    void rowsThatAreNotDataAreRecordedReportedAndListedInTheReceiptButNotCounted() throws Exception {
        // given a ledger with column numbers, a blank row, a 合计 row, the header printed again and a footer
        List<List<Object>> rows = new ArrayList<>();
        rows.add(cells(1, 2, 3, 4, 5, 6, 7, 8));                          // 3
        rows.add(line(1, "兰考甲铸造有限公司"));                              // 4
        rows.add(null);                                                   // 5
        rows.add(line(2, "合计铸造有限公司"));                                // 6
        rows.add(cells("合计：2家"));                                       // 7
        rows.add(new ArrayList<>(HEADERS));                               // 8
        rows.add(line(3, "兰考丙铸造有限公司"));                              // 9
        rows.add(cells("填报人：张三", null, null, "联系电话：0371-12345678"));   // 10
        rows.add(cells(" "));                                             // 11
        Path file = ledger("兰考县清单台账.xlsx", rows);
        // when imported
        ImportReport report = importer.importFile(file, CountyHint.option("兰考县"), AS_OF, false);
        // then the three enterprises are the rows, and the five rows that are not data are skipped, not counted
        List<String> expected = List.of("3 列序号行", "5 空行", "7 合计行", "8 重复的表头行（分页打印）",
                "10 表尾（填报人）");
        assertThat(report.status()).as(report.toString()).isEqualTo(ImportReport.IMPORTED);
        assertThat(List.of(report.rows(), report.accepted(), report.rejected())).isEqualTo(List.of(3, 3, 0));
        assertThat(reported(report)).isEqualTo(expected);
        assertThat(report.skipped()).allSatisfy(s -> assertThat(s.sheet()).isEqualTo("Sheet1"));
        assertThat(skippedRows(report.submissionId())).isEqualTo(expected);
        assertThat(jdbc.sql("SELECT rows_total FROM submission WHERE id = :id").param("id", report.submissionId())
                .query(Integer.class).single()).isEqualTo(3);
        assertThat(jdbc.sql("SELECT name FROM enterprise ORDER BY name").query(String.class).list())
                .contains("合计铸造有限公司").hasSize(3);
        // and the receipt lists them in 已跳过 and explains R26–R33 in 说明
        DataFormatter text = new DataFormatter();
        try (InputStream in = Files.newInputStream(archive.outDir().resolve(report.receipt()));
             XSSFWorkbook receipt = new XSSFWorkbook(in)) {
            List<String> listed = new ArrayList<>();
            for (Row row : receipt.getSheet("已跳过")) {
                if (row.getRowNum() > 0) {
                    listed.add(text.formatCellValue(row.getCell(1)) + " " + text.formatCellValue(row.getCell(2)));
                }
            }
            assertThat(listed).isEqualTo(expected);
            assertThat(receipt.getSheet("逐行回执").getLastRowNum()).isEqualTo(3);
            List<String> explained = new ArrayList<>();
            for (Row row : receipt.getSheet("说明")) {
                if (row.getLastCellNum() == 4 && !text.formatCellValue(row.getCell(2)).isBlank()) {
                    explained.add(text.formatCellValue(row.getCell(0)));
                }
            }
            assertThat(explained).contains("R26", "R27", "R28", "R29", "R30", "R31", "R32", "R33");
        }
    }

    @Test
    void rowsAfterAHeaderWithoutDataAreRecordedByTheLastChunkThatHoldsNoRow() {
        // given a ledger holding only a header, column numbers and a footer (the one chunk reads no data row)
        Path file = ledger("兰考县空台账.xlsx", List.of(cells(1, 2, 3, 4, 5, 6, 7, 8), cells("制表：赵六")));
        // when imported
        ImportReport report = importer.importFile(file, CountyHint.option("兰考县"), AS_OF, false);
        // then both rows are recorded and reported, and no row is counted
        assertThat(report.rows()).isZero();
        assertThat(reported(report)).containsExactly("3 列序号行", "4 表尾（制表）");
        assertThat(skippedRows(report.submissionId())).containsExactly("3 列序号行", "4 表尾（制表）");
    }
}
