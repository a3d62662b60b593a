package org.perfgrade.ledger.review;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.perfgrade.DatabaseTest;
import org.perfgrade.LedgerTables;
import org.perfgrade.ledger.ExpertRegister;
import org.perfgrade.ledger.GradeEventView;
import org.perfgrade.ledger.LedgerFixtures;
import org.perfgrade.ledger.LedgerImport;
import org.perfgrade.ledger.LedgerQueries;
import org.perfgrade.ledger.SubmissionContext;
import org.perfgrade.ledger.facts.EnterpriseFacts;
import org.perfgrade.ledger.facts.LedgerIssueType;
import org.perfgrade.ledger.facts.RowOutcome;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.perfgrade.ledger.GradingFixtures.application;
import static org.perfgrade.ledger.GradingFixtures.expert;
import static org.perfgrade.ledger.LedgerFixtures.LANKAO;
import static org.perfgrade.ledger.LedgerFixtures.TONGXU;
import static org.perfgrade.ledger.LedgerFixtures.creditCode;
import static org.perfgrade.ledger.LedgerFixtures.ledgerRow;
import static org.perfgrade.ledger.LedgerFixtures.name;

/** The review flow: expert opinion before a county pass, barred experts, provincial certification as a REVIEW event. */
@DatabaseTest
class ReviewFlowTests {

    private static final LocalDate JUNE = LocalDate.of(2021, 6, 1);
    private static final LocalDate OPINION = LocalDate.of(2021, 8, 3);
    private static final LocalDate CERTIFIED = LocalDate.of(2021, 9, 10);

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LedgerImport ledger;

    @Autowired
    LedgerQueries queries;

    @Autowired
    ExpertRegister register;

    LedgerFixtures fixtures;

    String foundry = creditCode();
    EnterpriseFacts foundryFacts = EnterpriseFacts.identity(foundry, name("通许县恒达铸造有限公司"), TONGXU);
    String wang = name("王专家");
    String li = name("李专家");

    @BeforeEach
    void setUp() {
        LedgerTables.clear(jdbc);
        fixtures = new LedgerFixtures(jdbc);
        ledger.applyLedgerRows(fixtures.ledger(TONGXU, JUNE), List.of(
                ledgerRow(4, foundry, foundryFacts.name(), TONGXU, "铸造", "黑色金属铸造", "C"),
                ledgerRow(5, foundry, foundryFacts.name(), TONGXU, "机械加工", null, "C")));
        ledger.applyExpertRows(fixtures.submission(TONGXU, "EXPERT", LocalDate.of(2021, 6, 30)), List.of(
                expert(3, wang, "河南省环境科学研究院", TONGXU), expert(4, li, null, TONGXU)));
        ledger.applyExpertRows(fixtures.submission(LANKAO, "EXPERT", LocalDate.of(2021, 6, 30)), List.of(
                expert(3, wang, "河南省环境科学研究院", LANKAO)));
    }

    @Test
    void anApplicationPassedAsAbClassWithoutASignedExpertOpinionIsRefused() {
        // given
        SubmissionContext ctx = fixtures.submission(TONGXU, "APPLICATION", OPINION);
        // when
        List<RowOutcome> outcomes = ledger.applyApplicationRows(ctx, List.of(
                application(4, foundryFacts, "铸造", "黑色金属铸造", "A", 2, "A", null, null, null, null, null),
                application(5, foundryFacts, "机械加工", null, "B", 4, "B", wang + "、" + li, null, null, null, null)));
        List<RowOutcome> notPassed = ledger.applyApplicationRows(ctx, List.of(
                application(6, foundryFacts, "铸造", "黑色金属铸造", "A", 2, "不通过", null, null, null, null, null)));
        // then
        assertThat(outcomes).noneMatch(RowOutcome::stored);
        assertThat(outcomes.get(0).issues()).singleElement().satisfies(issue -> {
            assertThat(issue.type()).isEqualTo(LedgerIssueType.EXPERT_OPINION_MISSING);
            assertThat(issue.message()).contains("未填评审专家")
                    .contains("申报A级的申请须有经专家签字的意见（评审专家、专家意见日期）后，县区方可通过").endsWith("本行未登记");
        });
        assertThat(outcomes.get(1).issues().get(0).message()).contains("未填专家意见日期");
        assertThat(notPassed).allMatch(RowOutcome::stored);
        assertThat(fixtures.count("SELECT COUNT(*) FROM grade_application WHERE county_result <> '不通过'")).isZero();
    }

