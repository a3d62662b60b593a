package org.perfgrade.ledger.write;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.perfgrade.DatabaseTest;
import org.perfgrade.ledger.LedgerFixtures;
import org.perfgrade.ledger.LedgerImport;
import org.perfgrade.ledger.LedgerLineView;
import org.perfgrade.ledger.LedgerQueries;
import org.perfgrade.ledger.SubmissionContext;
import org.perfgrade.ledger.facts.EnterpriseFacts;
import org.perfgrade.ledger.facts.GuaranteeType;
import org.perfgrade.ledger.facts.Honour;
import org.perfgrade.ledger.facts.HonourKind;
import org.perfgrade.ledger.facts.LedgerIssueType;
import org.perfgrade.ledger.facts.LedgerLineFacts;
import org.perfgrade.ledger.facts.RowFacts;
import org.perfgrade.ledger.facts.RowOutcome;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.perfgrade.ledger.LedgerFixtures.LANKAO;
import static org.perfgrade.ledger.LedgerFixtures.TONGXU;
import static org.perfgrade.ledger.LedgerFixtures.creditCode;
import static org.perfgrade.ledger.LedgerFixtures.ledgerRow;
import static org.perfgrade.ledger.LedgerFixtures.name;

@DatabaseTest
class LedgerLineWriterTests {

    private static final LocalDate JUNE = LocalDate.of(2021, 6, 14);
    private static final LocalDate JULY = LocalDate.of(2021, 7, 15);
    private static final LocalDate AUGUST = LocalDate.of(2021, 8, 20);

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LedgerImport ledger;

    @Autowired
    LedgerQueries queries;

    LedgerFixtures fixtures;

    String foundry = creditCode();
    String foundryName = name("兰考县恒达铸造有限公司");
    String cement = creditCode();
    String cementName = name("兰考县天瑞水泥有限公司");
    String printer = creditCode();
    String printerName = name("兰考县彩印包装有限公司");

    @BeforeEach
    void setUp() {
        fixtures = new LedgerFixtures(jdbc);
    }

    @Test
    void aFirstLedgerCreatesEnterprisesLinesAndOneEventPerGradedLine() {
        // given
        SubmissionContext ctx = fixtures.ledger(LANKAO, JUNE);
        // when
        List<RowOutcome> outcomes = ledger.applyLedgerRows(ctx, firstLedger());
        // then
        assertThat(outcomes).allMatch(RowOutcome::stored).allMatch(o -> o.issues().isEmpty());
        assertThat(outcomes).extracting(RowOutcome::rowNumber).containsExactly(4, 5, 6, 7);
        LedgerLineView casting = queries.line(foundry, "铸造", "黑色金属铸造").orElseThrow();
        assertThat(casting.enterpriseName()).isEqualTo(foundryName);
        assertThat(casting.countyCode()).isEqualTo(LANKAO);
        assertThat(casting.grade()).isEqualTo("C");
        assertThat(casting.so2()).isEqualByComparingTo("1.5");
        assertThat(casting.lastSubmissionId()).isEqualTo(ctx.submissionId());
        assertThat(casting.lastRowNo()).isEqualTo(4);
        assertThat(casting.active()).isTrue();
        assertThat(queries.history(casting.id())).singleElement().satisfies(event -> {
            assertThat(event.oldGrade()).isNull();
            assertThat(event.newGrade()).isEqualTo("C");
            assertThat(event.effectiveOn()).isEqualTo(JUNE);
            assertThat(event.reason()).isEqualTo("COUNTY_LEDGER");
            assertThat(event.source()).isEqualTo(ctx.source());
        });
        assertThat(queries.lines(foundry)).hasSize(2);
        LedgerLineView ungraded = queries.line(printer, "包装印刷", null).orElseThrow();
        assertThat(ungraded.grade()).isNull();
        assertThat(queries.history(ungraded.id())).isEmpty();
    }

