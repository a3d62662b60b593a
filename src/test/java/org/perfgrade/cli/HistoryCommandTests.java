package org.perfgrade.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfgrade.RunsOnEachDatabase;
import org.perfgrade.snapshot.CityLevelShares;
import org.perfgrade.snapshot.CitySnapshot;
import org.perfgrade.snapshot.CountySnapshot;
import org.perfgrade.snapshot.LevelShares;
import org.perfgrade.snapshot.Snapshot;
import org.perfgrade.snapshot.SnapshotRepository;

import org.springframework.context.ConfigurableApplicationContext;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code perfgrade history}: the stored snapshots per date — JSON with shares as strings and nulls where a level is
 * not assessed, date and county filters, Chinese text with Chinese dates and verdicts, and clear refusals.
 */
@RunsOnEachDatabase
class HistoryCommandTests {

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
    void jsonListsEveryDatesFiguresWithSharesAsStringsAndNullsWhereNotAssessed() throws Exception {
        // given: three snapshots, the first before any enterprise was counted
        Map<String, Object> properties = storeThreeSnapshots();
        // when
        CliRun run = CliRun.run(properties, "history", "--json");
        // then
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode history = JSON.readTree(run.out());
        assertThat(history.get("from").asString()).isEqualTo("2021-06-01");
        assertThat(history.get("to").asString()).isEqualTo("2021-06-15");
        assertThat(texts(history.get("dates"))).containsExactly("2021-06-01", "2021-06-08", "2021-06-15");
        JsonNode city = history.get("city");
        assertThat(city.size()).isEqualTo(6);
        assertThat(city.get(0).get("date").asString()).isEqualTo("2021-06-01");
        assertThat(city.get(0).get("goalShare").isNull()).isTrue();
        assertThat(city.get(0).get("goalMet").isNull()).isTrue();
        JsonNode cityJune8 = city.get(2);
        assertThat(cityJune8.get("level").asString()).isEqualTo("national");
        assertThat(cityJune8.get("appliedShare").isString()).isTrue();
        assertThat(cityJune8.get("appliedShare").asString()).isEqualTo("0.3000");
        assertThat(cityJune8.get("passedShare").asString()).isEqualTo("0.2000");
        assertThat(cityJune8.get("goalShare").asString()).isEqualTo("0.2000");
        assertThat(cityJune8.get("goalMet").asBoolean()).isTrue();
        assertThat(cityJune8.get("dCount").asInt()).isEqualTo(1);
        // 附件1 order: 通许县 before 兰考县, though the snapshots list 兰考县 first
        JsonNode counties = history.get("counties");
        assertThat(counties.size()).isEqualTo(2);
        assertThat(counties.get(0).get("county").asString()).isEqualTo("通许县");
        assertThat(counties.get(1).get("county").asString()).isEqualTo("兰考县");
        JsonNode lankao = counties.get(1).get("series");
        assertThat(lankao.size()).isEqualTo(6);
        JsonNode notAssessed = lankao.get(0);
        assertThat(notAssessed.get("date").asString()).isEqualTo("2021-06-01");
        assertThat(notAssessed.get("counted").asInt()).isZero();
        for (String field : List.of("appliedShare", "passedShare", "appliedMet", "passedMet", "appliedGap",
                "passedGap")) {
            assertThat(notAssessed.get(field).isNull()).as(field).isTrue();
        }
        JsonNode june15 = lankao.get(4);
        assertThat(june15.get("date").asString()).isEqualTo("2021-06-15");
        assertThat(june15.get("level").asString()).isEqualTo("national");
        assertThat(june15.get("counted").asInt()).isEqualTo(10);
        assertThat(june15.get("applied").asInt()).isEqualTo(4);
        assertThat(june15.get("passed").asInt()).isEqualTo(3);
        assertThat(june15.get("appliedShare").asString()).isEqualTo("0.4000");
        assertThat(june15.get("passedShare").asString()).isEqualTo("0.3000");
        assertThat(june15.get("appliedMet").asBoolean()).isTrue();
        assertThat(june15.get("passedMet").asBoolean()).isTrue();
        assertThat(june15.get("passedGap").asInt()).isZero();
        JsonNode provincial = lankao.get(5);
        assertThat(provincial.get("level").asString()).isEqualTo("provincial");
        assertThat(provincial.get("appliedShare").isNull()).isTrue();
        assertThat(provincial.get("passedMet").isNull()).isTrue();
    }

