package org.perfgrade.ledger.write;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.perfgrade.DatabaseTest;
import org.perfgrade.ledger.ImprovementPlanView;
import org.perfgrade.ledger.LedgerFixtures;
import org.perfgrade.ledger.LedgerImport;
import org.perfgrade.ledger.LedgerLineView;
import org.perfgrade.ledger.LedgerQueries;
import org.perfgrade.ledger.SubmissionContext;
import org.perfgrade.ledger.facts.ImprovementPlanFacts;
import org.perfgrade.ledger.facts.LedgerIssue;
import org.perfgrade.ledger.facts.LedgerIssueType;
import org.perfgrade.ledger.facts.RowFacts;
import org.perfgrade.ledger.facts.RowOutcome;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.perfgrade.ledger.LedgerFixtures.TONGXU;
import static org.perfgrade.ledger.LedgerFixtures.creditCode;
import static org.perfgrade.ledger.LedgerFixtures.ledgerRow;
import static org.perfgrade.ledger.LedgerFixtures.name;
import static org.perfgrade.ledger.LedgerFixtures.planRow;

@DatabaseTest
class ImprovementPlanWriterTests {

    private static final LocalDate JUNE = LocalDate.of(2021, 6, 10);
    private static final LocalDate JUNE_14 = LocalDate.of(2021, 6, 14);
    private static final LocalDate JULY = LocalDate.of(2021, 7, 1);

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LedgerImport ledger;

    @Autowired
    LedgerQueries queries;

    LedgerFixtures fixtures;

    String foundry = creditCode();
    String foundryName = name("通许县恒达铸造有限公司");
    String printer = creditCode();
    String printerName = name("通许县彩印包装有限公司");

    @BeforeEach
    void setUp() {
        fixtures = new LedgerFixtures(jdbc);
    }

    @Test
    void aRowForAnEnterpriseTheLedgerLacksAddsEnterpriseAndLineWithTheCurrentGrade() {
        // given a county that sends 附件2 before its ledger
        SubmissionContext ctx = fixtures.improvement(TONGXU, JUNE_14);
        // when
        List<RowOutcome> outcomes = ledger.applyImprovementRows(ctx, List.of(
                planRow(5, foundry, foundryName, TONGXU, "铸造", "黑色金属铸造", "C", "B", null)));
        // then
        assertThat(outcomes).singleElement().satisfies(outcome -> {
            assertThat(outcome.stored()).isTrue();
            assertThat(outcome.issues()).singleElement().satisfies(issue -> {
                assertThat(issue.type()).isEqualTo(LedgerIssueType.ENTERPRISE_ADDED);
                assertThat(issue.message()).isEqualTo("清单台账中尚无企业“" + foundryName + "”（统一社会信用代码 " + foundry
                        + "），已按本行新增该企业及其“铸造（黑色金属铸造）”行业记录，绩效级别按绩效现状记为C，请在清单台账中补报");
            });
        });
        LedgerLineView line = queries.line(foundry, "铸造", "黑色金属铸造").orElseThrow();
        assertThat(line.grade()).isEqualTo("C");
        assertThat(line.countyCode()).isEqualTo(TONGXU);
        assertThat(queries.history(line.id())).singleElement().satisfies(event -> {
            assertThat(event.newGrade()).isEqualTo("C");
            assertThat(event.reason()).isEqualTo("COUNTY_LEDGER");
            assertThat(event.effectiveOn()).isEqualTo(JUNE_14);
        });
        ImprovementPlanView plan = queries.plan(line.id()).orElseThrow();
        assertThat(plan.currentGrade()).isEqualTo("C");
        assertThat(plan.targetGrade()).isEqualTo("B");
        assertThat(plan.lastRowNo()).isEqualTo(5);
    }

