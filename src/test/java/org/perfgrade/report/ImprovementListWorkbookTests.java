package org.perfgrade.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfgrade.DatabaseTest;
import org.perfgrade.LedgerTables;
import org.perfgrade.document.ArchivedDocument;
import org.perfgrade.document.DocumentArchive;
import org.perfgrade.ingest.SubmissionImporter;
import org.perfgrade.reference.County;
import org.perfgrade.reference.Grade;
import org.perfgrade.reference.Industry;
import org.perfgrade.reference.ReferenceData;
import org.perfgrade.sample.SampleSubmissions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** 附件2 重点行业绩效分级提升企业清单 rendered from the imported sample submissions and read back. */
@DatabaseTest
class ImprovementListWorkbookTests {

    static final LocalDate IMPORTED = LocalDate.of(2021, 6, 10);
    static final LocalDate AS_OF = LocalDate.of(2021, 8, 16);

    private static final String ACTIVE = """
            FROM improvement_plan p JOIN ledger_line l ON l.id = p.ledger_line_id
            JOIN enterprise e ON e.id = l.enterprise_id JOIN industry i ON i.id = l.industry_id
            WHERE (p.retired_on IS NULL OR p.retired_on > :day) AND (l.retired_on IS NULL OR l.retired_on > :day)
              AND i.active = TRUE""";

    @Autowired
    SubmissionImporter importer;

    @Autowired
    ReferenceData reference;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DocumentArchive archive;

    @Autowired
    ImprovementListWorkbook workbook;

    @TempDir
    Path inbox;

    @BeforeEach
    void importSampleInbox() throws IOException {
        LedgerTables.clear(jdbc);
        new SampleSubmissions(reference, 2021).writeInbox(inbox, IMPORTED);
        importer.importInbox(inbox, IMPORTED);
    }

