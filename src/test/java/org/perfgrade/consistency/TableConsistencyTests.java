package org.perfgrade.consistency;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.perfgrade.DatabaseTest;
import org.perfgrade.consistency.DataSets.DataSet;
import org.perfgrade.consistency.RenderedDataSets.Renderings;
import org.perfgrade.consistency.TableRows.Row;
import org.perfgrade.snapshot.SnapshotClock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 一致性检查·表格 (issue #17): for each data set of {@link DataSets}, the tables of its date's documents and the JSON
 * agree with the facts written by hand — per county and target 达标 / 未达标 / 无企业（不考核） in the briefing and
 * 附件1 and the JSON flag (true / false / null); the counts beside them; the ranks and "并列" of the notice's ranking
 * attachment, set on landscape pages.
 */
@DatabaseTest
@Import(SnapshotClock.Configuration.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TableConsistencyTests {

    private static final Pattern FIRST_NUMBER = Pattern.compile("\\d+");

    @Autowired
    ApplicationContext context;

    private Map<String, Renderings> rendered;

    static Stream<DataSet> dataSets() {
        return DataSets.all().stream();
    }

    @BeforeAll
    void renderEveryDataSetTwice() {
        // given each data set planted in turn, when its date's documents are rendered (twice)
        rendered = RenderedDataSets.in(context);
    }

    private DateDocuments documents(DataSet set) {
        return rendered.get(set.name()).first();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dataSets")
    void theJsonFlagsAreTheExpectedVerdicts(DataSet set) {
        JsonNode json = documents(set).json();
        ExpectedFacts facts = set.facts();
        SoftAssertions soft = new SoftAssertions();
        for (JsonNode county : json.get("counties")) {
            String name = county.get("county").asString();
            List<Verdict> expected = facts.verdicts().get(name);
            for (JsonNode level : county.get("levels")) {
                int offset = "national".equals(level.get("level").asString()) ? 0 : 2;
                for (String metric : List.of("applied", "passed")) {
                    Verdict verdict = expected.get(offset + ("applied".equals(metric) ? 0 : 1));
                    String where = name + " " + level.get("level").asString() + " " + metric;
                    soft.assertThat(flag(level.get(metric + "Met"))).as(where + "Met").isEqualTo(verdict.jsonFlag());
                    if (verdict == Verdict.NOT_ASSESSED) {
                        soft.assertThat(level.get(metric + "Share").isNull()).as(where + "Share is null").isTrue();
                        soft.assertThat(level.get(metric + "Gap").isNull()).as(where + "Gap is null").isTrue();
                    }
                }
            }
        }
        JsonNode city = json.get("city");
        for (JsonNode level : city.get("levels")) {
            Boolean expected = "national".equals(level.get("level").asString()) ? facts.nationalGoalMet()
                    : facts.provincialGoalMet();
            soft.assertThat(flag(level.get("goalMet"))).as("city " + level.get("level").asString() + " goalMet")
                    .isEqualTo(expected);
        }
        soft.assertThat(flag(city.get("dGoalMet"))).as("city dGoalMet").isEqualTo(facts.dGoalMet());
        soft.assertAll();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dataSets")
    void theTargetTableShowsTheExpectedVerdictOfEachCountyAndTarget(DataSet set) {
        PdfLayout table = documents(set).targetTable().section("重点行业绩效分级提升目标表", "全市", "注：");
        assertVerdicts(set, "附件1目标表", TableRows.of(table, ExpectedFacts.COUNTIES));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dataSets")
    void theBriefingShowsTheExpectedVerdictOfEachCountyAndTarget(DataSet set) {
        PdfLayout table = documents(set).briefingTable();
        assertVerdicts(set, "每日进展简报", TableRows.of(table, ExpectedFacts.COUNTIES));
    }

    private static void assertVerdicts(DataSet set, String document, Map<String, Row> rows) {
        SoftAssertions soft = new SoftAssertions();
        set.facts().verdicts().forEach((county, expected) -> {
            Row row = rows.get(county);
            soft.assertThat(row).as(document + "：" + county + " 的行").isNotNull();
            if (row != null) {
                List<String> words = Statements.verdictWords(row.text());
                soft.assertThat(Statements.showsVerdicts(words, expected))
                        .as(document + "：" + county + " 应为 " + expected.stream().map(Statements::word).toList()
                                + "，实为 " + words + "（行：" + row.text() + "）")
                        .isTrue();
            }
        });
        soft.assertAll();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dataSets")
    void eachTableShowsTheCountsOfEachCountyWithEnterprises(DataSet set) {
        DateDocuments documents = documents(set);
        Map<String, PdfLayout> tables = new LinkedHashMap<>();
        tables.put("每日进展简报", documents.briefingTable());
        tables.put("附件1目标表", documents.targetTable().section("重点行业绩效分级提升目标表", "全市", "注："));
        tables.put("排名表", documents.notice().section("排名表", "附件2", "附件3", "抄送"));
        SoftAssertions soft = new SoftAssertions();
        tables.forEach((document, table) -> {
            Map<String, Row> rows = TableRows.of(table, ExpectedFacts.COUNTIES);
            set.facts().counts().forEach((county, counts) -> {
                // 企业数, 申报数, 通过数 of each level that has enterprises, national first
                List<Integer> expected = new ArrayList<>();
                if (counts.get(0) > 0) {
                    expected.addAll(counts.subList(0, 3));
                }
                if (counts.get(3) > 0) {
                    expected.addAll(counts.subList(3, 6));
                }
                String row = rows.containsKey(county) ? rows.get(county).text() : "";
                soft.assertThat(Statements.inOrder(Statements.wholeNumbers(row), expected))
                        .as(document + "：" + county + " 的行应依次含 企业数、申报数、通过数 " + expected + "（行：" + row + "）")
                        .isTrue();
            });
        });
        soft.assertAll();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dataSets")
    void theRankingAttachmentRanksTheCountiesAsExpected(DataSet set) {
        PdfLayout ranking = documents(set).notice().section("排名表", "附件2", "附件3", "抄送");
        Map<String, Row> rows = TableRows.of(ranking, ExpectedFacts.COUNTIES);
        Optional<Float> rankColumn = TableRows.headerX(ranking, "排", "名");
        assertThat(rankColumn).as("排名表 has a 排名 column").isPresent();
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(ranking.onLandscapePages()).as("排名表 set on landscape pages").isTrue();
        for (String county : ExpectedFacts.COUNTIES) {
            Row row = rows.get(county);
            String cell = row == null ? "" : row.cellAt(rankColumn.get()).map(TableRows.Cell::text).orElse("");
            Matcher number = FIRST_NUMBER.matcher(cell);
            Integer rank = number.find() ? Integer.valueOf(number.group()) : null;
            Integer expected = set.facts().ranks().get(county);
            if (expected == null) {
                soft.assertThat(rank).as(county + " has no enterprise and is not ranked (row: "
                        + (row == null ? "none" : row.text()) + ")").isNull();
                continue;
            }
            soft.assertThat(row).as(county + "'s row in 排名表").isNotNull();
            soft.assertThat(rank).as(county + "'s rank (row: " + (row == null ? "none" : row.text()) + ")")
                    .isEqualTo(expected);
            soft.assertThat(row != null && row.text().contains("并列")).as(county + " printed 并列")
                    .isEqualTo(set.facts().tied().contains(county));
        }
        // tied counties follow 附件1 order
        List<String> tiedInOrder = new ArrayList<>(set.facts().tied());
        List<Float> ys = new ArrayList<>();
        for (String county : tiedInOrder) {
            ys.add(rows.containsKey(county) ? anchorY(ranking, county) : Float.NaN);
        }
        soft.assertThat(ys).as("并列 counties in 附件1 order " + tiedInOrder).isSorted();
        soft.assertAll();
    }

    private static float anchorY(PdfLayout layout, String county) {
        for (PdfLayout.Line line : layout.lines()) {
            if (line.text().contains(county) || line.text().contains(county.substring(0, 2))) {
                return line.page() * 10_000 + line.y();
            }
        }
        return Float.NaN;
    }

    private static Boolean flag(JsonNode node) {
        return node == null || node.isNull() ? null : node.asBoolean();
    }
}
