package org.perfgrade.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfgrade.RunsOnEachDatabase;
import org.perfgrade.reference.County;
import org.perfgrade.reference.ReferenceData;
import org.perfgrade.report.trend.TrendFigure;
import org.perfgrade.report.trend.TrendPage;
import org.perfgrade.report.trend.TrendSnapshots;
import org.perfgrade.snapshot.SnapshotRepository;

import org.springframework.context.ConfigurableApplicationContext;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Charts = history: the history the trend charts are drawn from (图2 of the briefing and the console, a county's
 * trend) is what {@code perfgrade history --json} prints for the same dates, and the lines are its shares.
 */
@RunsOnEachDatabase
class HistoryChartSeriesTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path workspace;

    private CliWorkspace cli;

    @AfterEach
    void drop() {
        if (cli != null) {
            cli.close();
        }
    }

    @Test
    void theChartsDrawTheSeriesHistoryJsonPrints() {
        // given: four stored Mondays, and what the charts of the last one were drawn from
        cli = CliWorkspace.in(workspace);
        Map<String, Object> properties = cli.properties();
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        String cityChart;
        String countyChart;
        List<TrendFigure.Line> cityLines = new ArrayList<>();
        try (ConfigurableApplicationContext context = new CliEnvironment(quiet, quiet, Map.of(), properties)
                .start(null)) {
            SnapshotRepository snapshots = context.getBean(SnapshotRepository.class);
            TrendSnapshots.all().forEach(snapshots::store);
            TrendPage trend = context.getBean(TrendPage.class);
            County lankao = context.getBean(ReferenceData.class).county("兰考县").orElseThrow();
            TrendPage.Trend city = trend.city(snapshots.find(TrendSnapshots.AUGUST_16).orElseThrow());
            cityChart = JSON.writeValueAsString(city.history());
            city.figure().panels().forEach(p -> cityLines.addAll(p.lines()));
            countyChart = JSON.writeValueAsString(
                    trend.county(snapshots.find(TrendSnapshots.AUGUST_16).orElseThrow(), lankao).history());
        }
        // when
        CliRun all = CliRun.run(properties, "history", "--to", "2021-08-16", "--json");
        CliRun county = CliRun.run(properties, "history", "--to", "2021-08-16", "--county", "兰考县", "--json");
        // then
        assertThat(all.exitCode()).as(all.err()).isZero();
        JsonNode printed = JSON.readTree(all.out());
        assertThat(JSON.readTree(cityChart)).isEqualTo(printed);
        assertThat(JSON.readTree(countyChart)).isEqualTo(JSON.readTree(county.out()));
        // each city line: the printed goalShare of its level per date, in percent, null where the JSON has null
        String[] levels = { "national", "provincial" };
        for (int l = 0; l < levels.length; l++) {
            List<BigDecimal> expected = new ArrayList<>();
            for (JsonNode point : printed.get("city")) {
                if (point.get("level").asString().equals(levels[l])) {
                    JsonNode share = point.get("goalShare");
                    expected.add(share.isNull() ? null : new BigDecimal(share.asString()).movePointRight(2));
                }
            }
            assertThat(cityLines.get(l).points()).extracting(TrendFigure.Point::percent)
                    .containsExactlyElementsOf(expected);
        }
        assertThat(printed.get("dates")).hasSize(4);
    }
}
