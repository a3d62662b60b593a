package org.perfgrade.consistency;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
import org.perfgrade.consistency.TableRows.Row;
import org.perfgrade.document.DocumentArchive;
import org.perfgrade.document.xlsx.WorkbookStamp;
import org.perfgrade.ingest.SubmissionImporter;
import org.perfgrade.ledger.LedgerImport;
import org.perfgrade.notice.NoticeIssuer;
import org.perfgrade.reference.ReferenceData;
import org.perfgrade.report.BriefingReport;
import org.perfgrade.report.TargetTableReport;
import org.perfgrade.snapshot.SnapshotRunner;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 一致性检查 (issue #17): each data set of {@link DataSets} is planted in one shared database, every document of its
 * date is rendered (twice) and read back as the bureau reads it — and each must agree with the facts written by hand
 * for the data set: per county and target 达标 / 未达标 / 无企业（不考核） in the briefing, 附件1 and the JSON flag;
 * the ranks and "并列" of the notice's ranking attachment; the counties 位居前列, 排名靠后 and 未达标 name; "均达到"
 * and the D-grade goal only where true; no heading without its paragraph; the same statements on a second rendering.
 */
@DatabaseTest
@Import(ConsistencyClock.Configuration.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocumentConsistencyTests {

    private static final Pattern FIRST_NUMBER = Pattern.compile("\\d+");
    private static final Pattern D_GOAL_REACHED = Pattern.compile("(?<!未)(已实现|达到|实现)[^。；]*基本消除D级企业");
    private static final Pattern EVERY_COUNTY_MEETS = Pattern.compile("各县区[^。；]*均达到");

    @Autowired
    JdbcClient jdbc;
    @Autowired
    LedgerImport ledger;
    @Autowired
    ConsistencyClock clock;
    @Autowired
    ReferenceData reference;
    @Autowired
    SubmissionImporter importer;
    @Autowired
    WorkbookStamp stamp;
    @Autowired
    SnapshotRunner snapshots;
    @Autowired
    BriefingReport briefing;
    @Autowired
    TargetTableReport targetTable;
    @Autowired
    NoticeIssuer notices;
    @Autowired
    DocumentArchive archive;

    private final Map<String, DateDocuments> first = new LinkedHashMap<>();
    private final Map<String, DateDocuments> second = new LinkedHashMap<>();

    static Stream<DataSet> dataSets() {
        return DataSets.all().stream();
    }

    @BeforeAll
    void renderEveryDataSetTwice() {
        // given each data set planted in turn, when its date's documents are rendered twice
        DocumentsOfTheDate documents = new DocumentsOfTheDate(jdbc, ledger, clock, reference, importer, stamp,
                snapshots, briefing, targetTable, notices, archive);
        for (DataSet set : DataSets.all()) {
            documents.plant(set);
            first.put(set.name(), documents.render(set.asOf()));
            second.put(set.name(), documents.render(set.asOf()));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dataSets")
    void theJsonFlagsAreTheExpectedVerdicts(DataSet set) {
        JsonNode json = first.get(set.name()).json();
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
        PdfLayout table = first.get(set.name()).targetTable().section("重点行业绩效分级提升目标表", "全市", "注：");
        assertVerdicts(set, "附件1目标表", TableRows.of(table, ExpectedFacts.COUNTIES));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dataSets")
    void theBriefingShowsTheExpectedVerdictOfEachCountyAndTarget(DataSet set) {
        PdfLayout table = first.get(set.name()).briefing().section("各县区完成情况", "全市", "三、");
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
        DateDocuments documents = first.get(set.name());
        Map<String, PdfLayout> tables = new LinkedHashMap<>();
        tables.put("每日进展简报", documents.briefing().section("各县区完成情况", "全市", "三、"));
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
        PdfLayout ranking = first.get(set.name()).notice().section("排名表", "附件2", "附件3", "抄送");
        Map<String, Row> rows = TableRows.of(ranking, ExpectedFacts.COUNTIES);
        Optional<Float> rankColumn = TableRows.headerX(ranking, "排");
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

    @ParameterizedTest(name = "{0}")
    @MethodSource("dataSets")
    void theRankingSentenceNamesTheLeadersAndTheLaggards(DataSet set) {
        String body = first.get(set.name()).noticeBody();
        ExpectedFacts facts = set.facts();
        SoftAssertions soft = new SoftAssertions();
        if (!facts.ranks().isEmpty()) {
            soft.assertThat(Statements.clauses(body, "位居前列")).as("a sentence on 位居前列").isNotEmpty();
        }
        soft.assertThat(Statements.countiesNamedWith(body, "位居前列")).as("位居前列 names")
                .containsExactlyInAnyOrderElementsOf(facts.leaders());
        soft.assertThat(Statements.countiesNamedWith(body, "排名靠后")).as("排名靠后 names")
                .containsExactlyInAnyOrderElementsOf(facts.laggards());
        soft.assertAll();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dataSets")
    void onlyTheCountiesMissingATargetAreSaidToMissOne(DataSet set) {
        DateDocuments documents = first.get(set.name());
        Set<String> missing = set.facts().missing();
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(namedAsMissing(documents.noticeBody())).as("通报：未达标 / 未达到 names")
                .containsExactlyInAnyOrderElementsOf(missing);
        soft.assertThat(namedAsMissing(documents.briefingBody())).as("简报：未达标 / 未达到 names")
                .isSubsetOf(missing);
        soft.assertAll();
    }

    private static Set<String> namedAsMissing(String body) {
        Set<String> named = new java.util.LinkedHashSet<>();
        Stream.concat(Statements.sentences(body, "未达标").stream(), Statements.sentences(body, "未达到").stream())
                .forEach(s -> named.addAll(Statements.counties(s)));
        return named;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dataSets")
    void everyCountyIsSaidToMeetItsTargetsOnlyWhenEveryCountyDoes(DataSet set) {
        DateDocuments documents = first.get(set.name());
        boolean expected = set.facts().everyCountyMeets();
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(EVERY_COUNTY_MEETS.matcher(documents.noticeBody()).find()).as("通报：各县区…均达到")
                .isEqualTo(expected);
        if (!expected) {
            soft.assertThat(EVERY_COUNTY_MEETS.matcher(documents.briefingBody()).find()).as("简报：各县区…均达到")
                    .isFalse();
        }
        soft.assertAll();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dataSets")
    void theDGradeGoalIsSaidToBeReachedOnlyWhenThereAreEnterprisesAndNoneIsD(DataSet set) {
        DateDocuments documents = first.get(set.name());
        boolean expected = Boolean.TRUE.equals(set.facts().dGoalMet());
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(D_GOAL_REACHED.matcher(documents.noticeBody()).find()).as("通报：已实现…基本消除D级企业")
                .isEqualTo(expected);
        soft.assertThat(D_GOAL_REACHED.matcher(documents.briefingBody()).find()).as("简报：达到…基本消除D级企业")
                .isEqualTo(expected);
        soft.assertAll();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dataSets")
    void noHeadingStandsWithoutAParagraphSupportingIt(DataSet set) {
        String body = first.get(set.name()).noticeBody();
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(body.contains("部分县区进展滞后")).as("heading 部分县区进展滞后")
                .isEqualTo(!set.facts().missing().isEmpty());
        soft.assertThat(Statements.paragraphAfter(body, "部分县区进展滞后。")).as("after 部分县区进展滞后")
                .doesNotContain("均达到");
        soft.assertThat(Statements.paragraphAfter(body, "部分工作逾期未完成。")).as("after 部分工作逾期未完成")
                .doesNotContain("均按时完成");
        soft.assertThat(Statements.paragraphAfter(body, "部分企业绩效级别下调。")).as("after 部分企业绩效级别下调")
                .doesNotContain("未发生");
        soft.assertAll();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dataSets")
    void aFileReceivedLateStaysListedAsCompletedLateWithItsDays(DataSet set) {
        DateDocuments documents = first.get(set.name());
        SoftAssertions soft = new SoftAssertions();
        for (DataSets.Late late : set.late()) {
            Pattern line = Pattern.compile("逾期完成.*?" + late.county() + ".{0,80}?" + Pattern.quote(late.item())
                    + ".{0,80}?(?<!\\d)" + late.daysLate() + "(?!\\d)", Pattern.DOTALL);
            soft.assertThat(line.matcher(DateDocuments.compact(documents.briefing())).find())
                    .as("简报：逾期完成 " + late).isTrue();
            soft.assertThat(line.matcher(DateDocuments.compact(documents.notice())).find())
                    .as("通报：逾期完成 " + late).isTrue();
        }
        soft.assertAll();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dataSets")
    void renderingTheDateAgainGivesTheSameStatements(DataSet set) {
        DateDocuments once = first.get(set.name());
        DateDocuments again = second.get(set.name());
        assertThat(again.statements()).isEqualTo(once.statements());
        assertThat(again.json()).isEqualTo(once.json());
    }

    private static Boolean flag(JsonNode node) {
        return node == null || node.isNull() ? null : node.asBoolean();
    }
}