    @Test
    void theSameChunkAppliedAgainGivesTheSameOutcomesAndContent() {
        // given a chunk that adds an enterprise in two industries (remarks completed on the second row)
        SubmissionContext ctx = fixtures.improvement(TONGXU, JUNE_14);
        List<RowFacts<ImprovementPlanFacts>> chunk = List.of(
                planRow(5, foundry, foundryName, TONGXU, "铸造", "黑色金属铸造", "C", "B", null),
                planRow(6, foundry, foundryName, TONGXU, "机械加工", null, null, "B", null));
        List<RowOutcome> first = ledger.applyImprovementRows(ctx, chunk);
        long enterprise = fixtures.enterpriseId(foundry);
        var plans = fixtures.rows("SELECT p.* FROM improvement_plan p JOIN ledger_line l ON l.id = p.ledger_line_id "
                + "WHERE l.enterprise_id = :id ORDER BY p.id", enterprise);
        var lines = fixtures.rows("SELECT * FROM ledger_line WHERE enterprise_id = :id ORDER BY id", enterprise);
        long events = fixtures.count("SELECT COUNT(*) FROM grade_event");
        // when
        List<RowOutcome> again = ledger.applyImprovementRows(ctx, chunk);
        // then
        assertThat(first.get(1).issues()).extracting(LedgerIssue::type)
                .containsExactly(LedgerIssueType.ENTERPRISE_ADDED, LedgerIssueType.REMARKS_COMPLETED);
        assertThat(again).extracting(RowOutcome::stored).containsExactly(true, true);
        assertThat(again.get(1).issues()).isEqualTo(first.get(1).issues());
        assertThat(again.get(0).issues()).extracting(LedgerIssue::type)
                .containsExactly(LedgerIssueType.ENTERPRISE_ADDED);
        assertThat(fixtures.rows("SELECT p.* FROM improvement_plan p JOIN ledger_line l ON l.id = p.ledger_line_id "
                + "WHERE l.enterprise_id = :id ORDER BY p.id", enterprise)).isEqualTo(plans);
        assertThat(fixtures.rows("SELECT * FROM ledger_line WHERE enterprise_id = :id ORDER BY id", enterprise))
                .isEqualTo(lines);
        assertThat(fixtures.count("SELECT COUNT(*) FROM grade_event")).isEqualTo(events);
    }

    @Test
    void aRowForALineInTheLedgerNeverChangesItsGrade() {
        // given the ledger holds the line as C
        ledger.applyLedgerRows(fixtures.ledger(TONGXU, JUNE), List.of(
                ledgerRow(4, foundry, foundryName, TONGXU, "铸造", "黑色金属铸造", "C")));
        LedgerLineView before = queries.line(foundry, "铸造", "黑色金属铸造").orElseThrow();
        // when 附件2 states its current grade as D
        List<RowOutcome> outcomes = ledger.applyImprovementRows(fixtures.improvement(TONGXU, JUNE_14), List.of(
                planRow(5, foundry, foundryName, TONGXU, "铸造", "黑色金属铸造", "D", "B", null)));
        // then
        assertThat(outcomes).singleElement().satisfies(o -> {
            assertThat(o.stored()).isTrue();
            assertThat(o.issues()).isEmpty();
        });
        LedgerLineView after = queries.line(foundry, "铸造", "黑色金属铸造").orElseThrow();
        assertThat(after).isEqualTo(before);
        assertThat(queries.history(after.id())).hasSize(1);
        assertThat(queries.plan(after.id()).orElseThrow().currentGrade()).isEqualTo("D");
    }

