package org.perfgrade.report;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.text.Collator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.perfgrade.DatabaseTest;
import org.perfgrade.document.ArchivedDocument;
import org.perfgrade.document.DocumentArchive;
import org.perfgrade.ledger.facts.EnterpriseFacts;
import org.perfgrade.ledger.LedgerImport;
import org.perfgrade.ledger.facts.LedgerLineFacts;
import org.perfgrade.ledger.facts.RowFacts;
import org.perfgrade.ledger.SubmissionContext;
import org.perfgrade.reference.County;
import org.perfgrade.reference.CreditCode;
import org.perfgrade.reference.ReferenceData;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.perfgrade.report.PublicityFixtures.*;

/** 公示名单 PDF rendered from the publicity data set and read back with PDFBox. */
@DatabaseTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicityListReportTests {

    /** A name long enough to wrap in its column. */
    private static final String LONG_NAME = "开封市兰考县某某某某某某某某某某某某某某某某某某新型建筑材料科技股份有限公司第二分公司";
    private static final int MANY = 70;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LedgerImport ledger;

    @Autowired
    ReferenceData reference;

    @Autowired
    DocumentArchive archive;

    @Autowired
    PublicityListReport report;

    private ArchivedDocument cityWide;
    private ArchivedDocument extract;
    private ArchivedDocument long_;
    private TargetTablePdf cityPdf;
    private TargetTablePdf countyPdf;
    private TargetTablePdf longPdf;
    private List<String> longPages;

    @BeforeAll
    void render() throws IOException {
        // given the publicity data set
        new PublicityFixtures(jdbc, ledger).load();
        // when
        cityWide = report.render(AS_OF, null);
        extract = report.render(AS_OF, reference.countiesByCode().get(QIXIAN));
        // and, later, a list of several pages with a long name
        manyLaterEnterprises();
        long_ = report.render(LATER, null);
        cityPdf = TargetTablePdf.read(file(cityWide));
        countyPdf = TargetTablePdf.read(file(extract));
        longPdf = TargetTablePdf.read(file(long_));
        longPages = pages(file(long_));
    }

    @Test
    void isWrittenUnderTheBusinessDate() {
        assertThat(cityWide.kind()).isEqualTo("publicity-pdf");
        assertThat(cityWide.path()).isEqualTo("reports/2021-08-16/公示名单.pdf");
        assertThat(cityWide.county()).isNull();
        assertThat(extract.kind()).isEqualTo("publicity-pdf");
        assertThat(extract.path()).isEqualTo("reports/2021-08-16/杞县/公示名单.pdf");
        assertThat(extract.county()).isEqualTo("杞县");
        assertThat(archive.manifestEntries()).anySatisfy(entry -> {
            assertThat(entry.kind()).isEqualTo("publicity-pdf");
            assertThat(entry.path()).isEqualTo(cityWide.path());
            assertThat(entry.sha256()).isEqualTo(cityWide.sha256());
        });
    }

    @Test
    void isA4PortraitWithEveryFontEmbedded() {
        for (TargetTablePdf pdf : List.of(cityPdf, countyPdf, longPdf)) {
            assertThat(pdf.pageSizes()).isNotEmpty().allSatisfy(page -> {
                assertThat(page.getWidth()).isCloseTo(595f, within(1f));
                assertThat(page.getHeight()).isCloseTo(842f, within(1f));
            });
            assertThat(pdf.rotations()).containsOnly(0);
            assertThat(pdf.fontsDrawingText()).isNotEmpty().doesNotContainAnyElementsOf(pdf.notEmbedded())
                    .allSatisfy(font -> assertThat(pdf.embedded()).contains(font));
        }
    }

    @Test
    void documentInformationIsSet() {
        String title = "开封市各县区上报的重点行业绩效分级A级、B级（含B-级）及绩效引领性企业名单（公示）";
        assertThat(cityPdf.title()).isEqualTo(title);
        assertThat(cityPdf.author()).isEqualTo(reference.authority().issuerOf("publicity").name());
        assertThat(cityPdf.subject()).isEqualTo("公示名单（统计日期 2021年8月16日）");
        assertThat(countyPdf.title()).isEqualTo(title);
        assertThat(countyPdf.subject()).isEqualTo("公示名单（统计日期 2021年8月16日，杞县）");
    }

    @Test
    void listsOnlyThePublishedGradesInGroupOrder() {
        String text = cityPdf.compact();
        assertThat(text).contains("开封市各县区上报的重点行业绩效分级A级、B级（含B-级）及绩效引领性企业名单（公示）",
                "统计日期：2021年8月16日", "序号", "县区", "企业名称", "统一社会信用代码", "重点行业类型", "绩效级别",
                "上报日期", "认定日期");
        List<String> headings = List.of("一、A级企业（4家）", "（一）长流程联合钢铁（3家）", "（二）水泥（1家）",
                "二、B级企业（3家）", "（一）长流程联合钢铁（1家）", "（二）水泥（2家）", "三、B-级企业（1家）",
                "（一）长流程联合钢铁（1家）", "四、绩效引领性企业（1家）", "（一）水泥（1家）");
        int at = -1;
        for (String heading : headings) {
            int next = text.indexOf(heading, at + 1);
            assertThat(next).as(heading + " after the previous heading").isGreaterThan(at);
            at = next;
        }
        for (String name : List.of(STEEL_A, DOWNGRADED_LATER, QIXIAN_STEEL_A, TWO_INDUSTRIES, UPGRADED_BEFORE,
                FORMULA_NAME, STEEL_B_MINUS, LEADING)) {
            assertThat(text).contains(name);
        }
        for (String name : List.of(STEEL_C, CEMENT_D, UPGRADED_LATER, NOT_LEADING)) {
            assertThat(text).doesNotContain(name);
        }
        // the enterprise in two industries appears under A (水泥) and under B (钢铁)
        assertThat(text.indexOf(TWO_INDUSTRIES)).isBetween(text.indexOf("（二）水泥（1家）"),
                text.indexOf("二、B级企业"));
        assertThat(text.indexOf(TWO_INDUSTRIES, text.indexOf("二、B级企业"))).isPositive();
        // within 长流程联合钢铁 of grade A, names by Chinese collation
        List<String> steelA = new ArrayList<>(List.of(STEEL_A, DOWNGRADED_LATER, QIXIAN_STEEL_A));
        steelA.sort(Collator.getInstance(Locale.CHINA));
        assertThat(text.indexOf(steelA.get(0))).isLessThan(text.indexOf(steelA.get(1)));
        assertThat(text.indexOf(steelA.get(1))).isLessThan(text.indexOf(steelA.get(2)));
        assertThat(text.indexOf(steelA.get(2))).isLessThan(text.indexOf("（二）水泥（1家）"));
        // 上报日期 and 认定日期 of ledger lines without an application: the ledger's grade date
        assertThat(text).contains(creditCode(UPGRADED_BEFORE) + "水泥（熟料）B2021年7月20日2021年7月20日");
        assertThat(text).contains(creditCode(DOWNGRADED_LATER) + "长流程联合钢铁A2021年6月10日2021年6月10日");
    }

    @Test
    void endsWithTheNoticeTheObjectionContactsAndTheSignature() {
        String text = cityPdf.compact();
        String phone = reference.authority().objectionPhone();
        String email = reference.authority().objectionEmail();
        assertThat(phone).isNotBlank();
        assertThat(email).isNotBlank();
        assertThat(text).contains("公示期为2021年8月17日至2021年8月23日（5个工作日）", "联系电话：" + phone, "电子邮箱：" + email);
        assertThat(text.indexOf("联系电话")).isGreaterThan(text.indexOf(LEADING));
        assertThat(text).matches(".*" + reference.authority().issuerOf("publicity").name().replaceAll("\\s", "") + "2021年8月16日"
                + "第(\\d)页共\\1页$");
    }

    @Test
    void countyExtractHasOnlyThatCounty() {
        String text = countyPdf.compact();
        assertThat(text).contains("统计日期：2021年8月16日　县区：杞县".replaceAll("\\s", ""), QIXIAN_STEEL_A,
                UPGRADED_BEFORE, FORMULA_NAME, "一、A级企业（1家）", "二、B级企业（2家）");
        assertThat(text).doesNotContain("兰考", "B-级企业", "引领性企业（");
    }

    @Test
    void everyPageRepeatsTheColumnHeaderAndCountsThePages() {
        assertThat(longPages).hasSizeGreaterThan(1);
        int total = longPages.size();
        for (int i = 0; i < total; i++) {
            String page = longPages.get(i).replaceAll("\\s", "");
            assertThat(page).as("page %d", i + 1).endsWith("第" + (i + 1) + "页共" + total + "页");
            if (page.contains("兰考县")) {
                assertThat(page).as("page %d", i + 1)
                        .contains("序号县区企业名称统一社会信用代码重点行业类型绩效级别上报日期认定日期");
            }
        }
        assertThat(longPages.get(1)).contains("兰考县");
        // the notice is never parted from its signature and date
        String last = longPages.get(total - 1).replaceAll("\\s", "");
        assertThat(last).contains("联系电话", reference.authority().issuerOf("publicity").name() + "2021年9月1日");
        // the long name wraps instead of being cut, and the late changes show
        assertThat(longPdf.compact()).contains(LONG_NAME, UPGRADED_LATER).doesNotContain(DOWNGRADED_LATER);
    }

    /** 70 more A-graded steel enterprises in 兰考县, one with a long name, imported on {@link PublicityFixtures#LATER}. */
    private void manyLaterEnterprises() {
        jdbc.sql("INSERT INTO submission (sha256, file_name, size_bytes, county_code, kind, source, received_at, status) "
                + "VALUES (:sha, 'many.xlsx', 1024, :county, 'LEDGER', 'test', :at, 'IMPORTED')")
                .param("sha", "f".repeat(64)).param("county", LANKAO).param("at", LATER.atStartOfDay()).update();
        long id = jdbc.sql("SELECT id FROM submission WHERE sha256 = :sha").param("sha", "f".repeat(64))
                .query(Long.class).single();
        List<RowFacts<LedgerLineFacts>> rows = new ArrayList<>();
        for (int i = 0; i < MANY; i++) {
            String name = i == 0 ? LONG_NAME : "兰考批量" + i + "号钢铁有限公司";
            String code = CreditCode.withCheckCharacter("91410225MB" + String.format("%07d", i));
            rows.add(new RowFacts<>(4 + i, new LedgerLineFacts(EnterpriseFacts.identity(code, name, LANKAO), STEEL,
                    null, "A", BigDecimal.ONE, null, null, null, null, null, null)));
        }
        ledger.applyLedgerRows(new SubmissionContext(id, LANKAO, LATER, "many"), rows);
    }

    private Path file(ArchivedDocument document) {
        return archive.outDir().resolve(document.path());
    }

    private static List<String> pages(Path file) throws IOException {
        List<String> pages = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            for (int i = 1; i <= document.getNumberOfPages(); i++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                pages.add(stripper.getText(document));
            }
        }
        return pages;
    }
}
