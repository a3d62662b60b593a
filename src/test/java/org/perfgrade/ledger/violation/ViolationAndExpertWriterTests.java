package org.perfgrade.ledger.violation;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.perfgrade.DatabaseTest;
import org.perfgrade.ledger.LedgerFixtures;
import org.perfgrade.ledger.LedgerImport;
import org.perfgrade.ledger.LedgerQueries;
import org.perfgrade.ledger.SubmissionContext;
import org.perfgrade.ledger.facts.EnterpriseFacts;
import org.perfgrade.ledger.facts.ExpertFacts;
import org.perfgrade.ledger.facts.LedgerIssue;
import org.perfgrade.ledger.facts.LedgerIssueType;
import org.perfgrade.ledger.facts.RowFacts;
import org.perfgrade.ledger.facts.RowOutcome;
import org.perfgrade.ledger.facts.ViolationFacts;
import org.perfgrade.ledger.facts.ViolationType;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.perfgrade.ledger.LedgerFixtures.LANKAO;
import static org.perfgrade.ledger.LedgerFixtures.creditCode;
import static org.perfgrade.ledger.LedgerFixtures.ledgerRow;
import static org.perfgrade.ledger.LedgerFixtures.name;

@DatabaseTest
class ViolationAndExpertWriterTests {

