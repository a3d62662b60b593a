package org.perfgrade.ledger.write;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.perfgrade.DatabaseTest;
import org.perfgrade.ledger.BranchPendingLine;
import org.perfgrade.ledger.GradeEventView;
import org.perfgrade.ledger.LedgerFixtures;
import org.perfgrade.ledger.LedgerImport;
import org.perfgrade.ledger.LedgerLineView;
import org.perfgrade.ledger.LedgerQueries;
import org.perfgrade.ledger.SubmissionContext;
import org.perfgrade.ledger.facts.ApplicationFacts;
import org.perfgrade.ledger.facts.EnterpriseFacts;
import org.perfgrade.ledger.facts.LedgerIssue;
import org.perfgrade.ledger.facts.LedgerIssueType;
import org.perfgrade.ledger.facts.RowFacts;
import org.perfgrade.ledger.facts.RowOutcome;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.perfgrade.ledger.LedgerFixtures.LANKAO;
import static org.perfgrade.ledger.LedgerFixtures.creditCode;
import static org.perfgrade.ledger.LedgerFixtures.ledgerRow;
import static org.perfgrade.ledger.LedgerFixtures.name;
import static org.perfgrade.ledger.LedgerFixtures.planRow;

/** 分支待补充: a line reported without its branch is one line, which a later file naming the branch completes. */
@DatabaseTest
class BranchPendingTests {

    private static final LocalDate JUNE = LocalDate.of(2021, 6, 10);
    private static final LocalDate JULY = LocalDate.of(2021, 7, 1);

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LedgerImport ledger;

    @Autowired
    LedgerQueries queries;

    LedgerFixtures fixtures;

    String foundry = creditCode();
    String foundryName = name("兰考县恒达铸造有限公司");

    @BeforeEach
    void setUp() {
        fixtures = new LedgerFixtures(jdbc);
    }

    @Test
    void anImprovementRowWithoutBranchAddsALineOnTheIndustryThatIsListedAsBranchPending() {
        // given a county that sends 附件2 first, without the branch
        SubmissionContext ctx = fixtures.improvement(LANKAO, JUNE);
        // when
        List<RowOutcome> outcomes = ledger.applyImprovementRows(ctx, List.of(
                planRow(5, foundry, foundryName, LANKAO, "铸造", null, "C", "B", null)));
        // then: one line without branch, with the plan, listed as 分支待补充 for the county
        assertThat(outcomes).singleElement().satisfies(o -> assertThat(o.stored()).isTrue());
        List<LedgerLineView> lines = queries.lines(foundry);
        assertThat(lines).singleElement().satisfies(line -> {
            assertThat(line.industry()).isEqualTo("铸造");
            assertThat(line.branch()).isNull();
            assertThat(line.grade()).isEqualTo("C");
        });
        assertThat(branchKey(lines.get(0).id())).isZero();
        assertThat(queries.plan(lines.get(0).id())).isPresent();
        assertThat(queries.branchPending(LANKAO)).filteredOn(p -> foundry.equals(p.creditCode()))
                .singleElement().satisfies(p -> {
                    assertThat(p.ledgerLineId()).isEqualTo(lines.get(0).id());
                    assertThat(p.county()).isEqualTo("兰考县");
                    assertThat(p.enterpriseName()).isEqualTo(foundryName);
                    assertThat(p.industry()).isEqualTo("铸造");
                });
        assertThat(queries.branchPending(null)).extracting(BranchPendingLine::ledgerLineId)
                .contains(lines.get(0).id());
        assertThat(queries.branchPending("410222")).extracting(BranchPendingLine::ledgerLineId)
                .doesNotContain(lines.get(0).id());
    }