    @Test
    void theCityWideListHasTheThirteenColumnsAndEveryActivePlanInOrder() throws IOException {
        // given a plan whose 存在问题 a spreadsheet could take for a formula
        long formulaPlan = jdbc.sql("SELECT MIN(p.id) " + ACTIVE).param("day", AS_OF).query(Long.class).single();
        jdbc.sql("UPDATE improvement_plan SET problems = '=1+1' WHERE id = :id").param("id", formulaPlan).update();
        long active = jdbc.sql("SELECT COUNT(*) " + ACTIVE).param("day", AS_OF).query(Long.class).single();
        assertThat(active).isPositive();
        // when
        ArchivedDocument document = workbook.render(AS_OF, null);
        // then
        assertThat(document.kind()).isEqualTo("improvement-list-xlsx");
        assertThat(document.path()).isEqualTo("reports/2021-08-16/附件2-重点行业绩效分级提升企业清单.xlsx");
        assertThat(document.county()).isNull();
        try (XSSFWorkbook book = open(document)) {
            assertThat(book.getNumberOfSheets()).isEqualTo(1);
            XSSFSheet sheet = book.getSheet("提升企业清单");
            assertThat(sheet).isNotNull();
            assertThat(text(sheet.getRow(0).getCell(0))).isEqualTo("重点行业绩效分级提升企业清单");
            assertThat(sheet.getMergedRegions()).contains(new CellRangeAddress(0, 0, 0, 12));
            assertThat(text(sheet.getRow(1).getCell(0))).isEqualTo("日期：2021年8月16日");
            assertThat(headers(sheet)).containsExactly("序号", "省辖市", "县、区", "企业名称", "重点行业类型",
                    "重点行业分支", "绩效现状", "绩效提升目标", "差异化指标", "存在问题", "改造措施", "拟完成时间", "备注");
            List<Row> rows = dataRows(sheet);
            assertThat(rows).hasSize((int) active);
            assertThat(sheet.getLastRowNum()).isEqualTo(2 + (int) active);
            for (int i = 0; i < rows.size(); i++) {
                assertThat(rows.get(i).getCell(0).getNumericCellValue()).isEqualTo(i + 1);
                assertThat(text(rows.get(i).getCell(1))).isEqualTo(reference.city().name());
                assertThat(text(rows.get(i).getCell(6))).isNotBlank();
            }
            assertInDocumentOrder(rows);
            assertThat(rows).extracting(r -> text(r.getCell(2))).containsAll(
                    jdbc.sql("SELECT DISTINCT c.name " + ACTIVE.replace("JOIN industry i",
                            "JOIN county c ON c.code = e.county_code JOIN industry i"))
                            .param("day", AS_OF).query(String.class).list());
            // 拟完成时间 is a real date with the Chinese format
            Row dated = rows.stream().filter(r -> r.getCell(11) != null
                    && r.getCell(11).getCellType() == CellType.NUMERIC).findFirst().orElseThrow();
            Cell date = dated.getCell(11);
            assertThat(DateUtil.isCellDateFormatted(date)).isTrue();
            assertThat(date.getCellStyle().getDataFormatString()).isEqualTo("yyyy\"年\"m\"月\"d\"日\"");
            assertThat(rows).noneMatch(r -> r.getCell(11) != null && r.getCell(11).getCellType() == CellType.STRING
                    && !r.getCell(11).getStringCellValue().isEmpty());
            // the formula-like text is kept as text, quote-prefixed
            Row formula = rows.stream().filter(r -> "=1+1".equals(text(r.getCell(9)))).findFirst().orElseThrow();
            assertThat(formula.getCell(9).getCellType()).isEqualTo(CellType.STRING);
            assertThat(formula.getCell(9).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(rows.get(0).getCell(3).getCellStyle().getQuotePrefixed()).isFalse();
            // frozen header, print set-up
            PaneInformation pane = sheet.getPaneInformation();
            assertThat(pane).isNotNull();
            assertThat(pane.isFreezePane()).isTrue();
            assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 3);
            assertThat(pane.getVerticalSplitPosition()).isEqualTo((short) 0);
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
            assertThat(sheet.getFitToPage()).isTrue();
            assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(sheet.getPrintSetup().getFitHeight()).isEqualTo((short) 0);
            assertThat(sheet.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("1:3"));
            // columns fit their headers at least
            for (int i = 0; i < 13; i++) {
                assertThat(sheet.getColumnWidth(i)).as("column %d", i)
                        .isGreaterThanOrEqualTo(SheetText.displayWidth(headers(sheet).get(i)) * 256);
            }
        }
        assertThat(archive.manifestEntries()).anySatisfy(entry -> {
            assertThat(entry.kind()).isEqualTo("improvement-list-xlsx");
            assertThat(entry.path()).isEqualTo(document.path());
            assertThat(entry.sha256()).isEqualTo(document.sha256());
            assertThat(entry.county()).isNull();
        });
    }

    @Test
    void aRetiredPlanIsLeftOutFromItsRetirementDayOn() throws IOException {
        // given
        long plan = jdbc.sql("SELECT MIN(p.id) " + ACTIVE).param("day", AS_OF).query(Long.class).single();
        long before = jdbc.sql("SELECT COUNT(*) " + ACTIVE).param("day", AS_OF).query(Long.class).single();
        jdbc.sql("UPDATE improvement_plan SET retired_on = :day, problems = 'retired plan' WHERE id = :id")
                .param("day", AS_OF).param("id", plan).update();
        // when
        ArchivedDocument onTheDay = workbook.render(AS_OF, null);
        ArchivedDocument dayBefore = workbook.render(AS_OF.minusDays(1), null);
        // then
        try (XSSFWorkbook book = open(onTheDay)) {
            List<Row> rows = dataRows(book.getSheetAt(0));
            assertThat(rows).hasSize((int) before - 1).noneMatch(r -> "retired plan".equals(text(r.getCell(9))));
        }
        try (XSSFWorkbook book = open(dayBefore)) {
            List<Row> rows = dataRows(book.getSheetAt(0));
            assertThat(rows).hasSize((int) before).anyMatch(r -> "retired plan".equals(text(r.getCell(9))));
        }
    }

