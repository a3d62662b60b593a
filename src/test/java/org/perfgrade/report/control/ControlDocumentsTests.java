package org.perfgrade.report.control;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.perfgrade.DatabaseTest;
import org.perfgrade.LedgerTables;
import org.perfgrade.document.ArchivedDocument;
import org.perfgrade.document.DocumentArchive;
import org.perfgrade.ledger.LedgerFixtures;
import org.perfgrade.ledger.LedgerImport;
import org.perfgrade.ledger.facts.EnterpriseFacts;
import org.perfgrade.ledger.facts.Honour;
import org.perfgrade.ledger.facts.HonourKind;
import org.perfgrade.ledger.facts.ViolationType;
import org.perfgrade.reference.County;
import org.perfgrade.reference.ReferenceData;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.perfgrade.ledger.GradingFixtures.enterprise;
import static org.perfgrade.ledger.GradingFixtures.line;
import static org.perfgrade.ledger.GradingFixtures.violation;
import static org.perfgrade.ledger.LedgerFixtures.LANKAO;
import static org.perfgrade.ledger.LedgerFixtures.TONGXU;
import static org.perfgrade.ledger.LedgerFixtures.creditCode;

/**
 * 差异化管控名单 and the credit-platform list rendered from a small planted ledger and read back as a reader would:
 * the workbooks cell by cell, the PDFs as text — who is on each list and why, who is not, an empty county's extract
 * saying so in words, Chinese dates only.
 */
@DatabaseTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ControlDocumentsTests {

    private static final LocalDate JUNE = LocalDate.of(2021, 6, 1);
    private static final LocalDate FOUND = LocalDate.of(2021, 9, 3);
    private static final LocalDate AS_OF = LocalDate.of(2021, 9, 30);
    private static final String QIXIAN = "410221";

    // 博 (bo) sorts after 安 (an) in Chinese order although its code point is smaller
    EnterpriseFacts bo = enterprise(creditCode(), "通许县博远铸造有限公司", TONGXU, true, true, null, null);
    EnterpriseFacts an = enterprise(creditCode(), "通许县安达制药有限公司", TONGXU, true, false, null, null);
    EnterpriseFacts cleanB = enterprise(creditCode(), "通许县清源机械有限公司", TONGXU, false, true, null, null);
    EnterpriseFacts dong = enterprise(creditCode(), "通许县东方铸造有限公司", TONGXU, true, true, null, null);
    EnterpriseFacts green = enterprise(creditCode(), "通许县绿源机械有限公司", TONGXU, false, false, null,
            List.of(new Honour(HonourKind.GREEN_FACTORY, 2019)));
    EnterpriseFacts old = enterprise(creditCode(), "通许县旧誉机械有限公司", TONGXU, false, false, null,
            List.of(new Honour(HonourKind.ENERGY_EFFICIENCY_LEADER, 2018)));
    EnterpriseFacts lankao = enterprise(creditCode(), "兰考县阿尔法铸造有限公司", LANKAO, true, true, null,
            List.of(new Honour(HonourKind.GREEN_DEVELOPMENT_RANKING, 2020)));
    EnterpriseFacts violator = enterprise(creditCode(), "=兰考县超标排放建材有限公司", LANKAO, true, true, null, null);

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LedgerImport ledger;

    @Autowired
    ReferenceData reference;

    @Autowired
    DocumentArchive archive;

    @Autowired
    ControlDocuments documents;

    private Map<String, ArchivedDocument> city;
    private Map<String, ArchivedDocument> tongxu;
    private Map<String, ArchivedDocument> qixian;

    @BeforeAll
    void plantAndRender() {
        // given a small ledger of two counties, two violations found on 3 September, and nothing in 杞县
        LedgerTables.clear(jdbc);
        LedgerFixtures fixtures = new LedgerFixtures(jdbc);
        ledger.applyLedgerRows(fixtures.ledger(TONGXU, JUNE), List.of(
                line(4, bo, "铸造", "黑色金属铸造", "A"), line(5, an, "制药", null, "B"),
                line(6, cleanB, "机械加工", null, "B"), line(7, dong, "铸造", "黑色金属铸造", "D"),
                line(8, green, "机械加工", null, "C"), line(9, old, "机械加工", null, "C")));
        ledger.applyLedgerRows(fixtures.ledger(LANKAO, JUNE), List.of(
                line(4, lankao, "铸造", "黑色金属铸造", "A"), line(5, lankao, "机械加工", null, "B"),
                line(6, violator, "玻璃", null, "A")));
        ledger.applyViolationRows(fixtures.submission(TONGXU, "VIOLATION", FOUND.plusDays(5)),
                List.of(violation(3, dong, ViolationType.EXCESS_EMISSION, FOUND, "通环罚〔2021〕8号")));
        ledger.applyViolationRows(fixtures.submission(LANKAO, "VIOLATION", FOUND.plusDays(5)),
                List.of(violation(3, violator, ViolationType.ILLEGAL_DISCHARGE, FOUND, "兰环罚〔2021〕9号")));
        // when the documents of the date are rendered city-wide and for two counties
        city = byKind(documents.render(AS_OF, null));
        tongxu = byKind(documents.render(AS_OF, county(TONGXU)));
        qixian = byKind(documents.render(AS_OF, county(QIXIAN)));
    }

    @Test
    void eachListIsAWorkbookAndAPdfOfItsOwnKindUnderTheDate() {
        assertThat(city.keySet()).containsExactlyInAnyOrder("positive-list-xlsx", "positive-list-pdf",
                "vocs-exemption-xlsx", "vocs-exemption-pdf", "priority-list-xlsx", "priority-list-pdf",
                "seasonal-control-xlsx", "seasonal-control-pdf", "credit-list-xlsx");
        assertThat(city.get("positive-list-xlsx").path()).isEqualTo("reports/2021-09-30/正面清单候选企业名单.xlsx");
        assertThat(tongxu.get("seasonal-control-pdf").path()).isEqualTo("reports/2021-09-30/通许县/季节性生产调控企业名单.pdf");
        assertThat(tongxu.get("credit-list-xlsx").county()).isEqualTo("通许县");
        assertThat(archive.manifestEntries()).anySatisfy(e -> {
            assertThat(e.kind()).isEqualTo("credit-list-xlsx");
            assertThat(e.path()).isEqualTo(city.get("credit-list-xlsx").path());
            assertThat(e.sha256()).isEqualTo(city.get("credit-list-xlsx").sha256());
        });
    }

    @Test
    void thePositiveListHoldsTheAGradeLinesWithCleanEnergyOnly() throws IOException {
        Sheet sheet = Sheet.read(file(city.get("positive-list-xlsx")));
        assertThat(sheet.title()).isEqualTo("开封市重点行业河南省监管执法正面清单候选企业名单");
        assertThat(sheet.dateLine()).isEqualTo("统计日期：2021年9月30日");
        assertThat(sheet.headers()).containsExactly("序号", "县区", "企业名称", "统一社会信用代码", "重点行业类型", "绩效级别",
                "列入理由");
        // 兰考县's violator lost its A on 3 September; 清源 is clean but B
        assertThat(sheet.rows()).containsExactly(
                List.of("1", "通许县", bo.name(), bo.creditCode(), "铸造（黑色金属铸造）", "A级", "A级，已实现清洁能源替代"),
                List.of("2", "兰考县", lankao.name(), lankao.creditCode(), "铸造（黑色金属铸造）", "A级",
                        "A级，已实现清洁能源替代"));
        assertThat(sheet.notes()).anySatisfy(n -> assertThat(n).contains("共2家企业、2条行业记录"));
        String pdf = pdfText(city.get("positive-list-pdf"));
        assertThat(pdf).contains("开封市重点行业河南省监管执法正面清单候选企业名单", "统计日期：2021年9月30日", "列入理由",
                bo.name(), lankao.name(), "A级，已实现清洁能源替代", "共2家企业、2条行业记录")
                .doesNotContain(cleanB.name(), violator.name().substring(1), an.name());
    }

    @Test
    void theVocsExemptionHoldsTheAbClassLinesOfLowVocsEnterprises() throws IOException {
        Sheet sheet = Sheet.read(file(city.get("vocs-exemption-xlsx")));
        assertThat(sheet.column(2)).containsExactly(an.name(), bo.name(), lankao.name(), lankao.name());
        assertThat(sheet.column(6)).containsExactly("全部使用低VOCs原辅材料的B级企业", "全部使用低VOCs原辅材料的A级企业",
                "全部使用低VOCs原辅材料的A级企业", "全部使用低VOCs原辅材料的B级企业");
        String pdf = pdfText(city.get("vocs-exemption-pdf"));
        assertThat(pdf).contains("重点行业臭氧污染高发时段涉VOCs排放管控豁免企业名单", an.name(), bo.name(), lankao.name())
                .doesNotContain(dong.name(), cleanB.name(), violator.name().substring(1));
    }

    @Test
    void thePriorityListNamesTheHonoursOfTheLastThreeYears() throws IOException {
        Sheet sheet = Sheet.read(file(city.get("priority-list-xlsx")));
        assertThat(sheet.rows()).extracting(r -> r.get(2), r -> r.get(6)).containsExactly(
                org.assertj.core.groups.Tuple.tuple(green.name(), "近三年获得：绿色工厂（2019）"),
                org.assertj.core.groups.Tuple.tuple(lankao.name(), "近三年获得：绿色发展排行榜（2020）"),
                org.assertj.core.groups.Tuple.tuple(lankao.name(), "近三年获得：绿色发展排行榜（2020）"));
        assertThat(pdfText(city.get("priority-list-pdf"))).contains(green.name(), "绿色工厂（2019）")
                .doesNotContain(old.name());
    }

    @Test
    void theSeasonalControlListHoldsTheDGradeLinesAndTheCountyExtractOnlyItsOwn() throws IOException {
        Sheet sheet = Sheet.read(file(tongxu.get("seasonal-control-xlsx")));
        assertThat(sheet.dateLine()).isEqualTo("统计日期：2021年9月30日　县区：通许县");
        assertThat(sheet.rows()).containsExactly(List.of("1", "通许县", dong.name(), dong.creditCode(), "铸造（黑色金属铸造）",
                "D级", "绩效级别为D级，达不到绩效分级要求"));
        assertThat(Sheet.read(file(tongxu.get("positive-list-xlsx"))).column(2)).containsExactly(bo.name());
        assertThat(pdfText(tongxu.get("seasonal-control-pdf"))).contains("开封市重点行业季节性生产调控企业名单（D级企业）",
                "县区：通许县", dong.name(), "绩效级别为D级").doesNotContain(lankao.name());
    }

    @Test
    void anEmptyListSaysSoInWords() throws IOException {
        for (ControlList list : ControlList.values()) {
            Sheet sheet = Sheet.read(file(qixian.get(list.xlsxKind())));
            assertThat(sheet.rows()).as(list.name()).isEmpty();
            String sentence = "截至2021年9月30日，杞县没有符合列入条件的企业，本期无企业" + list.measure() + "。";
            assertThat(sheet.texts()).as(list.name()).contains(sentence);
            assertThat(pdfText(qixian.get(list.pdfKind()))).as(list.name()).contains(sentence)
                    .as("no table header over an empty list").doesNotContain("列入理由");
        }
        Sheet credit = Sheet.read(file(qixian.get("credit-list-xlsx")));
        assertThat(credit.rows()).isEmpty();
        assertThat(credit.texts()).contains("截至2021年9月30日，杞县没有纳入信用信息共享平台的环境违法企业。");
    }

    @Test
    void theCreditListNamesEveryViolatorWithItsGradeBeforeAndAfter() throws IOException {
        Sheet sheet = Sheet.read(file(city.get("credit-list-xlsx")));
        assertThat(sheet.title()).isEqualTo("开封市纳入信用信息共享平台的环境违法企业名单");
        assertThat(sheet.headers()).containsExactly("序号", "县区", "企业名称", "统一社会信用代码", "违法问题类型", "问题描述",
                "问题来源", "发现日期", "重点行业类型", "降级前级别", "降级后级别");
        assertThat(sheet.rows()).containsExactly(
                List.of("1", "通许县", dong.name(), dong.creditCode(), "超标排放", "", "通环罚〔2021〕8号", "2021年9月3日",
                        "铸造（黑色金属铸造）", "D级", "D级"),
                List.of("2", "兰考县", violator.name(), violator.creditCode(), "偷排偷放", "", "兰环罚〔2021〕9号",
                        "2021年9月3日", "玻璃", "A级", "C级"));
        assertThat(sheet.dateCell(0, 7)).as("发现日期 is a real date").isTrue();
        assertThat(sheet.quotePrefixed(1, 2)).as("a name starting with = is never a formula").isTrue();
        assertThat(sheet.notes()).anySatisfy(n -> assertThat(n)
                .contains("A级、B级、B-级降为C级，引领性降为非引领性，C级降为D级；D级、非引领性保持不变。"));
        assertThat(sheet.notes()).anySatisfy(n -> assertThat(n).contains("共2家企业、2起环境违法问题"));
        assertThat(Sheet.read(file(tongxu.get("credit-list-xlsx"))).column(2)).containsExactly(dong.name());
    }

    @Test
    void noDocumentHoldsAnIsoDate() throws IOException {
        for (ArchivedDocument document : city.values()) {
            String text = document.path().endsWith(".pdf") ? pdfText(document)
                    : String.join("", Sheet.read(file(document)).all());
            assertThat(text).as(document.path()).doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");
        }
    }

    private County county(String code) {
        return reference.countiesByCode().get(code);
    }

    private Path file(ArchivedDocument document) {
        return archive.outDir().resolve(document.path());
    }

    private String pdfText(ArchivedDocument document) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(file(document).toFile())) {
            return new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
        }
    }

    private static Map<String, ArchivedDocument> byKind(List<ArchivedDocument> documents) {
        return documents.stream().collect(Collectors.toMap(ArchivedDocument::kind, Function.identity()));
    }

    /** A list workbook read back: title, date line, header, data rows as displayed, the texts below. */
    private record Sheet(XSSFSheet sheet, List<List<String>> rows, List<String> texts, List<String> all) {

        static Sheet read(Path file) throws IOException {
            try (InputStream in = Files.newInputStream(file)) {
                XSSFWorkbook workbook = new XSSFWorkbook(in);
                XSSFSheet sheet = workbook.getSheetAt(0);
                DataFormatter format = new DataFormatter();
                int columns = sheet.getRow(2).getLastCellNum();
                List<List<String>> rows = new ArrayList<>();
                List<String> texts = new ArrayList<>();
                for (int r = 3; r <= sheet.getLastRowNum(); r++) {
                    Row row = sheet.getRow(r);
                    if (row == null) {
                        continue;
                    }
                    if (sheet.getMergedRegions().stream().anyMatch(m -> m.isInRange(row.getRowNum(), 0))) {
                        texts.add(format.formatCellValue(row.getCell(0)));
                        continue;
                    }
                    List<String> values = new ArrayList<>();
                    for (int c = 0; c < columns; c++) {
                        values.add(shown(row.getCell(c), format));
                    }
                    rows.add(values);
                }
                List<String> all = new ArrayList<>(List.of(format.formatCellValue(sheet.getRow(0).getCell(0)),
                        format.formatCellValue(sheet.getRow(1).getCell(0))));
                rows.forEach(all::addAll);
                all.addAll(texts);
                return new Sheet(sheet, rows, texts, all);
            }
        }

        /** The cell as a reader sees it; a date as 2021年9月3日 (POI's formatter leaves the format's quotes in). */
        private static String shown(Cell cell, DataFormatter format) {
            if (cell != null && cell.getCellType() == CellType.NUMERIC
                    && org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(cell)) {
                LocalDate date = cell.getLocalDateTimeCellValue().toLocalDate();
                assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo(ListSheet.DATE_FORMAT);
                return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
            }
            return format.formatCellValue(cell);
        }

        String title() {
            return sheet.getRow(0).getCell(0).getStringCellValue();
        }

        String dateLine() {
            return sheet.getRow(1).getCell(0).getStringCellValue();
        }

        List<String> headers() {
            List<String> headers = new ArrayList<>();
            sheet.getRow(2).forEach(c -> headers.add(c.getStringCellValue()));
            return headers;
        }

        List<String> column(int index) {
            return rows.stream().map(r -> r.get(index)).toList();
        }

        List<String> notes() {
            return texts;
        }

        boolean dateCell(int dataRow, int column) {
            Cell cell = sheet.getRow(3 + dataRow).getCell(column);
            return cell.getCellType() == CellType.NUMERIC && org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(cell);
        }

        boolean quotePrefixed(int dataRow, int column) {
            Cell cell = sheet.getRow(3 + dataRow).getCell(column);
            return cell.getCellType() == CellType.STRING && cell.getCellStyle().getQuotePrefixed();
        }
    }
}
