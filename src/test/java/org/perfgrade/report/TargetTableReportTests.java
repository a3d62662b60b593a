package org.perfgrade.report;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.perfgrade.DatabaseTest;
import org.perfgrade.document.ArchivedDocument;
import org.perfgrade.document.DocumentArchive;
import org.perfgrade.document.ManifestEntry;
import org.perfgrade.reference.Comparison;
import org.perfgrade.reference.County;
import org.perfgrade.reference.ReferenceData;
import org.perfgrade.snapshot.CityLevelShares;
import org.perfgrade.snapshot.CitySnapshot;
import org.perfgrade.snapshot.CountingRules;
import org.perfgrade.snapshot.CountySnapshot;
import org.perfgrade.snapshot.LevelShares;
import org.perfgrade.snapshot.Snapshot;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** 附件1 目标表 PDF, rendered from a hand-made snapshot and read back with PDFBox. */
@DatabaseTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TargetTableReportTests {

    private static final LocalDate AS_OF = LocalDate.of(2021, 8, 16);
    private static final String LANKAO = "兰考县";

    @Autowired
    private TargetTableReport report;

    @Autowired
    private DocumentArchive archive;

    @Autowired
    private ReferenceData reference;

    @Autowired
    private CountingRules rules;

    private Snapshot snapshot;
    private ArchivedDocument cityWide;
    private ArchivedDocument extract;
    private TargetTablePdf cityPdf;
    private TargetTablePdf countyPdf;

    @BeforeAll
    void render() throws IOException {
        // given: 兰考县 with 3 of 14 national enterprises applied (21.43 %, target >25: one short) and no provincial
        // enterprise; every other county meeting its national targets
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
        snapshot = new Snapshot(AS_OF, rules.describe(reference), counties, city, List.of(), List.of(), List.of());
        // when
        cityWide = report.render(snapshot, null);
        extract = report.render(snapshot, reference.county(LANKAO).orElseThrow());
        cityPdf = TargetTablePdf.read(file(cityWide));
        countyPdf = TargetTablePdf.read(file(extract));
    }

    private static LevelShares level(String level, int counted, int applied, String appliedShare, int passed,
                                     String passedShare, String appliedTarget, String passedTarget, boolean appliedMet,
                                     boolean passedMet, Integer appliedGap, Integer passedGap) {
        return new LevelShares(level, counted, applied, new BigDecimal(appliedShare), passed,
                new BigDecimal(passedShare), new BigDecimal(appliedTarget), new BigDecimal(passedTarget), appliedMet,
                passedMet, appliedGap, passedGap, 0);
    }

    private Path file(ArchivedDocument document) {
        return archive.outDir().resolve(document.path());
    }

    @Test
    void isWrittenUnderTheSnapshotDate() {
        // then
        assertThat(cityWide.kind()).isEqualTo("target-table-pdf");
        assertThat(cityWide.path()).isEqualTo("reports/2021-08-16/附件1-目标表.pdf");
        assertThat(cityWide.county()).isNull();
        assertThat(extract.path()).isEqualTo("reports/2021-08-16/兰考县/附件1-目标表.pdf");
        assertThat(extract.county()).isEqualTo(LANKAO);
        assertThat(file(cityWide)).isRegularFile();
        assertThat(file(extract)).isRegularFile();
    }

    @Test
    void isA4Landscape() {
        for (TargetTablePdf pdf : List.of(cityPdf, countyPdf)) {
            assertThat(pdf.pageSizes()).isNotEmpty().allSatisfy(page -> {
                assertThat(page.getWidth()).isCloseTo(842f, within(1f));
                assertThat(page.getHeight()).isCloseTo(595f, within(1f));
            });
            assertThat(pdf.rotations()).containsOnly(0);
        }
    }

    @Test
    void cityTableAndNotesFitOnOnePage() {
        assertThat(cityPdf.pageSizes()).hasSize(1);
    }

    @Test
    void everyFontDrawingTextIsEmbedded() {
        for (TargetTablePdf pdf : List.of(cityPdf, countyPdf)) {
            assertThat(pdf.fontsDrawingText()).isNotEmpty().doesNotContainAnyElementsOf(pdf.notEmbedded())
                    .allSatisfy(font -> assertThat(pdf.embedded()).contains(font));
        }
    }

    @Test
    void showsTitleAttachmentAndDate() {
        assertThat(cityPdf.text()).contains("附件1", "重点行业绩效分级提升目标表", "统计日期：2021年8月16日",
                "国家级重点行业", "省级重点行业", "目标(%)", "实际(%)", "是否达标");
    }

    @Test
    void listsEveryCountyIn附件1OrderThenTheCity() {
        // then
        String text = cityPdf.text();
        int previous = text.indexOf("是否达标");
        for (County county : reference.counties()) {
            int at = text.indexOf(county.name(), previous + 1);
            assertThat(at).as(county.name() + " after the previous county").isGreaterThan(previous);
            previous = at;
        }
        assertThat(text.indexOf("全市", previous)).as("全市 after the last county").isGreaterThan(previous);
    }

    @Test
    void showsActualSharesTargetsAndGaps() {
        // then
        String gt = Comparison.GT.symbol();
        assertThat(cityPdf.text()).contains(gt + "25", gt + "20", gt + "30", "21.43", "14.29", "未达标（差1家）",
                "达标", "无企业", "30.00");
        String lankao = line(cityPdf.text(), LANKAO);
        assertThat(lankao).contains("21.43", "未达标（差1家）", "14.29", "无企业");
    }

    @Test
    void cityRowShowsTheCityGoals() {
        // then
        String cityRow = line(cityPdf.text(), "全市");
        assertThat(cityRow).contains("28.85", Comparison.GE.symbol() + "20", "27.88", Comparison.GE.symbol() + "25",
                "达标");
        assertThat(cityRow).doesNotContain(Comparison.GT.symbol());
    }

    @Test
    void notesPrintEveryCountingRuleUncut() {
        for (TargetTablePdf pdf : List.of(cityPdf, countyPdf)) {
            assertThat(pdf.text()).contains("注：");
            for (String rule : snapshot.rules()) {
                assertThat(pdf.compact()).contains(rule.replaceAll("\\s", ""));
            }
        }
    }

    @Test
    void countyExtractHasOnlyThatCounty() {
        // then
        assertThat(countyPdf.text()).contains(LANKAO, "21.43", "未达标（差1家）", "统计日期：2021年8月16日");
        for (County county : reference.counties()) {
            if (!county.name().equals(LANKAO)) {
                assertThat(countyPdf.text()).doesNotContain(county.name());
            }
        }
        assertThat(countyPdf.text()).doesNotContain("全市\n").doesNotContain("30.00");
    }

    @Test
    void documentInformationIsSet() {
        assertThat(cityPdf.title()).isEqualTo("重点行业绩效分级提升目标表");
        assertThat(cityPdf.author()).isEqualTo(reference.authority().name());
        assertThat(cityPdf.subject()).isEqualTo("附件1（统计日期 2021年8月16日）");
        assertThat(countyPdf.title()).isEqualTo("重点行业绩效分级提升目标表");
        assertThat(countyPdf.author()).isEqualTo(reference.authority().name());
        assertThat(countyPdf.subject()).startsWith("附件1（统计日期 2021年8月16日");
    }

    @Test
    void manifestListsBothDocuments() {
        // then
        List<ManifestEntry> entries = archive.manifestEntries().stream()
                .filter(entry -> entry.kind().equals("target-table-pdf")).toList();
        assertThat(entries).anySatisfy(entry -> {
            assertThat(entry.path()).isEqualTo("reports/2021-08-16/附件1-目标表.pdf");
            assertThat(entry.county()).isNull();
            assertThat(entry.asOf()).isEqualTo("2021-08-16");
            assertThat(entry.sha256()).isEqualTo(cityWide.sha256());
        });
        assertThat(entries).anySatisfy(entry -> {
            assertThat(entry.path()).isEqualTo("reports/2021-08-16/兰考县/附件1-目标表.pdf");
            assertThat(entry.county()).isEqualTo(LANKAO);
            assertThat(entry.sha256()).isEqualTo(extract.sha256());
        });
    }

    /** The extracted line that starts the row of a county (or 全市). */
    private static String line(String text, String start) {
        return text.lines().filter(l -> l.contains(start) && l.matches(".*\\d.*")).findFirst()
                .orElseThrow(() -> new AssertionError("no row of " + start + " in\n" + text));
    }
}