    private static final LocalDate FOUND = LocalDate.of(2021, 9, 3);

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
        ledger.applyLedgerRows(fixtures.ledger(LANKAO, LocalDate.of(2021, 6, 1)), List.of(
                ledgerRow(4, foundry, foundryName, LANKAO, "铸造", "黑色金属铸造", "B")));
    }

    @Test
    void violationsAreStoredOnceEachAndTiedToTheIndustrysLine() {
        // given
        SubmissionContext first = fixtures.submission(LANKAO, "VIOLATION", FOUND.plusDays(7));
        List<RowFacts<ViolationFacts>> chunk = List.of(
                violation(3, "铸造", ViolationType.EXCESS_EMISSION, "兰环罚〔2021〕12号"),
                violation(4, null, ViolationType.FACILITY_NOT_RUNNING, null),
                violation(5, "机械加工", ViolationType.OTHER, "兰环罚〔2021〕13号"));
        // when applied, applied again (restart), then reported again in a later list
        List<RowOutcome> outcomes = ledger.applyViolationRows(first, chunk);
        long enterprise = fixtures.enterpriseId(foundry);
        var stored = fixtures.rows("SELECT * FROM violation WHERE enterprise_id = :id ORDER BY id", enterprise);
        List<RowOutcome> again = ledger.applyViolationRows(first, chunk);
        var afterRestart = fixtures.rows("SELECT * FROM violation WHERE enterprise_id = :id ORDER BY id", enterprise);
        ledger.applyViolationRows(fixtures.submission(LANKAO, "VIOLATION", FOUND.plusDays(30)), chunk.subList(0, 1));
        // then
        assertThat(outcomes).allMatch(RowOutcome::stored);
        assertThat(outcomes.get(2).issues()).singleElement()
                .extracting(LedgerIssue::type).isEqualTo(LedgerIssueType.INDUSTRY_NOT_IN_LEDGER);
        assertThat(again).isEqualTo(outcomes);
        assertThat(afterRestart).isEqualTo(stored);
        assertThat(fixtures.count("SELECT COUNT(*) FROM violation WHERE enterprise_id = " + enterprise)).isEqualTo(3);
        long line = queries.line(foundry, "铸造", "黑色金属铸造").orElseThrow().id();
        assertThat(fixtures.count("SELECT COUNT(*) FROM violation WHERE ledger_line_id = " + line)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT source_document FROM violation WHERE enterprise_id = :id AND violation_type = "
                + "'FACILITY_NOT_RUNNING'").param("id", enterprise).query(String.class).single()).isEmpty();
    }

    @Test
    void aViolationTwiceInOneListOrOfAnUnknownEnterpriseIsRefused() {
        // given
        SubmissionContext ctx = fixtures.submission(LANKAO, "VIOLATION", FOUND.plusDays(7));
        ViolationFacts stranger = new ViolationFacts(EnterpriseFacts.identity(creditCode(), "兰考县无名铸造厂", LANKAO),
                "铸造", ViolationType.ILLEGAL_DISCHARGE, null, FOUND, null, null);
        // when
        List<RowOutcome> outcomes = ledger.applyViolationRows(ctx, List.of(
                violation(3, "铸造", ViolationType.EXCESS_EMISSION, "兰环罚〔2021〕12号"),
                violation(9, "铸造", ViolationType.EXCESS_EMISSION, "兰环罚〔2021〕12号"),
                new RowFacts<>(10, stranger)));
        // then
        assertThat(outcomes).extracting(RowOutcome::stored).containsExactly(true, false, false);
        assertThat(outcomes.get(1).issues().get(0).message()).startsWith("与第 3 行重复");
        assertThat(outcomes.get(2).issues().get(0).type()).isEqualTo(LedgerIssueType.INDUSTRY_NOT_IN_LEDGER);
    }

    @Test
    void expertsAreStoredOnceEachAndANewerListRetiresThoseItLacks() {
        // given
        String wang = name("王专家");
        String li = name("李专家");
        SubmissionContext first = fixtures.submission(LANKAO, "EXPERT", LocalDate.of(2021, 7, 1));
        List<RowFacts<ExpertFacts>> chunk = List.of(expert(3, wang, "河南省环境科学研究院"), expert(4, li, null),
                expert(5, wang, "河南省环境科学研究院"));
        // when
        List<RowOutcome> outcomes = ledger.applyExpertRows(first, chunk);
        var stored = experts(wang, li);
        long count = fixtures.count("SELECT COUNT(*) FROM expert");
        List<RowOutcome> again = ledger.applyExpertRows(first, chunk);
        var afterRestart = experts(wang, li);
        SubmissionContext second = fixtures.submission(LANKAO, "EXPERT", LocalDate.of(2021, 7, 20));
        ledger.applyExpertRows(second, List.of(expert(3, wang, "河南省环境科学研究院")));
        ledger.retireExperts(second);
        // then
        assertThat(afterRestart).isEqualTo(stored).hasSize(2);
        assertThat(outcomes).extracting(RowOutcome::stored).containsExactly(true, true, false);
        assertThat(outcomes.get(2).issues().get(0).message())
                .isEqualTo("与第 3 行重复（同一县区、同一姓名、同一单位），本行未登记");
        assertThat(again).isEqualTo(outcomes);
        assertThat(fixtures.count("SELECT COUNT(*) FROM expert")).isEqualTo(count);
        assertThat(retiredOn(wang)).isNull();
        assertThat(retiredOn(li)).isEqualTo(LocalDate.of(2021, 7, 20));
    }

    private List<java.util.Map<String, Object>> experts(String... names) {
        return jdbc.sql("SELECT * FROM expert WHERE name IN (:names) ORDER BY id").param("names", List.of(names))
                .query().listOfRows();
    }

    private LocalDate retiredOn(String expert) {
        return jdbc.sql("SELECT retired_on FROM expert WHERE name = :name").param("name", expert)
                .query((rs, n) -> rs.getObject(1, LocalDate.class)).list().get(0);
    }

    private RowFacts<ViolationFacts> violation(int row, String industry, ViolationType type, String document) {
        return new RowFacts<>(row, new ViolationFacts(EnterpriseFacts.identity(foundry, foundryName, LANKAO), industry,
                type, type == ViolationType.OTHER ? "未按预警要求停产" : null, FOUND, document, null));
    }

    private static RowFacts<ExpertFacts> expert(int row, String name, String organisation) {
        return new RowFacts<>(row, new ExpertFacts(name, organisation, "铸造", LANKAO, LocalDate.of(2021, 6, 30), null));
    }
}