    @Test
    void aCountyExtractHoldsOnlyThatCounty() throws IOException {
        // given the county with the most plans
        String code = jdbc.sql("SELECT e.county_code " + ACTIVE + " GROUP BY e.county_code ORDER BY COUNT(*) DESC, "
                + "e.county_code LIMIT 1").param("day", AS_OF).query(String.class).single();
        County county = reference.countiesByCode().get(code);
        long plans = jdbc.sql("SELECT COUNT(*) " + ACTIVE + " AND e.county_code = :county")
                .param("day", AS_OF).param("county", code).query(Long.class).single();
        // when
        ArchivedDocument document = workbook.render(AS_OF, county);
        // then
        assertThat(document.kind()).isEqualTo("improvement-list-xlsx");
        assertThat(document.path())
                .isEqualTo("reports/2021-08-16/" + county.name() + "/附件2-重点行业绩效分级提升企业清单.xlsx");
        assertThat(document.county()).isEqualTo(county.name());
        try (XSSFWorkbook book = open(document)) {
            XSSFSheet sheet = book.getSheet("提升企业清单");
            assertThat(headers(sheet)).hasSize(13);
            List<Row> rows = dataRows(sheet);
            assertThat(rows).hasSize((int) plans).isNotEmpty();
            assertThat(rows).allSatisfy(r -> assertThat(text(r.getCell(2))).isEqualTo(county.name()));
            assertThat(rows.get(0).getCell(0).getNumericCellValue()).isEqualTo(1);
            assertThat(rows.get(rows.size() - 1).getCell(0).getNumericCellValue()).isEqualTo(plans);
            assertInDocumentOrder(rows);
        }
        assertThat(archive.manifestEntries()).anySatisfy(entry -> {
            assertThat(entry.kind()).isEqualTo("improvement-list-xlsx");
            assertThat(entry.path()).isEqualTo(document.path());
            assertThat(entry.county()).isEqualTo(county.name());
        });
    }

    @Test
    void theSameListRenderedTwiceGivesTheSameBytes() {
        ArchivedDocument first = workbook.render(AS_OF, null);
        ArchivedDocument second = workbook.render(AS_OF, null);
        assertThat(second.sha256()).isEqualTo(first.sha256());
    }

    private void assertInDocumentOrder(List<Row> rows) {
        Map<String, Integer> counties = new java.util.HashMap<>();
        reference.counties().forEach(c -> counties.put(c.name(), c.order()));
        Map<String, Integer> industries = new java.util.HashMap<>();
        reference.industries().forEach(i -> industries.put(i.name(), i.order()));
        Collator collator = Collator.getInstance(Locale.CHINA);
        Comparator<Row> order = Comparator.<Row>comparingInt(r -> counties.get(text(r.getCell(2))))
                .thenComparingInt(r -> industries.get(text(r.getCell(4))))
                .thenComparingInt(r -> reference.grade(text(r.getCell(7))).map(Grade::rank).orElse(Integer.MAX_VALUE))
                .thenComparing(r -> text(r.getCell(8)), collator::compare);
        for (int i = 1; i < rows.size(); i++) {
            assertThat(order.compare(rows.get(i - 1), rows.get(i))).as("rows %d and %d", i + 3, i + 4)
                    .isLessThanOrEqualTo(0);
        }
        assertThat(rows).allSatisfy(r -> {
            assertThat(counties).containsKey(text(r.getCell(2)));
            assertThat(reference.industry(text(r.getCell(4)))).map(Industry::name).isPresent();
        });
    }

    private XSSFWorkbook open(ArchivedDocument document) throws IOException {
        Path file = archive.outDir().resolve(document.path());
        assertThat(file).isRegularFile();
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private static List<String> headers(XSSFSheet sheet) {
        List<String> headers = new ArrayList<>();
        Row row = sheet.getRow(2);
        for (int i = 0; i < row.getLastCellNum(); i++) {
            headers.add(text(row.getCell(i)));
        }
        return headers;
    }

    private static List<Row> dataRows(org.apache.poi.ss.usermodel.Sheet sheet) {
        List<Row> rows = new ArrayList<>();
        for (int i = 3; i <= sheet.getLastRowNum(); i++) {
            rows.add(sheet.getRow(i));
        }
        return rows;
    }

    private static String text(Cell cell) {
        return cell == null ? "" : new DataFormatter().formatCellValue(cell);
    }
}