    @Test
    void filtersByDatesAndCountyAndPrintsChineseText() throws Exception {
        // given
        Map<String, Object> properties = storeThreeSnapshots();
        // when
        CliRun json = CliRun.run(properties, "history", "--from", "2021-06-05", "--to", "2021-06-10",
                "--county", "兰考", "--json");
        CliRun text = CliRun.run(properties, "history", "--to", "2021-06-08", "--county", "410225");
        CliRun all = CliRun.run(properties, "history", "--from", "2021-06-02");
        CliRun none = CliRun.run(properties, "history", "--from", "2021-07-01");
        CliRun unknown = CliRun.run(properties, "history", "--county", "郑州市");
        // then: one date, one county, resolved through its alias; the city still there
        assertThat(json.exitCode()).as(json.err()).isZero();
        JsonNode history = JSON.readTree(json.out());
        assertThat(history.get("from").asString()).isEqualTo("2021-06-05");
        assertThat(history.get("to").asString()).isEqualTo("2021-06-10");
        assertThat(texts(history.get("dates"))).containsExactly("2021-06-08");
        assertThat(history.get("city").size()).isEqualTo(2);
        assertThat(history.get("counties").size()).isEqualTo(1);
        assertThat(history.get("counties").get(0).get("county").asString()).isEqualTo("兰考县");
        assertThat(history.get("counties").get(0).get("series").get(0).get("passedGap").asInt()).isEqualTo(1);
        // the text: Chinese dates, verdict words, no ISO dates, only 兰考县
        assertThat(text.exitCode()).as(text.err()).isZero();
        assertThat(text.out()).contains("兰考县", "2021年6月1日", "2021年6月8日", "30.00%", "20.00%",
                "申报达标，通过未达标（差1家）", "无企业（不考核）");
        assertThat(text.out()).doesNotContain("通许县", "2021年6月15日", "2021-06", "全市（");
        List<String> lankaoJune8 = text.out().lines()
                .filter(l -> l.startsWith("2021年6月8日") && l.contains("国家级")).toList();
        assertThat(lankaoJune8).hasSize(1);
        assertThat(lankaoJune8.get(0).split("\\s+")).contains("10", "3", "2");
        assertThat(all.exitCode()).as(all.err()).isZero();
        assertThat(all.out()).contains("通许县", "兰考县", "全市（", "2021年6月15日", "申报达标，通过达标")
                .doesNotContain("2021年6月1日");
        // no snapshot in the range: a sentence, exit 0; an unknown county: a usage error
        assertThat(none.exitCode()).as(none.err()).isZero();
        assertThat(none.out()).contains("2021年7月1日及以后没有进展快照");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.err()).contains("“郑州市”不是本市的县区", "兰考县");
    }

    private Map<String, Object> storeThreeSnapshots() {
        cli = CliWorkspace.in(workspace);
        Map<String, Object> properties = cli.properties();
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        try (ConfigurableApplicationContext context = new CliEnvironment(quiet, quiet, Map.of(), properties)
                .start(null)) {
            SnapshotRepository snapshots = context.getBean(SnapshotRepository.class);
            snapshots.store(snapshot(LocalDate.of(2021, 6, 1), 0, 0, 0, null, null, null, null));
            snapshots.store(snapshot(LocalDate.of(2021, 6, 8), 10, 3, 2, "0.3000", "0.2000", 0, 1));
            snapshots.store(snapshot(LocalDate.of(2021, 6, 15), 10, 4, 3, "0.4000", "0.3000", 0, 0));
        }
        return properties;
    }

    /** 兰考县 with the national figures given (met when the gap is 0) and no provincial enterprise; 通许县 empty. */
    private static Snapshot snapshot(LocalDate asOf, int counted, int applied, int passed, String appliedShare,
                                     String passedShare, Integer appliedGap, Integer passedGap) {
        BigDecimal target = new BigDecimal("0.2500");
        LevelShares national = new LevelShares("national", counted, applied, decimal(appliedShare), passed,
                decimal(passedShare), target, target, appliedGap == null ? null : appliedGap == 0,
                passedGap == null ? null : passedGap == 0, appliedGap, passedGap, counted == 0 ? 0 : 1);
        LevelShares provincial = new LevelShares("provincial", 0, 0, null, 0, null, target, target, null, null, null,
                null, 0);
        List<CountySnapshot> counties = new ArrayList<>();
        counties.add(new CountySnapshot("兰考县", List.of(national, provincial)));
        counties.add(new CountySnapshot("通许县", List.of(
                new LevelShares("national", 0, 0, null, 0, null, target, target, null, null, null, null, 0),
                new LevelShares("provincial", 0, 0, null, 0, null, target, target, null, null, null, null, 0))));
        CityLevelShares cityNational = new CityLevelShares("national", counted, applied, decimal(appliedShare), passed,
                decimal(passedShare), null, null, null, null, null, null, counted == 0 ? 0 : 1,
                new BigDecimal("0.2000"), decimal(passedShare), counted == 0 ? null : Boolean.TRUE, 0);
        CityLevelShares cityProvincial = new CityLevelShares("provincial", 0, 0, null, 0, null, null, null, null, null,
                null, null, 0, new BigDecimal("0.2500"), null, null, null);
        return new Snapshot(asOf, List.of("统计口径"), counties,
                new CitySnapshot(List.of(cityNational, cityProvincial), counted == 0 ? 0 : 1, 0, counted == 0),
                List.of(), List.of(), List.of());
    }

    private static BigDecimal decimal(String value) {
        return value == null ? null : new BigDecimal(value);
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.asString()));
        return texts;
    }
}