    @Test
    void anOpinionSignedByABarredExpertIsRefusedUntilTheBarEnds() {
        // given 王专家 criticised city-wide on 20 July 2021
        List<ExpertRegister.Entry> barred = register.bar(wang, null, LocalDate.of(2021, 7, 20), "汴环攻坚办〔2021〕95号");
        long line = queries.line(foundry, "铸造", "黑色金属铸造").orElseThrow().id();
        // when an opinion inside the bar, one before it, and one after it ends
        List<RowOutcome> inside = apply(OPINION, "B", "（河南省环境科学研究院）");
        List<RowOutcome> before = apply(LocalDate.of(2021, 7, 19), "B", "");
        LocalDate storedBefore = opinionDate(line);
        List<RowOutcome> after = apply(LocalDate.of(2024, 7, 21), "B", "");
        // then
        assertThat(barred).hasSize(2).allSatisfy(e -> {
            assertThat(e.barredFrom()).isEqualTo(LocalDate.of(2021, 7, 20));
            assertThat(e.barredUntil()).isEqualTo(LocalDate.of(2024, 7, 20));
            assertThat(e.barNotice()).isEqualTo("汴环攻坚办〔2021〕95号");
        });
        assertThat(barred).extracting(ExpertRegister.Entry::county).containsExactly("通许县", "兰考县");
        assertThat(inside).singleElement().satisfies(o -> {
            assertThat(o.stored()).isFalse();
            assertThat(o.issues()).singleElement().satisfies(issue -> {
                assertThat(issue.type()).isEqualTo(LedgerIssueType.EXPERT_BARRED);
                assertThat(issue.message()).isEqualTo("专家“" + wang + "（河南省环境科学研究院）”于 2021-07-20 经汴环攻坚办"
                        + "〔2021〕95号全市通报批评，2024-07-20 前不得参与评审，其签字的专家意见（2021-08-03）不予采用，本行未登记");
            });
        });
        assertThat(before).allMatch(RowOutcome::stored);
        assertThat(storedBefore).isEqualTo(LocalDate.of(2021, 7, 19));
        assertThat(after).allMatch(RowOutcome::stored).allMatch(o -> o.issues().isEmpty());
    }

    @Test
    void aBarIsCityWideExtendedNeverShortenedAndLimitedToTheOrganisationGiven() {
        // given
        register.bar(wang, "河南省环境科学研究院", LocalDate.of(2021, 7, 20), "汴环攻坚办〔2021〕95号");
        // when barred again later with another notice, then again on an earlier date; 李专家 of another organisation
        register.bar(wang, null, LocalDate.of(2021, 10, 8), "汴环攻坚办〔2021〕120号");
        List<ExpertRegister.Entry> again = register.bar(wang, null, LocalDate.of(2021, 8, 1), "汴环攻坚办〔2021〕120号");
        List<ExpertRegister.Entry> nobody = register.bar(li, "河南省环境科学研究院", LocalDate.of(2021, 7, 20), "汴环攻坚办〔2021〕95号");
        // then
        assertThat(again).hasSize(2).allSatisfy(e -> {
            assertThat(e.barredFrom()).isEqualTo(LocalDate.of(2021, 7, 20));
            assertThat(e.barredUntil()).isEqualTo(LocalDate.of(2024, 10, 8));
            assertThat(e.barredOn(LocalDate.of(2021, 7, 19))).isFalse();
            assertThat(e.barredOn(LocalDate.of(2024, 10, 8))).isTrue();
        });
        assertThat(nobody).isEmpty();
        assertThat(register.entries()).filteredOn(e -> e.name().equals(li)).singleElement()
                .satisfies(e -> assertThat(e.barredUntil()).isNull());
    }

