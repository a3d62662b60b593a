package org.perfgrade.report.trend;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.perfgrade.DatabaseTest;
import org.perfgrade.document.DocumentArchive;
import org.perfgrade.report.BriefingReport;
import org.perfgrade.snapshot.Snapshot;
import org.perfgrade.snapshot.SnapshotHistories;
import org.perfgrade.snapshot.SnapshotHistory;
import org.perfgrade.snapshot.SnapshotRepository;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.perfgrade.report.trend.TrendSnapshots.AUGUST_16;

/**
 * 进展趋势 in the briefing: four stored Mondays give page 2 its 图2 and week-on-week table; the chart draws exactly
 * the figures {@code history --json} prints for the same dates.
 */
@DatabaseTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrendBriefingTests {

    @Autowired
    private SnapshotRepository repository;

    @Autowired
    private SnapshotHistories histories;

    @Autowired
    private TrendPage trendPage;

    @Autowired
    private TrendFigures figures;

    @Autowired
    private TrendChart chart;

    @Autowired
    private BriefingReport briefing;

    @Autowired
    private DocumentArchive archive;

    @Autowired
    private JdbcClient jdbc;

    private TrendPdf pdf;

    @BeforeAll
    void storeFourMondaysAndRenderTheLast() throws IOException {
        jdbc.sql("DELETE FROM snapshot_line").update();
        jdbc.sql("DELETE FROM snapshot").update();
        TrendSnapshots.all().forEach(repository::store);
        Path file = archive.outDir().resolve(briefing.render(repository.find(AUGUST_16).orElseThrow()).path());
        String keep = System.getProperty("perfgrade.trend.keep");
        if (keep != null) {
            Files.copy(file, Path.of(keep), StandardCopyOption.REPLACE_EXISTING);
        }
        pdf = TrendPdf.read(file);
    }

    @Test
    void theChartDrawsTheSeriesOfHistoryJson() {
        // given: what `perfgrade history --to 2021-08-16 --json` prints
        SnapshotHistory printed = histories.history(null, AUGUST_16, null);
        JsonMapper json = JsonMapper.builder().build();
        // when
        TrendPage.Trend trend = trendPage.city(repository.find(AUGUST_16).orElseThrow());
        // then: the history the chart was drawn from is the printed one, and each line is its goal shares in percent
        assertThat(json.writeValueAsString(trend.history())).isEqualTo(json.writeValueAsString(printed));
        assertThat(trend.history().city()).isEqualTo(printed.city());
        List<TrendFigure.Panel> panels = trend.figure().panels();
        assertThat(panels).hasSize(2);
        for (int level = 0; level < 2; level++) {
            String key = level == 0 ? "national" : "provincial";
            List<BigDecimal> expected = printed.city().stream().filter(p -> p.level().equals(key))
                    .map(p -> p.goalShare() == null ? null : p.goalShare().movePointRight(2)).toList();
            assertThat(panels.get(level).lines().get(0).points()).extracting(TrendFigure.Point::percent)
                    .containsExactlyElementsOf(expected);
            assertThat(panels.get(level).lines().get(0).points()).extracting(TrendFigure.Point::date)
                    .containsExactlyElementsOf(TrendSnapshots.DATES);
        }
        // the provincial level had no enterprise on 7/26: no point there (no line at 0)
        assertThat(panels.get(1).lines().get(0).points().get(0).percent()).isNull();
        assertThat(panels.get(0).goals()).extracting(TrendFigure.Goal::label).containsExactly("目标≥20%");
        assertThat(trend.figure().markers()).extracting(TrendFigure.DateMarker::label)
                .containsExactly("第一批", "第二批", "第三批", "第四批");
    }

    @Test
    void pageTwoIsTheTrendPageWithItsChartAndTable() {
        // then: 图1 alone on page 1; page 2 has the caption, a picture and the week-on-week table
        assertThat(pdf.pages().get(0)).contains("图1").doesNotContain("图2");
        String page = pdf.pages().get(1);
        assertThat(page).contains("图2　全市A、B级企业占比变化趋势",
                "各县区A、B级企业占比周变化（本期2021年8月16日，与2021年8月9日相比）", "A、B级企业申报占比", "本期", "一周前",
                "兰考县国家级省级25.00%20.00%↑5.00个百分点10.00%10.00%持平——————",
                "尉氏县国家级省级20.00%30.00%↓10.00个百分点20.00%30.00%↓10.00个百分点50.00%50.00%持平",
                "杞县国家级省级10.00%——0.00%——",
                "全市国家级省级30.00%30.00%持平18.00%15.00%↑3.00个百分点30.00%30.00%持平25.00%22.50%↑2.50个百分点",
                "注：一周前指统计日期前第7天及以前最近一次统计");
        assertThat(page.indexOf("兰考县")).isGreaterThan(page.indexOf("尉氏县"));
        assertThat(page.indexOf("全市国家级")).isGreaterThan(page.indexOf("兰考县"));
        assertThat(pdf.images().get(1)).hasSize(1);
        BufferedImage image = pdf.images().get(1).get(0);
        assertThat(image.getWidth()).isEqualTo(TrendPage.WIDTH * TrendPage.PRINT_SCALE);
        assertThat(TrendPdf.count(image, TrendChart.COLOURS[0].getRGB())).isGreaterThan(500);
        assertThat(pdf.all().indexOf("二、各县区完成情况")).isGreaterThan(pdf.all().indexOf("全市国家级省级30.00%"));
    }

    @Test
    void withoutHistoryTheChartSaysSoAndOneDateDrawsItsPoints() {
        // given
        SnapshotHistory none = SnapshotHistory.of(null, null, List.of(), List.of("兰考县"), null);
        SnapshotHistory one = SnapshotHistory.of(null, null, List.of(TrendSnapshots.on(AUGUST_16)), List.of("兰考县"),
                null);
        // when
        TrendFigure empty = figures.city(none, AUGUST_16);
        BufferedImage emptyImage = chart.draw(empty, TrendPage.WIDTH, TrendPage.HEIGHT, 1);
        BufferedImage oneImage = chart.draw(figures.city(one, AUGUST_16), TrendPage.WIDTH, TrendPage.HEIGHT, 2);
        // then: nothing in the series' colour without figures; one date's markers with one
        assertThat(empty.hasData()).isFalse();
        List<XYPlot> panels = ((CombinedDomainXYPlot) chart.chart(empty).getXYPlot()).getSubplots();
        assertThat(panels).hasSize(2).allSatisfy(p -> assertThat(p.getNoDataMessage()).isEqualTo(TrendChart.NO_DATA));
        assertThat(TrendPdf.count(emptyImage, TrendChart.COLOURS[0].getRGB())).isZero();
        assertThat(TrendPdf.count(oneImage, TrendChart.COLOURS[0].getRGB())).isGreaterThan(20);
    }

    @Test
    void aBriefingWithNothingStoredBeforeItShowsItsOwnDateOnly() {
        // given: a snapshot not stored, dated before every stored one
        Snapshot first = TrendSnapshots.on(TrendSnapshots.JULY_26);
        Snapshot earlier = new Snapshot(first.asOf().minusDays(30), first.rules(), first.counties(), first.city(),
                List.of(), List.of(), List.of());
        // when
        TrendPage.Trend trend = trendPage.city(earlier);
        // then
        assertThat(trend.history().dates()).containsExactly(earlier.asOf());
        assertThat(trend.week().weekAgo()).isNull();
    }
}
