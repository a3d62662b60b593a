package org.perfgrade.consistency;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
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
import org.perfgrade.reference.Deadline;
import org.perfgrade.reference.ReferenceData;
import org.perfgrade.report.late.LateTexts;
import org.perfgrade.snapshot.SnapshotClock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 一致性检查·语句 (issue #17): for each data set of {@link DataSets}, the sentences of its date's notice and briefing
 * say only what the facts written by hand support — the counties 位居前列, 排名靠后 and 未达标 name; "均达到" and the
 * D-grade goal only where true; no heading without its paragraph; late files listed as 逾期完成 with their days; and a
 * second rendering of the date states the same.
 */
@DatabaseTest
@Import(SnapshotClock.Configuration.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatementConsistencyTests {

    private static final Pattern D_GOAL_REACHED = Pattern.compile("(?<!未)(已实现|达到|实现)[^。；]*基本消除D级企业");
    private static final Pattern RANKING_REFERENCE = Pattern.compile("附件\\d+《[^》]*排名表》");
    private static final Pattern EVERY_COUNTY_MEETS = Pattern.compile("各县区[^。；]*均达到");

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
    void theRankingSentenceNamesTheLeadersAndTheLaggards(DataSet set) {
        String body = documents(set).noticeBody();
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
        DateDocuments documents = documents(set);
        Set<String> missing = set.facts().missing();
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(namedAsMissing(documents.noticeBody())).as("通报：未达标 / 未达到 names")
                .containsExactlyInAnyOrderElementsOf(missing);
        soft.assertThat(namedAsMissing(documents.briefingBody())).as("简报：未达标 / 未达到 names")
                .isSubsetOf(missing);
        soft.assertAll();
    }

    private static Set<String> namedAsMissing(String body) {
        Set<String> named = new LinkedHashSet<>();
        Stream.concat(Statements.sentences(body, "未达标").stream(), Statements.sentences(body, "未达到").stream())
                .forEach(s -> named.addAll(Statements.counties(s)));
        return named;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dataSets")
    void everyCountyIsSaidToMeetItsTargetsOnlyWhenEveryCountyDoes(DataSet set) {
        DateDocuments documents = documents(set);
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
        DateDocuments documents = documents(set);
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
        String body = documents(set).noticeBody();
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
    void theRankingAttachmentIsReferredToByItsTitle(DataSet set) {
        String body = documents(set).noticeBody();
        // then: "见附件1《各县区进展情况排名表》", never a bare 附件1 that could be the plan's own
        assertThat(RANKING_REFERENCE.matcher(body).find()).as("通报正文以标题引用排名表").isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dataSets")
    void aFileReceivedLateStaysListedAsCompletedLateWithItsDays(DataSet set) {
        DateDocuments documents = documents(set);
        SoftAssertions soft = new SoftAssertions();
        ReferenceData reference = context.getBean(ReferenceData.class);
        for (DataSets.Late late : set.late()) {
            // 逾期完成, then the county's line: the item and the days late (a number that is no part of a date); the
            // briefing's summary names the item by its short name (提升企业清单, 第一批 …)
            Deadline deadline = reference.calendar().deadlines().stream().filter(d -> d.name().equals(late.item()))
                    .findFirst().orElse(null);
            Pattern inBriefing = lateLine(late, LateTexts.label(late.item(), deadline));
            soft.assertThat(inBriefing.matcher(documents.briefing().spacedText()).find())
                    .as("简报：逾期完成 " + late).isTrue();
            soft.assertThat(lateLine(late, late.item()).matcher(documents.notice().spacedText()).find())
                    .as("通报：逾期完成 " + late).isTrue();
        }
        soft.assertAll();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dataSets")
    void renderingTheDateAgainGivesTheSameStatements(DataSet set) {
        DateDocuments once = rendered.get(set.name()).first();
        DateDocuments again = rendered.get(set.name()).second();
        assertThat(again.statements()).isEqualTo(once.statements());
        assertThat(again.json()).isEqualTo(once.json());
    }


    private static Pattern lateLine(DataSets.Late late, String item) {
        return Pattern.compile(Statements.loose("逾期完成") + ".*?" + Statements.loose(late.county()) + ".{0,80}?"
                + Statements.loose(item) + ".{0,120}?" + Statements.days(late.daysLate()), Pattern.DOTALL);
    }
}
