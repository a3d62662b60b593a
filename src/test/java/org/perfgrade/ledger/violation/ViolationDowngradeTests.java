package org.perfgrade.ledger.violation;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.perfgrade.DatabaseTest;
import org.perfgrade.LedgerTables;
import org.perfgrade.ledger.GradeEventView;
import org.perfgrade.ledger.LedgerFixtures;
import org.perfgrade.ledger.LedgerImport;
import org.perfgrade.ledger.LedgerQueries;
import org.perfgrade.ledger.SubmissionContext;
import org.perfgrade.ledger.facts.EnterpriseFacts;
import org.perfgrade.ledger.facts.LedgerIssueType;
import org.perfgrade.ledger.facts.RowOutcome;
import org.perfgrade.ledger.facts.ViolationType;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.perfgrade.ledger.GradingFixtures.application;
import static org.perfgrade.ledger.GradingFixtures.expert;
import static org.perfgrade.ledger.GradingFixtures.line;
import static org.perfgrade.ledger.GradingFixtures.violation;
import static org.perfgrade.ledger.LedgerFixtures.LANKAO;
import static org.perfgrade.ledger.LedgerFixtures.creditCode;
import static org.perfgrade.ledger.LedgerFixtures.name;

/**
 * 违法降级: every graded line drops by the downgrade table (A、B、B- → C, 引领性 → 非引领性, C → D) from the day found,
 * a D line stays D, the enterprise is credit-listed with each line's grade before and after, only a review restores.
 */
@DatabaseTest
class ViolationDowngradeTests {

    private static final LocalDate JUNE = LocalDate.of(2021, 6, 1);
    private static final LocalDate FOUND = LocalDate.of(2021, 9, 3);

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LedgerImport ledger;

    @Autowired
    LedgerQueries queries;

    @Autowired
    CreditListings credit;

    @Autowired
    DowngradeMapping mapping;

    LedgerFixtures fixtures;

    EnterpriseFacts works = EnterpriseFacts.identity(creditCode(), name("兰考县恒达建材有限公司"), LANKAO);

    @BeforeEach
    void setUp() {
        LedgerTables.clear(jdbc);
        fixtures = new LedgerFixtures(jdbc);
        ledger.applyLedgerRows(fixtures.ledger(LANKAO, JUNE), List.of(
                line(4, works, "铸造", "黑色金属铸造", "A"), line(5, works, "机械加工", null, "B"),
                line(6, works, "水泥", "粉磨站", "引领性"), line(7, works, "玻璃", null, "C")));
    }

    @Test
    void aViolationDowngradesEveryGradedLineFromTheDayFoundOnceAndListsTheEnterprise() {
        // given
        SubmissionContext ctx = fixtures.submission(LANKAO, "VIOLATION", FOUND.plusDays(7));
        var chunk = List.of(violation(3, works, ViolationType.EXCESS_EMISSION, FOUND, "兰环罚〔2021〕12号"));
        // when applied, applied again (restart), and reported again in a later list
        List<RowOutcome> outcomes = ledger.applyViolationRows(ctx, chunk);
        ledger.applyViolationRows(ctx, chunk);
        ledger.applyViolationRows(fixtures.submission(LANKAO, "VIOLATION", FOUND.plusDays(30)), chunk);
        // then
        assertThat(outcomes).allMatch(RowOutcome::stored);
        long casting = lineId("铸造", "黑色金属铸造");
        assertThat(queries.history(casting)).extracting(GradeEventView::reason, GradeEventView::oldGrade,
                GradeEventView::newGrade, GradeEventView::effectiveOn).containsExactly(
                tuple("COUNTY_LEDGER", null, "A", JUNE), tuple("VIOLATION", "A", "C", FOUND));
        assertThat(queries.history(casting).get(1).source()).startsWith("环境违法问题：超标排放（兰环罚〔2021〕12号）；兰考县");
        assertThat(queries.history(casting).get(1).note())
                .isEqualTo("超标排放（2021-09-03 发现）：由A级降为C级，纳入信用信息共享平台；须重新评审后方可恢复");
        assertThat(queries.gradeAsOf(casting, FOUND.minusDays(1))).isEqualTo("A");
        assertThat(queries.gradeAsOf(casting, FOUND)).isEqualTo("C");
        assertThat(grades()).containsExactly("C", "C", "非引领性", "D");
        assertThat(queries.history(lineId("玻璃", null))).extracting(GradeEventView::reason, GradeEventView::oldGrade,
                GradeEventView::newGrade, GradeEventView::effectiveOn).containsExactly(
                tuple("COUNTY_LEDGER", null, "C", JUNE), tuple("VIOLATION", "C", "D", FOUND));
        assertThat(fixtures.count("SELECT COUNT(*) FROM grade_event WHERE reason = 'VIOLATION'")).isEqualTo(4);
        assertThat(jdbc.sql("SELECT credit_listed FROM violation").query(Boolean.class).single()).isTrue();
    }