    @Test
    void aLaterLedgerRowNamingTheBranchUpdatesTheSameLineKeepingHistoryAndPlan() {
        // given a line 分支待补充 added by 附件2 (grade C, a plan)
        ledger.applyImprovementRows(fixtures.improvement(LANKAO, JUNE), List.of(
                planRow(5, foundry, foundryName, LANKAO, "铸造", null, "C", "B", null)));
        long lineId = queries.lines(foundry).get(0).id();
        // when the ledger names the branch and a new grade
        List<RowOutcome> outcomes = ledger.applyLedgerRows(fixtures.ledger(LANKAO, JULY), List.of(
                ledgerRow(4, foundry, foundryName, LANKAO, "铸造", "黑色金属铸造", "B")));
        // then: still one line, the same id, now with the branch; history C → B on it; the plan still attached
        assertThat(outcomes).singleElement().satisfies(o -> assertThat(o.stored()).isTrue());
        assertThat(queries.lines(foundry)).singleElement().satisfies(line -> {
            assertThat(line.id()).isEqualTo(lineId);
            assertThat(line.branch()).isEqualTo("黑色金属铸造");
            assertThat(line.grade()).isEqualTo("B");
            assertThat(line.active()).isTrue();
        });
        assertThat(branchKey(lineId)).isEqualTo(branchId("铸造", "黑色金属铸造"));
        assertThat(queries.history(lineId)).extracting(GradeEventView::newGrade).containsExactly("C", "B");
        assertThat(queries.plan(lineId)).hasValueSatisfying(plan -> assertThat(plan.targetGrade()).isEqualTo("B"));
        assertThat(queries.branchPending(LANKAO)).extracting(BranchPendingLine::ledgerLineId).doesNotContain(lineId);
    }

    @Test
    void anImprovementRowNamingTheBranchGivesItToTheLineWithoutTouchingItsGrade() {
        // given a line 分支待补充 from the ledger
        ledger.applyLedgerRows(fixtures.ledger(LANKAO, JUNE), List.of(
                ledgerRow(4, foundry, foundryName, LANKAO, "铸造", null, "C")));
        long lineId = queries.lines(foundry).get(0).id();
        // when 附件2 names the branch
        List<RowOutcome> outcomes = ledger.applyImprovementRows(fixtures.improvement(LANKAO, JULY), List.of(
                planRow(6, foundry, foundryName, LANKAO, "铸造", "黑色金属铸造", "C", "B", null)));
        // then: the same line takes the branch, its grade and history unchanged, the plan on it
        assertThat(outcomes).singleElement().satisfies(o -> {
            assertThat(o.stored()).isTrue();
            assertThat(o.issues()).isEmpty();
        });
        assertThat(queries.lines(foundry)).singleElement().satisfies(line -> {
            assertThat(line.id()).isEqualTo(lineId);
            assertThat(line.branch()).isEqualTo("黑色金属铸造");
            assertThat(line.grade()).isEqualTo("C");
        });
        assertThat(queries.history(lineId)).extracting(GradeEventView::newGrade).containsExactly("C");
        assertThat(queries.plan(lineId)).isPresent();
    }

    @Test
    void aRowWithoutBranchAfterTheBranchIsKnownRefersToTheBranchedLine() {
        // given a line with its branch
        ledger.applyLedgerRows(fixtures.ledger(LANKAO, JUNE), List.of(
                ledgerRow(4, foundry, foundryName, LANKAO, "铸造", "黑色金属铸造", "C")));
        long lineId = queries.lines(foundry).get(0).id();
        // when a 附件2 row and a later ledger row leave the branch empty
        List<RowOutcome> plan = ledger.applyImprovementRows(fixtures.improvement(LANKAO, JUNE), List.of(
                planRow(5, foundry, foundryName, LANKAO, "铸造", null, "C", "B", null)));
        List<RowOutcome> later = ledger.applyLedgerRows(fixtures.ledger(LANKAO, JULY), List.of(
                ledgerRow(4, foundry, foundryName, LANKAO, "铸造", null, "B")));
        // then: no line without branch is added; the plan and the new grade are on the branched line
        assertThat(plan).singleElement().satisfies(o -> {
            assertThat(o.stored()).isTrue();
            assertThat(o.issues()).isEmpty();
        });
        assertThat(later).singleElement().satisfies(o -> assertThat(o.stored()).isTrue());
        assertThat(queries.lines(foundry)).singleElement().satisfies(line -> {
            assertThat(line.id()).isEqualTo(lineId);
            assertThat(line.branch()).isEqualTo("黑色金属铸造");
            assertThat(line.grade()).isEqualTo("B");
        });
        assertThat(queries.plan(lineId)).isPresent();
        assertThat(queries.history(lineId)).extracting(GradeEventView::newGrade).containsExactly("C", "B");
    }