    @Test
    void theSameChunkAppliedAgainChangesNothing() {
        // given
        SubmissionContext ctx = fixtures.ledger(LANKAO, JUNE);
        List<RowOutcome> first = ledger.applyLedgerRows(ctx, firstLedger());
        List<Long> counts = counts();
        var lines = fixtures.rows("SELECT * FROM ledger_line WHERE enterprise_id = :id ORDER BY id",
                fixtures.enterpriseId(foundry));
        var enterprise = fixtures.rows("SELECT * FROM enterprise WHERE id = :id", fixtures.enterpriseId(foundry));
        // when (a restart applies the chunk again)
        List<RowOutcome> again = ledger.applyLedgerRows(ctx, firstLedger());
        // then
        assertThat(again).isEqualTo(first);
        assertThat(counts()).isEqualTo(counts);
        assertThat(fixtures.rows("SELECT * FROM ledger_line WHERE enterprise_id = :id ORDER BY id",
                fixtures.enterpriseId(foundry))).isEqualTo(lines);
        assertThat(fixtures.rows("SELECT * FROM enterprise WHERE id = :id", fixtures.enterpriseId(foundry)))
                .isEqualTo(enterprise);
    }

    @Test
    void aNewerLedgerRecordsGradeChangesRetiresMissingLinesAndLeavesOtherCountiesAlone() {
        // given a first ledger from 兰考县 and one from 通许县
        ledger.applyLedgerRows(fixtures.ledger(LANKAO, JUNE), firstLedger());
        String neighbour = creditCode();
        SubmissionContext tongxu = fixtures.ledger(TONGXU, JUNE);
        ledger.applyLedgerRows(tongxu, List.of(ledgerRow(4, neighbour, name("通许县某某铸造有限公司"), TONGXU, "铸造",
                "有色金属铸造", "B")));
        ledger.retireLedgerLines(tongxu);
        // when 兰考县 sends a second ledger: the foundry's casting line rises to B, the cement line is gone
        SubmissionContext second = fixtures.ledger(LANKAO, JULY);
        List<RowOutcome> outcomes = ledger.applyLedgerRows(second, List.of(
                ledgerRow(4, foundry, foundryName, LANKAO, "铸造", "黑色金属铸造", "B"),
                ledgerRow(5, foundry, foundryName, LANKAO, "机械加工", null, "C"),
                ledgerRow(6, printer, printerName, LANKAO, "包装印刷", null, null)));
        int retired = ledger.retireLedgerLines(second);
        // then
        assertThat(outcomes).allMatch(RowOutcome::stored);
        LedgerLineView casting = queries.line(foundry, "铸造", "黑色金属铸造").orElseThrow();
        assertThat(casting.grade()).isEqualTo("B");
        assertThat(queries.history(casting.id())).hasSize(2).last().satisfies(event -> {
            assertThat(event.oldGrade()).isEqualTo("C");
            assertThat(event.newGrade()).isEqualTo("B");
            assertThat(event.effectiveOn()).isEqualTo(JULY);
            assertThat(event.source()).isEqualTo(second.source());
        });
        LedgerLineView machining = queries.line(foundry, "机械加工", null).orElseThrow();
        assertThat(queries.history(machining.id())).hasSize(1);
        LedgerLineView clinker = queries.line(cement, "水泥", "熟料").orElseThrow();
        assertThat(clinker.active()).isFalse();
        assertThat(clinker.retiredOn()).isEqualTo(JULY);
        assertThat(clinker.retiredBySubmissionId()).isEqualTo(second.submissionId());
        assertThat(clinker.grade()).isEqualTo("A");
        assertThat(retired).isGreaterThanOrEqualTo(1);
        LedgerLineView other = queries.line(neighbour, "铸造", "有色金属铸造").orElseThrow();
        assertThat(other.active()).isTrue();
        assertThat(other.lastSubmissionId()).isEqualTo(tongxu.submissionId());
        // and retiring again changes nothing
        assertThat(ledger.retireLedgerLines(second)).isZero();
    }

    @Test
    void aLineListedAgainInALaterLedgerIsActiveAgain() {
        // given the cement line retired by a second ledger
        ledger.applyLedgerRows(fixtures.ledger(LANKAO, JUNE), firstLedger());
        SubmissionContext second = fixtures.ledger(LANKAO, JULY);
        ledger.applyLedgerRows(second, List.of(ledgerRow(4, foundry, foundryName, LANKAO, "铸造", "黑色金属铸造", "C")));
        ledger.retireLedgerLines(second);
        assertThat(queries.line(cement, "水泥", "熟料").orElseThrow().active()).isFalse();
        // when a third ledger lists it again, with the same grade
        SubmissionContext third = fixtures.ledger(LANKAO, AUGUST);
        ledger.applyLedgerRows(third, List.of(ledgerRow(9, cement, cementName, LANKAO, "水泥", "熟料", "A")));
        ledger.retireLedgerLines(third);
        // then
        LedgerLineView clinker = queries.line(cement, "水泥", "熟料").orElseThrow();
        assertThat(clinker.active()).isTrue();
        assertThat(clinker.retiredBySubmissionId()).isNull();
        assertThat(clinker.lastSubmissionId()).isEqualTo(third.submissionId());
        assertThat(clinker.lastRowNo()).isEqualTo(9);
        assertThat(queries.history(clinker.id())).hasSize(1);
        assertThat(queries.line(foundry, "铸造", "黑色金属铸造").orElseThrow().active()).isFalse();
    }