    @Test
    void aViolationOfAnotherKindNeitherDowngradesNorIsCreditListed() {
        // when
        ledger.applyViolationRows(fixtures.submission(LANKAO, "VIOLATION", FOUND.plusDays(7)),
                List.of(violation(3, works, ViolationType.OTHER, FOUND, null)));
        // then
        assertThat(grades()).containsExactly("A", "B", "引领性", "C");
        assertThat(jdbc.sql("SELECT credit_listed FROM violation").query(Boolean.class).single()).isFalse();
    }

    @Test
    void aLaterLedgerCannotRaiseTheDowngradedGradeButAProvincialReviewRestoresIt() {
        // given the violation
        ledger.applyViolationRows(fixtures.submission(LANKAO, "VIOLATION", FOUND.plusDays(7)),
                List.of(violation(3, works, ViolationType.ILLEGAL_DISCHARGE, FOUND, "兰环罚〔2021〕13号")));
        long casting = lineId("铸造", "黑色金属铸造");
        long machining = lineId("机械加工", null);
        // when a later ledger reports A for casting (and D for machining, lower than held)
        List<RowOutcome> later = ledger.applyLedgerRows(fixtures.ledger(LANKAO, LocalDate.of(2021, 9, 20)), List.of(
                line(4, works, "铸造", "黑色金属铸造", "A"), line(5, works, "机械加工", null, "D"),
                line(6, works, "水泥", "粉磨站", "非引领性"), line(7, works, "玻璃", null, "C")));
        // then casting is held at C with the warning, glass held at D (its C not taken), machining goes to D
        assertThat(later).allMatch(RowOutcome::stored);
        assertThat(later.get(0).issues()).singleElement().satisfies(issue -> {
            assertThat(issue.type()).isEqualTo(LedgerIssueType.GRADE_HELD_AFTER_VIOLATION);
            assertThat(issue.message()).startsWith("该企业因环境违法问题（2021-09-03）已由A级降为C级，须重新评审后方可恢复；"
                    + "本行报送的A级未予采用，级别仍为C级");
        });
        assertThat(later.subList(1, 3)).allMatch(o -> o.issues().isEmpty());
        assertThat(later.get(3).issues()).singleElement().satisfies(issue -> assertThat(issue.message())
                .startsWith("该企业因环境违法问题（2021-09-03）已由C级降为D级"));
        assertThat(queries.history(casting)).hasSize(2);
        assertThat(queries.history(machining)).extracting(GradeEventView::newGrade).containsExactly("B", "C", "D");
        assertThat(grades()).containsExactly("C", "D", "非引领性", "D");

        // when the province certifies A on 15 October after a new review
        ledger.applyExpertRows(fixtures.submission(LANKAO, "EXPERT", LocalDate.of(2021, 6, 30)),
                List.of(expert(3, "孙专家", null, LANKAO)));
        LocalDate certified = LocalDate.of(2021, 10, 15);
        ledger.applyApplicationRows(fixtures.submission(LANKAO, "APPLICATION", certified), List.of(application(4,
                works, "铸造", "黑色金属铸造", "A", 2, "A", "孙专家", LocalDate.of(2021, 9, 28), "A", "A", certified)));
        // then A is restored from that day, and a ledger reporting A again is no change
        List<RowOutcome> afterReview = ledger.applyLedgerRows(fixtures.ledger(LANKAO, LocalDate.of(2021, 10, 20)),
                List.of(line(4, works, "铸造", "黑色金属铸造", "A")));
        assertThat(queries.history(casting)).extracting(GradeEventView::reason, GradeEventView::newGrade)
                .containsExactly(tuple("COUNTY_LEDGER", "A"), tuple("VIOLATION", "C"), tuple("REVIEW", "A"));
        assertThat(queries.gradeAsOf(casting, certified.minusDays(1))).isEqualTo("C");
        assertThat(queries.gradeAsOf(casting, certified)).isEqualTo("A");
        assertThat(afterReview).singleElement().satisfies(o -> assertThat(o.issues()).isEmpty());
        assertThat(queries.line(works.creditCode(), "铸造", "黑色金属铸造").orElseThrow().grade()).isEqualTo("A");
    }

