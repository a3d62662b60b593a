package org.perfgrade.report;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.perfgrade.DatabaseTest;
import org.perfgrade.LedgerTables;
import org.perfgrade.document.ArchivedDocument;
import org.perfgrade.document.DocumentArchive;
import org.perfgrade.reference.County;
import org.perfgrade.reference.ReferenceData;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** 重污染天气应急减排清单 rendered from a small ledger written for the purpose, and read back. */
@DatabaseTest
class EmergencyListWorkbookTests {

    static final LocalDate AS_OF = LocalDate.of(2021, 8, 16);
    static final LocalDateTime LISTED = LocalDateTime.of(2021, 6, 1, 9, 0);
    static final String LONGTING = "410202";
    static final String XIANGFU = "410212";
    static final String FORMULA_NAME = "=HYPERLINK(\"http://x\")玻璃有限公司";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReferenceData reference;

    @Autowired
    DocumentArchive archive;

    @Autowired
    EmergencyMeasures measures;

    @Autowired
    EmergencyListWorkbook workbook;

    @BeforeEach
    void ledger() {
        LedgerTables.clear(jdbc);
        // given cement clinker lines at A, B (two), C, D and ungraded in 祥符区, one retired before the day …
        long jia = enterprise("甲水泥有限公司", XIANGFU, "91410212000000001A");
        graded(line(jia, "水泥", "熟料", "A", new BigDecimal("12.3456"), null), "A", "2021-07-01");
        graded(line(jia, "石灰窑", null, "B", null, null), "B", "2021-07-01");
        graded(line(enterprise("丙水泥有限公司", XIANGFU, "91410212000000002A"), "水泥", "熟料", "B", null, null),
                "B", "2021-07-01");
        graded(line(enterprise("北方水泥有限公司", XIANGFU, "91410212000000003A"), "水泥", "熟料", "B", null, null),
                "B", "2021-08-16");
        // … 乙 is C on the day and A only from 9月1日
        long yi = line(enterprise("乙水泥有限公司", XIANGFU, "91410212000000004A"), "水泥", "熟料", "A", null, null);
        graded(yi, "C", "2021-07-01");
        graded(yi, "A", "2021-09-01");
        graded(line(enterprise("丁水泥有限公司", XIANGFU, "91410212000000005A"), "水泥", "熟料", "D", null, null),
                "D", "2021-07-01");
        line(enterprise("戊水泥有限公司", XIANGFU, "91410212000000006A"), "水泥", "熟料", null, null, null);
        long retired = line(enterprise("己水泥有限公司", XIANGFU, "91410212000000007A"), "水泥", "熟料", "B", null, null);
        graded(retired, "B", "2021-07-01");
        jdbc.sql("UPDATE ledger_line SET retired_on = :day WHERE id = :id").param("day", LocalDate.of(2021, 8, 10))
                .param("id", retired).update();
        // … a glass line (no rule of its own) whose name a spreadsheet could take for a formula
        graded(line(enterprise(FORMULA_NAME, XIANGFU, "91410212000000008A"), "玻璃", null, "C", null, null),
                "C", "2021-07-01");
        // … and a pharmaceutical line in 龙亭区 (before 祥符区 in 附件1) with emissions
        graded(line(enterprise("庚制药有限公司", LONGTING, "91410202000000009A"), "制药", null, "B",
                new BigDecimal("0.5"), new BigDecimal("1.0002")), "B", "2021-07-01");
    }

