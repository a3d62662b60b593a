package org.perfgrade.report;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.perfgrade.DatabaseTest;
import org.perfgrade.document.ArchivedDocument;
import org.perfgrade.document.DocumentArchive;
import org.perfgrade.reference.Comparison;
import org.perfgrade.reference.County;
import org.perfgrade.reference.ReferenceData;
import org.perfgrade.snapshot.Change;
import org.perfgrade.snapshot.CityLevelShares;
import org.perfgrade.snapshot.CitySnapshot;
import org.perfgrade.snapshot.CountingRules;
import org.perfgrade.snapshot.CountySnapshot;
import org.perfgrade.snapshot.LateItem;
import org.perfgrade.snapshot.LevelShares;
import org.perfgrade.snapshot.OverdueItem;
import org.perfgrade.snapshot.Snapshot;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** 每日进展简报 PDF, rendered from a hand-made snapshot and read back with PDFBox: text, chart image, pages, fonts. */
@DatabaseTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BriefingReportTests {

    private static final LocalDate AS_OF = LocalDate.of(2021, 8, 16);
    private static final String LANKAO = "兰考县";
    private static final String WEISHI = "尉氏县";
    private static final String METAL_BATCH = "第二批：金属类行业审核认定";

    @Autowired
    private BriefingReport report;

    @Autowired
    private DocumentArchive archive;

    @Autowired
    private ReferenceData reference;

    @Autowired
    private CountingRules rules;

    private Snapshot snapshot;
    private ArchivedDocument document;
    private TargetTablePdf pdf;

    @BeforeAll
    void render() throws IOException {
        // given: 兰考县 one short of its national target, every other county meeting it; a grade change, a target
        // change and an overdue item since the previous snapshot; and 40 more grade changes so the tables run over
        List<CountySnapshot> counties = new ArrayList<>();
        for (County county : reference.counties()) {
            counties.add(county.name().equals(LANKAO)
                    ? new CountySnapshot(LANKAO, List.of(
                            level("national", 14, 3, "0.2143", 2, "0.1429", "0.2500", "0.2000", false, false, 1, 1),
                            level("provincial", 0, 0, "0.0000", 0, "0.0000", "0.3000", "0.2500", false, false, null,
                                    null)))
                    : new CountySnapshot(county.name(), List.of(
                            level("national", 10, 3, "0.3000", 3, "0.3000", "0.2500", "0.2000", true, true, 0, 0),
                            level("provincial", 4, 2, "0.5000", 1, "0.2500", "0.3000", "0.2500", true, false, 0,
                                    1))));
        }
        CitySnapshot city = new CitySnapshot(List.of(
                new CityLevelShares("national", 104, 30, new BigDecimal("0.2885"), 29, new BigDecimal("0.2788"), null,
                        null, null, null, null, null, 2, new BigDecimal("0.2000"), new BigDecimal("0.2788"), true, 0),
                new CityLevelShares("provincial", 36, 18, new BigDecimal("0.5000"), 9, new BigDecimal("0.2500"), null,
                        null, null, null, null, null, 1, new BigDecimal("0.2500"), new BigDecimal("0.2500"), true,
                        0)), 3, 0, false);
        List<Change> changes = new ArrayList<>();
        changes.add(new Change("grade-up", WEISHI, "开封市金明水泥有限公司", "水泥", "B", "A"));
        changes.add(new Change("target-missed", LANKAO, null, null, "national-passed", "0.1429"));
        changes.add(new Change("overdue", LANKAO, null, null, "2021-08-15", METAL_BATCH));
        for (int i = 1; i <= 40; i++) {
            changes.add(new Change("new-grade", WEISHI, "尉氏县第" + i + "耐火材料厂", "耐火材料", null, "C"));
        }
        List<OverdueItem> overdue = List.of(
                OverdueItem.on(AS_OF, LANKAO, METAL_BATCH, LocalDate.of(2021, 8, 15)));
        List<LateItem> late = List.of(LateItem.of(WEISHI, "重点行业绩效提升企业清单（方案附件2）上报市生态环境局备案",
                LocalDate.of(2021, 6, 14), LocalDate.of(2021, 6, 20)));
        snapshot = new Snapshot(AS_OF, rules.describe(reference), counties, city, overdue, late, changes);
        // when
        document = report.render(snapshot);
        pdf = TargetTablePdf.read(file());
    }

    private static LevelShares level(String level, int counted, int applied, String appliedShare, int passed,
                                     String passedShare, String appliedTarget, String passedTarget, boolean appliedMet,
                                     boolean passedMet, Integer appliedGap, Integer passedGap) {
        return new LevelShares(level, counted, applied, new BigDecimal(appliedShare), passed,
                new BigDecimal(passedShare), new BigDecimal(appliedTarget), new BigDecimal(passedTarget), appliedMet,
                passedMet, appliedGap, passedGap, 0);
    }

    private Path file() {
        return archive.outDir().resolve(document.path());
    }

    @Test
    void isArchivedUnderTheSnapshotDate() {
        // then
        assertThat(document.kind()).isEqualTo("briefing-pdf");
        assertThat(document.path()).isEqualTo("reports/2021-08-16/每日进展简报.pdf");
        assertThat(archive.manifestEntries()).anySatisfy(e -> {
            assertThat(e.kind()).isEqualTo("briefing-pdf");
            assertThat(e.sha256()).isEqualTo(document.sha256());
        });
    }

    @Test
    void isA4PortraitWithPageXOfY() {
        // then: several pages, all portrait, each numbered "第 x 页 / 共 y 页"
        int pages = pdf.pageSizes().size();
        assertThat(pages).isGreaterThan(1);
        assertThat(pdf.pageSizes()).allSatisfy(page -> {
            assertThat(page.getWidth()).isCloseTo(595f, within(1f));
            assertThat(page.getHeight()).isCloseTo(842f, within(1f));
        });
        assertThat(pdf.rotations()).containsOnly(0);
        for (int page = 1; page <= pages; page++) {
            assertThat(pdf.compact()).contains("第" + page + "页/共" + pages + "页");
        }
    }

    @Test
    void headlineGivesTheCityFiguresAndCountyCounts() {
        // then
        String text = pdf.compact();
        assertThat(text).contains("一、总体情况", "截至2021年8月16日",
                "国家级重点行业企业104家，A、B级企业申报30家、占28.85%，通过29家、占27.88%；全市目标≥20%，当前27.88%，达标",
                "省级重点行业企业36家", "全市D级企业3家，未达到", "逾期未完成事项1项，涉及1个县区（见第四部分）；逾期完成事项1项，涉及1个县区（见第五部分）。", "与上次统计相比变化43项");
        // every county misses a target: the nine others their provincial passed share (1 of 4 = 25 %, not > 25),
        // 兰考县 both national ones; 兰考县 meets 0 of 2 and ranks last, the nine share the first rank
        assertThat(text).contains("10个县区中，达到全部适用目标的0个。有目标未达到的10个", "排名靠后：兰考县。")
                .doesNotContain("排名前列");
    }

    @Test
    void countyTableListsEveryCountyWithSharesTargetsAndStatus() {
        // then: counties in 附件1 order after the table heading, then 全市
        String text = pdf.compact();
        int previous = text.indexOf("二、各县区完成情况");
        assertThat(previous).isPositive();
        for (County county : reference.counties()) {
            int at = text.indexOf(county.name(), previous + 1);
            assertThat(at).as(county.name()).isGreaterThan(previous);
            previous = at;
        }
        assertThat(text.indexOf("全市", previous)).isGreaterThan(previous);
        String gt = Comparison.GT.symbol();
        assertThat(text).contains("3家，21.43%（目标" + gt + "25%）未达标（差1家）",
                "2家，14.29%（目标" + gt + "20%）未达标（差1家）", "3家，30.00%（目标" + gt + "25%）达标",
                "1家，25.00%（目标" + gt + "25%）未达标（差1家）", "（目标" + gt + "30%）无企业（不考核）",
                "29家，27.88%（目标" + Comparison.GE.symbol() + "20%）达标");
    }

    @Test
    void countyTableStartsPageTwoEvenWhenItWouldFitOnPageOne() throws IOException {
        // given: a quiet day, a short headline
        Snapshot quiet = new Snapshot(AS_OF.plusDays(1), snapshot.rules(), snapshot.counties(), snapshot.city(),
                List.of(), List.of(), List.of());
        // when
        TargetTablePdf read = TargetTablePdf.read(archive.outDir().resolve(report.render(quiet).path()));
        // then
        String compact = read.compact();
        assertThat(compact.indexOf("二、各县区完成情况")).isGreaterThan(compact.indexOf("第1页/共"));
        assertThat(compact).contains("与上次统计相比无变化。", "无逾期未完成事项。", "无逾期完成事项。")
                .doesNotContain("新增逾期合计", "最长逾期天数");
    }

    @Test
    void summarisesTheChangesByKindPerCountyAndNamesTheDetailWorkbook() {
        // then: 尉氏县 1 upgrade and 40 new lines, 兰考县 a target newly missed and a new overdue item, 合计 43
        String text = pdf.text();
        assertThat(text).containsPattern("尉氏县\\s+1\\s+0\\s+40\\s+0\\s+0\\s+0\\s+0\\s+0\\s+41")
                .containsPattern("兰考县\\s+0\\s+0\\s+0\\s+0\\s+0\\s+0\\s+1\\s+1\\s+2")
                .containsPattern("合计\\s+1\\s+0\\s+40\\s+0\\s+0\\s+0\\s+1\\s+1\\s+43");
        String compact = pdf.compact();
        assertThat(compact).contains("三、与上次统计相比的变化", "升级降级新列入级别变更退出/撤销目标新达成目标新未达成新增逾期合计",
                "与上次统计相比共变化43项，明细见《变化明细》（变化明细.xlsx）。");
        // and: the detail is not in the briefing
        assertThat(compact).doesNotContain("开封市金明水泥有限公司", "尉氏县第40耐火材料厂");
        assertThat(compact.indexOf("三、与上次统计相比的变化")).isLessThan(compact.indexOf("四、逾期未完成事项"));
    }

    @Test
    void summarisesOverdueItemsByCountyWithEachItemsDays() {
        // then: 兰考县 owes the metal batch due 8/15, one day overdue on 8/16; 合计 names the batch with its counties
        String compact = pdf.compact();
        assertThat(compact).contains("四、逾期未完成事项", "兰考县11第二批1天", "合计11第二批1个县区",
                "没有超过方案附件2拟完成时间仍未申报的企业。", "明细见《逾期事项清单》（逾期事项清单.xlsx）。");
    }

    @Test
    void listsItemsDoneLateWithTheirDaysAfterTheOverdueOnes() {
        // then: 尉氏县 sent its 6/14 list on 6/20, six days late; it stays listed after it was done
        String compact = pdf.compact();
        assertThat(compact).contains("五、逾期完成事项", "尉氏县16提升企业清单6天", "合计16提升企业清单1个县区");
        assertThat(compact.indexOf("四、逾期未完成事项")).isLessThan(compact.indexOf("五、逾期完成事项"));
    }

    @Test
    void notesPrintTheCountingRules() {
        // given: the text without the page footers the notes may run across
        String text = pdf.compact().replaceAll("第\\d+页/共\\d+页", "");
        // then
        for (String rule : snapshot.rules()) {
            assertThat(text).contains(rule.replaceAll("\\s", ""));
        }
    }

    @Test
    void countyTableIsNotSplitAcrossPages() {
        // then: the table's heading and its 全市 row lie between the same two page footers
        String compact = pdf.compact();
        int heading = compact.indexOf("二、各县区完成情况");
        int city = compact.indexOf("全市10430家");
        int footerBefore = compact.lastIndexOf("页/共", heading);
        int footerAfter = compact.indexOf("页/共", heading);
        assertThat(city).isGreaterThan(heading).isLessThan(footerAfter);
        assertThat(heading).as("the table starts page 2, after the headline and chart")
                .isGreaterThan(compact.indexOf("第1页/共"));
        assertThat(compact.lastIndexOf("页/共", city)).isEqualTo(footerBefore);
    }

    @Test
    void firstPageCarriesTheChartBelowTheHeadline() throws IOException {
        // when: the images of every page are read back
        List<BufferedImage> images = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(file().toFile())) {
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    PDXObject object = page.getResources().getXObject(name);
                    if (object instanceof PDImageXObject image) {
                        images.add(image.getImage());
                    }
                }
            }
            // then: one sharp picture with both bar colours on page 1 (图2 of the trend page is the second)
            assertThat(images).hasSize(2);
            BufferedImage chart = images.get(0);
            assertThat(chart.getWidth()).isGreaterThanOrEqualTo(BriefingReport.CHART_WIDTH * 3);
            assertThat(count(chart, BriefingChart.APPLIED_COLOUR.getRGB())).isGreaterThan(1000);
            assertThat(count(chart, BriefingChart.PASSED_COLOUR.getRGB())).isGreaterThan(1000);
        }
        String compact = pdf.compact();
        assertThat(compact.indexOf("图1")).isGreaterThan(compact.indexOf("一、总体情况"))
                .isLessThan(compact.indexOf("第1页/共"));
    }

    @Test
    void everyFontDrawingTextIsEmbeddedAndInformationSet() {
        // then: every font that draws a glyph is embedded (OpenPDF lists Helvetica on each page for the blank chunk
        // that keeps a page non-empty; it draws nothing)
        assertThat(pdf.fontsDrawingText()).isNotEmpty().doesNotContainAnyElementsOf(pdf.notEmbedded())
                .allSatisfy(f -> assertThat(pdf.embedded()).contains(f));
        assertThat(pdf.title()).isEqualTo("开封市重点行业绩效分级提升工作每日进展简报");
        assertThat(pdf.author()).isEqualTo(reference.authority().name());
        assertThat(pdf.subject()).isEqualTo("每日进展简报（统计日期 2021年8月16日）");
    }

    @Test
    void reRenderingTheSameSnapshotGivesTheSameBytes() {
        // when
        ArchivedDocument again = report.render(snapshot);
        // then: the archive recognises the same document (dates are the business date, the file id a digest)
        assertThat(again.sha256()).isEqualTo(document.sha256());
    }

    private static int count(BufferedImage image, int rgb) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int p = image.getRGB(x, y);
                if (Math.abs(((p >> 16) & 0xFF) - ((rgb >> 16) & 0xFF)) <= 12
                        && Math.abs(((p >> 8) & 0xFF) - ((rgb >> 8) & 0xFF)) <= 12
                        && Math.abs((p & 0xFF) - (rgb & 0xFF)) <= 12) {
                    n++;
                }
            }
        }
        return n;
    }
}