    @Test
    void aSecondRowForTheSameLineIsRefusedNamingTheFirst() {
        // given
        SubmissionContext ctx = fixtures.ledger(LANKAO, JUNE);
        // when
        List<RowOutcome> outcomes = ledger.applyLedgerRows(ctx, List.of(
                ledgerRow(12, foundry, foundryName, LANKAO, "铸造", "黑色金属铸造", "C"),
                ledgerRow(13, foundry, foundryName, LANKAO, "铸造", "有色金属铸造", "C"),
                ledgerRow(30, foundry, foundryName, LANKAO, "铸造", "黑色金属铸造", "B")));
        // then
        assertThat(outcomes.get(1).stored()).isTrue();
        RowOutcome duplicate = outcomes.get(2);
        assertThat(duplicate.stored()).isFalse();
        assertThat(duplicate.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.type()).isEqualTo(LedgerIssueType.DUPLICATE_IN_SUBMISSION);
            assertThat(issue.message()).contains("与第 12 行重复（同一企业、同一行业、同一分支）");
        });
        LedgerLineView casting = queries.line(foundry, "铸造", "黑色金属铸造").orElseThrow();
        assertThat(casting.grade()).isEqualTo("C");
        assertThat(casting.lastRowNo()).isEqualTo(12);
        assertThat(queries.history(casting.id())).hasSize(1);
    }

    @Test
    void aCreditCodeRegisteredUnderAnotherNameIsRefused() {
        // given
        ledger.applyLedgerRows(fixtures.ledger(LANKAO, JUNE), firstLedger());
        SubmissionContext ctx = fixtures.ledger(LANKAO, JULY);
        String shortName = foundryName.replace("有限公司", "公司");
        // when
        List<RowOutcome> outcomes = ledger.applyLedgerRows(ctx, List.of(
                ledgerRow(7, foundry, shortName, LANKAO, "铸造", "黑色金属铸造", "A")));
        // then
        assertThat(outcomes).singleElement().satisfies(outcome -> {
            assertThat(outcome.stored()).isFalse();
            assertThat(outcome.issues()).singleElement().satisfies(issue -> {
                assertThat(issue.type()).isEqualTo(LedgerIssueType.NAME_MISMATCH);
                assertThat(issue.message()).isEqualTo("统一社会信用代码 " + foundry + " 已登记的企业名称为“" + foundryName
                        + "”，本行为“" + shortName + "”（附件2 注5：企业名称应与营业执照一致），本行未登记");
            });
        });
        LedgerLineView casting = queries.line(foundry, "铸造", "黑色金属铸造").orElseThrow();
        assertThat(casting.grade()).isEqualTo("C");
        assertThat(casting.enterpriseName()).isEqualTo(foundryName);
    }

    @Test
    void reportedDetailsOverwriteAndUnreportedOnesKeepTheStoredValues() {
        // given an enterprise reported with permit number and honours
        EnterpriseFacts full = new EnterpriseFacts(foundry, foundryName, LANKAO, foundry + "001P", "城关镇", null,
                true, null, GuaranteeType.SUPPORT, List.of(new Honour(HonourKind.GREEN_FACTORY, 2020)));
        ledger.applyLedgerRows(fixtures.ledger(LANKAO, JUNE), List.of(new RowFacts<>(4,
                new LedgerLineFacts(full, "铸造", "黑色金属铸造", "C", null, null, null, null, null, null, null))));
        long id = fixtures.enterpriseId(foundry);
        // when a later ledger gives only the identity and a new address, and no honours column
        EnterpriseFacts partial = new EnterpriseFacts(foundry, foundryName, LANKAO, null, null, "兰考县产业集聚区1号",
                null, null, null, null);
        ledger.applyLedgerRows(fixtures.ledger(LANKAO, JULY), List.of(new RowFacts<>(4,
                new LedgerLineFacts(partial, "铸造", "黑色金属铸造", "C", null, null, null, null, null, null, null))));
        // then
        var row = fixtures.rows("SELECT permit_no, township, address, low_vocs_materials, guarantee_type "
                + "FROM enterprise WHERE id = :id", id).get(0);
        assertThat(row.values()).containsExactly(foundry + "001P", "城关镇", "兰考县产业集聚区1号", true, "SUPPORT");
        assertThat(fixtures.count("SELECT COUNT(*) FROM enterprise_honour WHERE enterprise_id = " + id)).isEqualTo(1);
    }

    @Test
    void anEnterpriseNamedInSeveralRowsOfAChunkIsWrittenOnceAsItsLastRowLeavesIt() {
        // given a chunk naming one enterprise three times: twice by name only, with honours, then with its credit code
        String unnamed = name("兰考县无代码铸造厂");
        SubmissionContext ctx = fixtures.ledger(LANKAO, JUNE);
        List<RowFacts<LedgerLineFacts>> rows = List.of(
                row(4, new EnterpriseFacts(null, unnamed, LANKAO, null, null, "城关镇1号", null, null, null,
                        List.of(new Honour(HonourKind.GREEN_FACTORY, 2020))), "铸造", "黑色金属铸造", "C"),
                row(5, new EnterpriseFacts(null, unnamed, LANKAO, null, null, null, null, null, null,
                        List.of(new Honour(HonourKind.GREEN_FACTORY, 2020), new Honour(HonourKind.GREEN_FACTORY, 2021))),
                        "机械加工", null, "B"),
                row(6, EnterpriseFacts.identity(foundry, unnamed, LANKAO), "包装印刷", null, null));
        // when the chunk is applied, and applied again (a restart)
        List<RowOutcome> outcomes = ledger.applyLedgerRows(ctx, rows);
        List<Long> before = counts();
        List<RowOutcome> again = ledger.applyLedgerRows(ctx, rows);
        // then one enterprise holds the three lines, with the code, the address and the last row's honours
        assertThat(outcomes).allMatch(RowOutcome::stored).allMatch(o -> o.issues().isEmpty());
        assertThat(again).isEqualTo(outcomes);
        assertThat(counts()).isEqualTo(before);
        assertThat(fixtures.count("SELECT COUNT(*) FROM enterprise WHERE name = '" + unnamed + "'")).isEqualTo(1);
        long id = fixtures.enterpriseId(foundry);
        assertThat(fixtures.rows("SELECT address FROM enterprise WHERE id = :id", id).get(0).values())
                .containsExactly("城关镇1号");
        assertThat(queries.lines(foundry)).extracting(LedgerLineView::grade).containsExactlyInAnyOrder("C", "B", null);
        assertThat(queries.lines(foundry)).extracting(LedgerLineView::lastRowNo).containsExactlyInAnyOrder(4, 5, 6);
        assertThat(fixtures.count("SELECT COUNT(*) FROM enterprise_honour WHERE enterprise_id = " + id)).isEqualTo(2);
        assertThat(fixtures.count("SELECT COUNT(*) FROM grade_event e JOIN ledger_line l ON l.id = e.ledger_line_id "
                + "WHERE l.enterprise_id = " + id)).isEqualTo(2);
    }

    private static RowFacts<LedgerLineFacts> row(int row, EnterpriseFacts enterprise, String industry, String branch,
                                                 String grade) {
        return new RowFacts<>(row, new LedgerLineFacts(enterprise, industry, branch, grade, null, null, null, null,
                null, null, null));
    }

    private List<RowFacts<LedgerLineFacts>> firstLedger() {
        return List.of(
                ledgerRow(4, foundry, foundryName, LANKAO, "铸造", "黑色金属铸造", "C"),
                ledgerRow(5, foundry, foundryName, LANKAO, "机械加工", null, "C"),
                ledgerRow(6, cement, cementName, LANKAO, "水泥", "熟料", "A"),
                ledgerRow(7, printer, printerName, LANKAO, "包装印刷", null, null));
    }

    private List<Long> counts() {
        return List.of("enterprise", "enterprise_honour", "ledger_line", "grade_event").stream()
                .map(t -> fixtures.count("SELECT COUNT(*) FROM " + t)).toList();
    }
}