    @Test
    void aViolationReportedAfterANewerLedgerStillHoldsTheGradeFromThatLedgersDate() {
        // given a ledger of 10 September raised machining from B to A
        ledger.applyLedgerRows(fixtures.ledger(LANKAO, LocalDate.of(2021, 9, 10)),
                List.of(line(5, works, "机械加工", null, "A")));
        long machining = lineId("机械加工", null);
        // when a violation found on 3 September is reported on 15 September
        ledger.applyViolationRows(fixtures.submission(LANKAO, "VIOLATION", LocalDate.of(2021, 9, 15)),
                List.of(violation(3, works, ViolationType.FACILITY_NOT_RUNNING, FOUND, null)));
        // then
        assertThat(queries.history(machining)).extracting(GradeEventView::reason, GradeEventView::oldGrade,
                GradeEventView::newGrade, GradeEventView::effectiveOn).containsExactly(
                tuple("COUNTY_LEDGER", null, "B", JUNE), tuple("VIOLATION", "B", "C", FOUND),
                tuple("COUNTY_LEDGER", "B", "A", LocalDate.of(2021, 9, 10)),
                tuple("VIOLATION", "A", "C", LocalDate.of(2021, 9, 10)));
        assertThat(queries.gradeAsOf(machining, LocalDate.of(2021, 9, 5))).isEqualTo("C");
        assertThat(queries.gradeAsOf(machining, LocalDate.of(2021, 9, 10))).isEqualTo("C");
        assertThat(queries.line(works.creditCode(), "机械加工", null).orElseThrow().grade()).isEqualTo("C");
    }

