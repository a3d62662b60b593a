package org.perfgrade.report.trend;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.perfgrade.DatabaseTest;
import org.perfgrade.document.ArchivedDocument;
import org.perfgrade.document.DocumentArchive;
import org.perfgrade.reference.County;
import org.perfgrade.reference.ReferenceData;
import org.perfgrade.report.DailyDocuments;
import org.perfgrade.snapshot.SnapshotRepository;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.perfgrade.report.trend.TrendSnapshots.AUGUST_16;

/**
 * 县区进展趋势 (trend-pdf): a county's extract carries its own lines — its shares against its 附件1 targets and its
 * week-on-week row — and names no other county; the county extracts of a date include it.
 */
@DatabaseTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CountyTrendReportTests {

    @Autowired
    private SnapshotRepository repository;

    @Autowired
    private CountyTrendReport report;

    @Autowired
    private TrendPage trendPage;

    @Autowired
    private DailyDocuments daily;

    @Autowired
    private DocumentArchive archive;

    @Autowired
    private ReferenceData reference;

    @Autowired
    private JdbcClient jdbc;

    private County lankao;

    @BeforeAll
    void storeFourMondays() {
        jdbc.sql("DELETE FROM snapshot_line").update();
        jdbc.sql("DELETE FROM snapshot").update();
        TrendSnapshots.all().forEach(repository::store);
        lankao = reference.county("兰考县").orElseThrow();
    }

    @Test
    void aCountysTrendHasOnlyItsOwnFigures() throws IOException {
        // when
        ArchivedDocument document = report.render(repository.find(AUGUST_16).orElseThrow(), lankao);
        Path file = archive.outDir().resolve(document.path());
        String keep = System.getProperty("perfgrade.trend.keep");
        if (keep != null) {
            Files.copy(file, Path.of(keep), StandardCopyOption.REPLACE_EXISTING);
        }
        TrendPdf pdf = TrendPdf.read(file);
        // then
        assertThat(document.kind()).isEqualTo("trend-pdf");
        assertThat(document.path()).isEqualTo("reports/2021-08-16/兰考县/进展趋势.pdf");
        assertThat(pdf.pages()).hasSize(1);
        assertThat(pdf.all()).contains("重点行业绩效分级提升进展趋势", "县区：兰考县", "图　兰考县A、B级企业申报、通过占比变化趋势",
                "兰考县A、B级企业占比周变化（本期2021年8月16日，与2021年8月9日相比）",
                "兰考县国家级省级25.00%20.00%↑5.00个百分点10.00%10.00%持平——————");
        for (County other : reference.counties()) {
            if (!other.equals(lankao)) {
                assertThat(pdf.all()).as(other.name()).doesNotContain(other.name());
            }
        }
        assertThat(pdf.all()).doesNotContain("全市国家级");
        BufferedImage chart = pdf.images().get(0).get(0);
        assertThat(TrendPdf.count(chart, TrendChart.COLOURS[0].getRGB())).isGreaterThan(500);
        assertThat(TrendPdf.count(chart, TrendChart.COLOURS[1].getRGB())).isGreaterThan(500);
    }

    @Test
    void theCountyFigureIsItsFourSharesAgainstItsTargets() {
        // when
        TrendFigure figure = trendPage.county(repository.find(AUGUST_16).orElseThrow(), lankao).figure();
        // then: 申报 4→5 of 20 over the Mondays (2,3,4,5), provincial not assessed: no points
        TrendFigure.Panel national = figure.panels().get(0);
        assertThat(national.lines()).extracting(TrendFigure.Line::name).containsExactly("申报占比", "通过占比");
        assertThat(national.lines().get(0).points()).extracting(p -> p.percent().stripTrailingZeros().toPlainString())
                .containsExactly("10", "15", "20", "25");
        assertThat(national.goals()).extracting(TrendFigure.Goal::label).containsExactly("申报目标＞25%", "通过目标＞20%");
        assertThat(figure.panels().get(1).lines()).allSatisfy(l -> assertThat(l.points())
                .allSatisfy(p -> assertThat(p.percent()).isNull()));
    }

    @Test
    void theCountyExtractsOfADateIncludeTheTrend() {
        // when
        List<ArchivedDocument> documents = daily.render(repository.find(AUGUST_16).orElseThrow(), lankao);
        // then
        assertThat(documents).filteredOn(d -> d.kind().equals(CountyTrendReport.KIND)).singleElement()
                .satisfies(d -> assertThat(d.path()).isEqualTo(CountyTrendReport.path(AUGUST_16, lankao)));
    }
}