    @Test
    void onlyTheProvincialCertificationChangesTheGradeOnceAndFromItsDate() {
        // given the county and the city passed B
        SubmissionContext first = fixtures.submission(TONGXU, "APPLICATION", OPINION);
        ledger.applyApplicationRows(first, List.of(application(4, foundryFacts, "铸造", "黑色金属铸造", "B", 2, "B",
                wang + "、" + li, OPINION, "B", null, null)));
        long line = queries.line(foundry, "铸造", "黑色金属铸造").orElseThrow().id();
        List<GradeEventView> beforeProvince = queries.history(line);
        // when the province certified B on 10 September, applied twice, then listed again in a later list
        SubmissionContext second = fixtures.submission(TONGXU, "APPLICATION", CERTIFIED.plusDays(2));
        var certified = List.of(application(4, foundryFacts, "铸造", "黑色金属铸造", "B", 2, "B", wang + "、" + li,
                OPINION, "B", "B", CERTIFIED));
        ledger.applyApplicationRows(second, certified);
        ledger.applyApplicationRows(second, certified);
        ledger.applyApplicationRows(fixtures.submission(TONGXU, "APPLICATION", CERTIFIED.plusDays(9)), certified);
        // then
        assertThat(beforeProvince).extracting(GradeEventView::reason).containsExactly("COUNTY_LEDGER");
        assertThat(queries.history(line)).extracting(GradeEventView::reason, GradeEventView::oldGrade,
                GradeEventView::newGrade, GradeEventView::effectiveOn).containsExactly(
                tuple("COUNTY_LEDGER", null, "C", JUNE),
                tuple("REVIEW", "C", "B", CERTIFIED));
        assertThat(queries.history(line).get(1).source()).startsWith("省级核定第2批：通许县APPLICATION.xlsx");
        assertThat(queries.history(line).get(1).note()).isEqualTo("申报B级；县级审核B，专家" + wang + "、" + li
                + "（2021-08-03）；市级会审B；省级核定B（2021-09-10）");
        assertThat(queries.line(foundry, "铸造", "黑色金属铸造").orElseThrow().grade()).isEqualTo("B");
        assertThat(queries.gradeAsOf(line, CERTIFIED.minusDays(1))).isEqualTo("C");
        assertThat(queries.gradeAsOf(line, CERTIFIED)).isEqualTo("B");
    }

    @Test
    void anExpertMissingFromTheCountysRegisterIsPointedOutAndTheApplicationKept() {
        // given
        String stranger = name("赵专家");
        SubmissionContext ctx = fixtures.submission(TONGXU, "APPLICATION", OPINION);
        // when
        List<RowOutcome> outcomes = ledger.applyApplicationRows(ctx, List.of(application(4, foundryFacts, "铸造",
                "黑色金属铸造", "B", 2, "B", wang + "、" + stranger, OPINION, null, null, null)));
        // then
        assertThat(outcomes).singleElement().satisfies(o -> {
            assertThat(o.stored()).isTrue();
            assertThat(o.issues()).singleElement().satisfies(issue -> {
                assertThat(issue.type()).isEqualTo(LedgerIssueType.EXPERT_NOT_REGISTERED);
                assertThat(issue.message()).isEqualTo("评审专家“" + stranger + "”不在本县区报送的专家（第三方）名单中，"
                        + "申请已登记，请补报专家名单（7月1日前报市生态环境局）");
            });
        });
    }

    private LocalDate opinionDate(long line) {
        return jdbc.sql("SELECT opinion_date FROM grade_application WHERE ledger_line_id = :id").param("id", line)
                .query((rs, n) -> rs.getObject(1, LocalDate.class)).single();
    }

    private List<RowOutcome> apply(LocalDate opinionDate, String grade, String organisation) {
        SubmissionContext ctx = fixtures.submission(TONGXU, "APPLICATION", opinionDate);
        return ledger.applyApplicationRows(ctx, List.of(application(4, foundryFacts, "铸造", "黑色金属铸造", grade, 2,
                grade, wang + organisation + "、" + li, opinionDate, null, null, null)));
    }
}