    @Test
    void everyRowOfTheTableIsAppliedAndADGradeViolatorStaysDAndIsListed() {
        // given an enterprise with a line at every grade of the table, one at D and one never graded
        EnterpriseFacts all = EnterpriseFacts.identity(creditCode(), name("兰考县全级别实业有限公司"), LANKAO);
        EnterpriseFacts lowest = EnterpriseFacts.identity(creditCode(), name("兰考县低级别石灰有限公司"), LANKAO);
        ledger.applyLedgerRows(fixtures.ledger(LANKAO, JUNE), List.of(
                line(4, all, "铸造", "黑色金属铸造", "A"), line(5, all, "机械加工", null, "B"),
                line(6, all, "长流程联合钢铁", null, "B-"), line(7, all, "水泥", "粉磨站", "引领性"),
                line(8, all, "玻璃", null, "C"), line(9, all, "石灰窑", null, "D"), line(10, all, "制药", null, null),
                line(11, lowest, "石灰窑", null, "D")));
        // when both are found violating
        ledger.applyViolationRows(fixtures.submission(LANKAO, "VIOLATION", FOUND.plusDays(7)), List.of(
                violation(3, all, ViolationType.EXCESS_EMISSION, FOUND, "兰环罚〔2021〕20号"),
                violation(4, lowest, ViolationType.FACILITY_NOT_RUNNING, FOUND, "兰环罚〔2021〕21号")));
        // then every graded line drops as the table says, D and the ungraded line stay as they are
        assertThat(List.of(grade(all, "铸造", "黑色金属铸造"), grade(all, "机械加工", null), grade(all, "长流程联合钢铁", null),
                grade(all, "水泥", "粉磨站"), grade(all, "玻璃", null), grade(all, "石灰窑", null)))
                .containsExactly("C", "C", "C", "非引领性", "D", "D");
        assertThat(grade(all, "制药", null)).isNull();
        assertThat(grade(lowest, "石灰窑", null)).isEqualTo("D");
        for (String before : mapping.downgrades().keySet()) {
            assertThat(fixtures.count("SELECT COUNT(*) FROM grade_event WHERE reason = 'VIOLATION' AND old_grade = '"
                    + before + "' AND new_grade = '" + mapping.downgrades().get(before) + "'"))
                    .as(before + " → " + mapping.downgrades().get(before)).isEqualTo(1);
        }
        assertThat(fixtures.count("SELECT COUNT(*) FROM grade_event WHERE reason = 'VIOLATION'")).isEqualTo(5);
        // and both enterprises are on the credit-platform list, each graded line with its grade before and after
        List<CreditListing> listed = credit.asOf(FOUND, LANKAO);
        assertThat(listed).filteredOn(l -> l.enterprise().equals(all.name()))
                .extracting(CreditListing::industryLabel, CreditListing::gradeBefore, CreditListing::gradeAfter)
                .containsExactlyInAnyOrder(tuple("铸造（黑色金属铸造）", "A", "C"), tuple("机械加工", "B", "C"),
                        tuple("长流程联合钢铁", "B-", "C"), tuple("水泥（粉磨站）", "引领性", "非引领性"),
                        tuple("玻璃", "C", "D"), tuple("石灰窑", "D", "D"));
        assertThat(listed).filteredOn(l -> l.enterprise().equals(lowest.name()))
                .singleElement().satisfies(l -> {
                    assertThat(l.violationType()).isEqualTo("污染治理设施不正常运行");
                    assertThat(l.foundOn()).isEqualTo(FOUND);
                    assertThat(l.creditCode()).isEqualTo(lowest.creditCode());
                    assertThat(l.sourceDocument()).isEqualTo("兰环罚〔2021〕21号");
                    assertThat(List.of(l.gradeBefore(), l.gradeAfter())).containsExactly("D", "D");
                    assertThat(l.downgraded()).isFalse();
                });
        // and the list is as of a day: nothing found before the violation, nothing of another county
        assertThat(credit.asOf(FOUND.minusDays(1), null)).isEmpty();
        assertThat(credit.asOf(FOUND, "410221")).isEmpty();
    }

    @Test
    void aViolationOfAnotherKindIsNotOnTheCreditList() {
        // when
        ledger.applyViolationRows(fixtures.submission(LANKAO, "VIOLATION", FOUND.plusDays(7)),
                List.of(violation(3, works, ViolationType.OTHER, FOUND, null)));
        // then
        assertThat(credit.asOf(FOUND.plusDays(30), null)).isEmpty();
    }

    private String grade(EnterpriseFacts enterprise, String industry, String branch) {
        return queries.line(enterprise.creditCode(), industry, branch).orElseThrow().grade();
    }

    private long lineId(String industry, String branch) {
        return queries.line(works.creditCode(), industry, branch).orElseThrow().id();
    }

    /** Current grades of 铸造, 机械加工, 水泥（粉磨站）, 玻璃. */
    private List<String> grades() {
        return List.of(grade("铸造", "黑色金属铸造"), grade("机械加工", null), grade("水泥", "粉磨站"), grade("玻璃", null));
    }

    private String grade(String industry, String branch) {
        return queries.line(works.creditCode(), industry, branch).orElseThrow().grade();
    }
}