    @Test
    void aNewImprovementListRetiresThePlansItLacksAndLeavesLedgerLinesAlone() {
        // given two plans from a first 附件2
        ledger.applyLedgerRows(fixtures.ledger(TONGXU, JUNE), List.of(
                ledgerRow(4, foundry, foundryName, TONGXU, "铸造", "黑色金属铸造", "C"),
                ledgerRow(5, printer, printerName, TONGXU, "包装印刷", null, "C")));
        SubmissionContext first = fixtures.improvement(TONGXU, JUNE_14);
        ledger.applyImprovementRows(first, List.of(
                planRow(5, foundry, foundryName, TONGXU, "铸造", "黑色金属铸造", "C", "B", null),
                planRow(6, printer, printerName, TONGXU, "包装印刷", null, "C", "A", null)));
        ledger.retireImprovementPlans(first);
        // when a second 附件2 lists only the foundry
        SubmissionContext second = fixtures.improvement(TONGXU, JULY);
        ledger.applyImprovementRows(second, List.of(
                planRow(3, foundry, foundryName, TONGXU, "铸造", "黑色金属铸造", "C", "A", null)));
        int retired = ledger.retireImprovementPlans(second);
        // then
        LedgerLineView printing = queries.line(printer, "包装印刷", null).orElseThrow();
        ImprovementPlanView gone = queries.plan(printing.id()).orElseThrow();
        assertThat(gone.active()).isFalse();
        assertThat(gone.retiredOn()).isEqualTo(JULY);
        assertThat(retired).isGreaterThanOrEqualTo(1);
        ImprovementPlanView kept = queries.plan(queries.line(foundry, "铸造", "黑色金属铸造").orElseThrow().id())
                .orElseThrow();
        assertThat(kept.active()).isTrue();
        assertThat(kept.targetGrade()).isEqualTo("A");
        assertThat(printing.active()).isTrue();
        assertThat(printing.grade()).isEqualTo("C");
    }

    @Test
    void theRemarksOfAnEnterpriseInSeveralIndustriesAreCompleted() {
        // given the ledger lists the printer in 包装印刷 and 机械加工
        ledger.applyLedgerRows(fixtures.ledger(TONGXU, JUNE), List.of(
                ledgerRow(4, printer, printerName, TONGXU, "包装印刷", "平版印刷", "C"),
                ledgerRow(5, printer, printerName, TONGXU, "机械加工", null, "C"),
                ledgerRow(6, printer, printerName, TONGXU, "铸造", "有色金属铸造", "D")));
        // when its 附件2 row for 包装印刷 names only 铸造 in 备注
        List<RowOutcome> outcomes = ledger.applyImprovementRows(fixtures.improvement(TONGXU, JUNE_14), List.of(
                planRow(8, printer, printerName, TONGXU, "包装印刷", "平版印刷", "C", "B", "同时涉及：铸造；拟搬迁")));
        // then
        String completed = "同时涉及：铸造、机械加工；拟搬迁";
        assertThat(outcomes).singleElement().satisfies(o -> {
            assertThat(o.stored()).isTrue();
            assertThat(o.issues()).singleElement().satisfies(issue -> {
                assertThat(issue.type()).isEqualTo(LedgerIssueType.REMARKS_COMPLETED);
                assertThat(issue.detail()).isEqualTo(completed);
                assertThat(issue.message()).startsWith("该企业在清单台账中同时涉及机械加工行业，备注未注明，已补充为“" + completed + "”");
            });
        });
        LedgerLineView printing = queries.line(printer, "包装印刷", "平版印刷").orElseThrow();
        assertThat(queries.plan(printing.id()).orElseThrow().remarks()).isEqualTo(completed);
    }

    @Test
    void aSecondRowForTheSameLineIsRefused() {
        // given
        SubmissionContext ctx = fixtures.improvement(TONGXU, JUNE_14);
        // when
        List<RowOutcome> outcomes = ledger.applyImprovementRows(ctx, List.of(
                planRow(5, foundry, foundryName, TONGXU, "铸造", "黑色金属铸造", "C", "B", null),
                planRow(9, foundry, foundryName, TONGXU, "铸造", "黑色金属铸造", "C", "A", null)));
        // then
        assertThat(outcomes.get(1).stored()).isFalse();
        assertThat(outcomes.get(1).issues()).singleElement().satisfies(issue -> {
            assertThat(issue.type()).isEqualTo(LedgerIssueType.DUPLICATE_IN_SUBMISSION);
            assertThat(issue.message()).isEqualTo("与第 5 行重复（同一企业、同一行业、同一分支），本行未登记");
        });
        LedgerLineView line = queries.line(foundry, "铸造", "黑色金属铸造").orElseThrow();
        assertThat(queries.plan(line.id()).orElseThrow().targetGrade()).isEqualTo("B");
    }
}