    @Test
    void anApplicationNamingTheBranchGivesItToTheLineWithoutBranch() {
        // given a line 分支待补充
        ledger.applyLedgerRows(fixtures.ledger(LANKAO, JUNE), List.of(
                ledgerRow(4, foundry, foundryName, LANKAO, "铸造", null, "C")));
        long lineId = queries.lines(foundry).get(0).id();
        // when the county applies for B in the branch (no level has decided yet)
        List<RowOutcome> outcomes = ledger.applyApplicationRows(fixtures.submission(LANKAO, "APPLICATION", JULY),
                List.of(new RowFacts<>(3, new ApplicationFacts(EnterpriseFacts.identity(foundry, foundryName, LANKAO),
                        "铸造", "黑色金属铸造", "B", null, null, null, null, null, null, null, null))));
        // then: the application is on the same line, which has the branch now
        assertThat(outcomes).singleElement().satisfies(o -> assertThat(o.stored()).isTrue());
        assertThat(queries.lines(foundry)).singleElement().satisfies(line -> {
            assertThat(line.id()).isEqualTo(lineId);
            assertThat(line.branch()).isEqualTo("黑色金属铸造");
        });
        assertThat(jdbc.sql("SELECT ledger_line_id FROM grade_application WHERE ledger_line_id = :line")
                .param("line", lineId).query(Long.class).list()).containsExactly(lineId);
    }

    @Test
    void aProvincialGradeOnAnApplicationWithoutBranchIsCheckedAgainstTheSchemeOfTheLinesBranch() {
        // given a 水泥 粉磨站 line, graded on the 引领性 scheme (the industry's own is A–D)
        String mill = creditCode();
        String millName = name("兰考县建材粉磨有限公司");
        ledger.applyLedgerRows(fixtures.ledger(LANKAO, JUNE), List.of(
                ledgerRow(4, mill, millName, LANKAO, "水泥", "粉磨站", "非引领性")));
        long lineId = queries.lines(mill).get(0).id();
        // when the application leaves the branch empty and the province grants 引领性
        List<RowOutcome> outcomes = ledger.applyApplicationRows(fixtures.submission(LANKAO, "APPLICATION", JULY),
                List.of(new RowFacts<>(3, new ApplicationFacts(EnterpriseFacts.identity(mill, millName, LANKAO),
                        "水泥", null, "引领性", null, null, null, null, null, "引领性", JULY, null))));
        // then the grant is a REVIEW event on the line, which keeps its branch
        assertThat(outcomes).singleElement().satisfies(o -> assertThat(o.stored()).isTrue());
        assertThat(queries.history(lineId)).extracting(GradeEventView::newGrade, GradeEventView::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("非引领性", "COUNTY_LEDGER"),
                        org.assertj.core.groups.Tuple.tuple("引领性", "REVIEW"));
        assertThat(queries.lines(mill)).singleElement().satisfies(line -> {
            assertThat(line.branch()).isEqualTo("粉磨站");
            assertThat(line.grade()).isEqualTo("引领性");
        });
    }

    @Test
    void twoRowsOfOneFileNamingTheSameLineOnceWithAndOnceWithoutBranchAreADuplicate() {
        // when one ledger file lists the enterprise's 铸造 line twice, once without the branch
        List<RowOutcome> outcomes = ledger.applyLedgerRows(fixtures.ledger(LANKAO, JUNE), List.of(
                ledgerRow(4, foundry, foundryName, LANKAO, "铸造", null, "C"),
                ledgerRow(5, foundry, foundryName, LANKAO, "铸造", "黑色金属铸造", "C")));
        // then the second row is refused as the same line, and one line stays 分支待补充
        assertThat(outcomes.get(0).stored()).isTrue();
        assertThat(outcomes.get(1).stored()).isFalse();
        assertThat(outcomes.get(1).issues()).extracting(LedgerIssue::type)
                .containsExactly(LedgerIssueType.DUPLICATE_IN_SUBMISSION);
        assertThat(queries.lines(foundry)).singleElement().satisfies(line -> assertThat(line.branch()).isNull());
    }

    private long branchKey(long lineId) {
        return jdbc.sql("SELECT branch_key FROM ledger_line WHERE id = :id").param("id", lineId)
                .query(Long.class).single();
    }

    private long branchId(String industry, String branch) {
        return jdbc.sql("SELECT b.id FROM industry_branch b JOIN industry i ON i.id = b.industry_id "
                + "WHERE i.name = :industry AND b.name = :branch").param("industry", industry)
                .param("branch", branch).query(Long.class).single();
    }
}