    @Test
    void theCityWideListHasEveryStandingLineInOrderWithItsMeasures() throws IOException {
        // when
        ArchivedDocument document = workbook.render(AS_OF, null);
        // then
        assertThat(document.kind()).isEqualTo("emergency-list-xlsx");
        assertThat(document.path()).isEqualTo("reports/2021-08-16/重污染天气应急减排清单.xlsx");
        assertThat(document.county()).isNull();
        try (XSSFWorkbook book = open(document)) {
            XSSFSheet sheet = book.getSheet("应急减排清单");
            assertThat(sheet).isNotNull();
            assertThat(text(sheet.getRow(0).getCell(0))).isEqualTo("重污染天气应急减排清单");
            assertThat(sheet.getMergedRegions()).contains(new CellRangeAddress(0, 0, 0, 19));
            assertThat(text(sheet.getRow(1).getCell(0))).isEqualTo("日期：2021年8月16日");
            assertThat(headers(sheet)).containsExactly("序号", "企业名称", "统一社会信用代码", "县区", "乡镇", "详细地址",
                    "重点行业类型", "其他行业类型", "绩效级别/管控类型", "排污许可证编号", "SO2年排放量（t/a）",
                    "NOx年排放量（t/a）", "颗粒物年排放量（t/a）", "VOCs年排放量（t/a）", "主要产品", "生产线",
                    "黄色预警减排措施", "橙色预警减排措施", "红色预警减排措施", "备注");
            List<Row> rows = dataRows(sheet);
            // county (附件1 order), industry (configured order), grade (A first, 未评级 last), name (collation)
            assertThat(rows).extracting(r -> text(r.getCell(3)) + "|" + text(r.getCell(6)) + "|"
                    + text(r.getCell(8)) + "|" + text(r.getCell(1))).containsExactly(
                    "龙亭区|制药|B|庚制药有限公司",
                    "祥符区|石灰窑|B|甲水泥有限公司",
                    "祥符区|水泥（熟料）|A|甲水泥有限公司",
                    "祥符区|水泥（熟料）|B|北方水泥有限公司",
                    "祥符区|水泥（熟料）|B|丙水泥有限公司",
                    "祥符区|水泥（熟料）|C|乙水泥有限公司",
                    "祥符区|水泥（熟料）|D|丁水泥有限公司",
                    "祥符区|水泥（熟料）|未评级（按D级管控）|戊水泥有限公司",
                    "祥符区|玻璃|C|" + FORMULA_NAME);
            for (int i = 0; i < rows.size(); i++) {
                assertThat(rows.get(i).getCell(0).getNumericCellValue()).isEqualTo(i + 1);
            }
            assertThat(text(rows.get(2).getCell(2))).isEqualTo("91410212000000001A");
            assertThat(text(rows.get(2).getCell(4))).isEqualTo("城关镇");
            assertThat(text(rows.get(2).getCell(9))).isEqualTo("PERMIT-91410212000000001A");
            assertThat(text(rows.get(2).getCell(14))).isEqualTo("产品-熟料");
            // the other industries of the enterprise in two industries
            assertThat(text(rows.get(1).getCell(7))).isEqualTo("水泥");
            assertThat(text(rows.get(2).getCell(7))).isEqualTo("石灰窑");
            assertThat(text(rows.get(3).getCell(7))).isEmpty();
            assertMeasures(rows);
            assertEmissions(rows);
            // the formula-like name is kept as text, quote-prefixed
            Cell formula = rows.get(8).getCell(1);
            assertThat(formula.getCellType()).isEqualTo(CellType.STRING);
            assertThat(formula.getStringCellValue()).isEqualTo(FORMULA_NAME);
            assertThat(formula.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(rows.get(0).getCell(1).getCellStyle().getQuotePrefixed()).isFalse();
            // the notes under the list say how ungraded lines and default measures are treated
            String notes = notes(sheet, rows.size());
            assertThat(notes).contains("说明").contains("未评级的行业记录按其行业级别方案中的最低级别")
                    .contains("采用通用默认措施").contains("并非正式规定").contains("水泥（熟料）（待核实")
                    .contains("三者中的最小值");
            assertLayout(sheet);
        }
        assertThat(archive.manifestEntries()).anySatisfy(entry -> {
            assertThat(entry.kind()).isEqualTo("emergency-list-xlsx");
            assertThat(entry.path()).isEqualTo(document.path());
            assertThat(entry.sha256()).isEqualTo(document.sha256());
        });
    }

    @Test
    void aCountyExtractHoldsOnlyThatCounty() throws IOException {
        // given
        County longting = reference.countiesByCode().get(LONGTING);
        // when
        ArchivedDocument document = workbook.render(AS_OF, longting);
        // then
        assertThat(document.path()).isEqualTo("reports/2021-08-16/龙亭区/重污染天气应急减排清单.xlsx");
        assertThat(document.county()).isEqualTo("龙亭区");
        try (XSSFWorkbook book = open(document)) {
            List<Row> rows = dataRows(book.getSheet("应急减排清单"));
            assertThat(rows).hasSize(1);
            assertThat(text(rows.get(0).getCell(1))).isEqualTo("庚制药有限公司");
            assertThat(text(rows.get(0).getCell(3))).isEqualTo("龙亭区");
            assertThat(rows.get(0).getCell(0).getNumericCellValue()).isEqualTo(1);
        }
    }

    @Test
    void theGradeAndTheLinesAreTakenAsOfTheDay() throws IOException {
        // when rendered on 9月1日: 乙 is A from that day; 北方 and the retired 己 as before
        ArchivedDocument september = workbook.render(LocalDate.of(2021, 9, 1), null);
        // and on 8月15日: 北方's grade takes effect only on 8月16日; 己 is retired on 8月10日
        ArchivedDocument dayBefore = workbook.render(AS_OF.minusDays(1), null);
        // then
        try (XSSFWorkbook book = open(september)) {
            assertThat(dataRows(book.getSheetAt(0))).filteredOn(r -> text(r.getCell(1)).equals("乙水泥有限公司"))
                    .singleElement().satisfies(r -> assertThat(text(r.getCell(8))).isEqualTo("A"));
        }
        try (XSSFWorkbook book = open(dayBefore)) {
            List<Row> rows = dataRows(book.getSheetAt(0));
            assertThat(rows).hasSize(9).noneMatch(r -> text(r.getCell(1)).equals("己水泥有限公司"));
            assertThat(rows).filteredOn(r -> text(r.getCell(1)).equals("北方水泥有限公司")).singleElement()
                    .satisfies(r -> assertThat(text(r.getCell(8))).isEqualTo("未评级（按D级管控）"));
        }
    }

    @Test
    void theSameListRenderedTwiceGivesTheSameBytes() {
        assertThat(workbook.render(AS_OF, null).sha256()).isEqualTo(workbook.render(AS_OF, null).sha256());
    }

    /** Cement lines take the cement rule (待核实); the others, and nothing else, the general default. */
    private void assertMeasures(List<Row> rows) {
        EmergencyMeasureRule cement = measures.rules().stream().filter(r -> r.industry().equals("水泥")).findFirst()
                .orElseThrow();
        String[] grades = { "B", "B", "A", "B", "B", "C", "D", "D", "C" };
        for (int i = 0; i < rows.size(); i++) {
            boolean isCement = text(rows.get(i).getCell(6)).startsWith("水泥");
            AlertMeasures expected = (isCement ? cement : measures.defaults()).grades().get(grades[i]);
            assertThat(measuresOf(rows.get(i))).as("row %d", i + 1).isEqualTo(expected);
            assertThat(text(rows.get(i).getCell(19))).as("row %d", i + 1)
                    .isEqualTo(isCement ? "行业措施待核实" : "采用通用默认措施（待完善，非正式规定）");
        }
        assertThat(measuresOf(rows.get(4)).orange()).contains("限产20%").contains("上一年度实际产量");
        assertThat(measuresOf(rows.get(5)).yellow()).contains("停产50%");
        assertThat(measuresOf(rows.get(6)).yellow()).contains("停产").contains("停止物料公路运输");
        assertThat(measuresOf(rows.get(3))).isNotEqualTo(measuresOf(rows.get(1)));
    }

    private void assertEmissions(List<Row> rows) {
        Row cement = rows.get(2);
        assertThat(cement.getCell(10).getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(cement.getCell(10).getNumericCellValue()).isEqualTo(12.3456);
        assertThat(cement.getCell(10).getCellStyle().getDataFormatString()).isEqualTo("0.0000");
        assertThat(text(cement.getCell(10))).isEqualTo("12.3456");
        assertThat(cement.getCell(11).getCellType()).isEqualTo(CellType.BLANK);
        Row pharma = rows.get(0);
        assertThat(pharma.getCell(10).getNumericCellValue()).isEqualTo(0.5);
        assertThat(text(pharma.getCell(10))).isEqualTo("0.5000");
        assertThat(pharma.getCell(11).getNumericCellValue()).isEqualTo(1.0002);
        assertThat(pharma.getCell(13).getCellStyle().getDataFormatString()).isEqualTo("0.0000");
    }

    private static void assertLayout(XSSFSheet sheet) {
        PaneInformation pane = sheet.getPaneInformation();
        assertThat(pane).isNotNull();
        assertThat(pane.isFreezePane()).isTrue();
        assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 3);
        assertThat(pane.getVerticalSplitPosition()).isEqualTo((short) 0);
        assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
        assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
        assertThat(sheet.getFitToPage()).isTrue();
        assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
        assertThat(sheet.getPrintSetup().getFitHeight()).isEqualTo((short) 0);
        assertThat(sheet.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("1:3"));
        List<String> headers = headers(sheet);
        // every header fits on the two lines of the header row, and no column is wider than its cap
        for (int i = 0; i < headers.size(); i++) {
            int header = SheetText.displayWidth(headers.get(i));
            assertThat(sheet.getColumnWidth(i)).as("column %d", i)
                    .isGreaterThanOrEqualTo((header + 1) / 2 * 256)
                    .isLessThanOrEqualTo(44 * 256);
        }
        assertThat(sheet.getColumnWidth(1)).isGreaterThanOrEqualTo(
                SheetText.displayWidth(FORMULA_NAME) * 256);
        assertThat(sheet.getRow(2).getHeightInPoints()).isGreaterThanOrEqualTo(2 * 11f);
        // the measure columns wrap at their cap
        assertThat(sheet.getRow(3).getCell(16).getCellStyle().getWrapText()).isTrue();
    }

    private static AlertMeasures measuresOf(Row row) {
        return new AlertMeasures(text(row.getCell(16)), text(row.getCell(17)), text(row.getCell(18)));
    }

    private long enterprise(String name, String county, String creditCode) {
        jdbc.sql("INSERT INTO enterprise (credit_code, name, county_code, permit_no, township, address, created_at, "
                + "updated_at) VALUES (:code, :name, :county, :permit, '城关镇', :address, :at, :at)")
                .param("code", creditCode).param("name", name).param("county", county)
                .param("permit", "PERMIT-" + creditCode).param("address", "某路" + creditCode.substring(14) + "号")
                .param("at", LISTED).update();
        return jdbc.sql("SELECT id FROM enterprise WHERE credit_code = :code").param("code", creditCode)
                .query(Long.class).single();
    }

    /** A ledger line listed on 6月1日 with the given current grade (the grade events decide the grade of a day). */
    private long line(long enterprise, String industry, String branch, String grade, BigDecimal so2, BigDecimal nox) {
        long industryId = jdbc.sql("SELECT id FROM industry WHERE name = :name").param("name", industry)
                .query(Long.class).single();
        Long branchId = branch == null ? null : jdbc.sql("SELECT id FROM industry_branch WHERE industry_id = :i "
                + "AND name = :name").param("i", industryId).param("name", branch).query(Long.class).single();
        jdbc.sql("INSERT INTO ledger_line (enterprise_id, industry_id, branch_id, branch_key, grade, so2_tpa, nox_tpa, "
                + "main_products, production_lines, listed_on, created_at, updated_at) "
                + "VALUES (:e, :i, :b, :key, :g, :so2, :nox, :products, :lines, :on, :at, :at)")
                .param("e", enterprise).param("i", industryId).param("b", branchId)
                .param("key", branchId == null ? 0L : branchId).param("g", grade).param("so2", so2).param("nox", nox)
                .param("products", "产品-" + (branch == null ? industry : branch)).param("lines", "1条生产线")
                .param("at", LISTED).param("on", LISTED.toLocalDate()).update();
        return jdbc.sql("SELECT id FROM ledger_line WHERE enterprise_id = :e AND industry_id = :i")
                .param("e", enterprise).param("i", industryId).query(Long.class).single();
    }

    private void graded(long line, String grade, String effectiveOn) {
        jdbc.sql("INSERT INTO grade_event (ledger_line_id, effective_on, recorded_at, recorded_on, old_grade, new_grade, "
                + "reason, source) VALUES (:line, :on, :at, :on, NULL, :grade, 'COUNTY_LEDGER', "
                + "'EmergencyListWorkbookTests')")
                .param("line", line).param("on", LocalDate.parse(effectiveOn)).param("at", LISTED)
                .param("grade", grade).update();
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

    /** The rows under the header with a 序号 (the notes follow after an empty row). */
    private static List<Row> dataRows(org.apache.poi.ss.usermodel.Sheet sheet) {
        List<Row> rows = new ArrayList<>();
        for (int i = 3; i <= sheet.getLastRowNum(); i++) {
            Row row = sheet.getRow(i);
            if (row == null || row.getCell(0) == null || row.getCell(0).getCellType() != CellType.NUMERIC) {
                break;
            }
            rows.add(row);
        }
        return rows;
    }

    private static String notes(XSSFSheet sheet, int dataRows) {
        StringBuilder text = new StringBuilder();
        for (int i = 3 + dataRows; i <= sheet.getLastRowNum(); i++) {
            Row row = sheet.getRow(i);
            if (row != null && row.getCell(0) != null) {
                text.append(text(row.getCell(0))).append('\n');
            }
        }
        return text.toString();
    }

    private static String text(Cell cell) {
        return cell == null ? "" : new DataFormatter().formatCellValue(cell);
    }
}
