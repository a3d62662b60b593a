package org.perfgrade.ledger.review;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.perfgrade.DatabaseTest;
import org.perfgrade.ledger.LedgerFixtures;
import org.perfgrade.ledger.LedgerImport;
import org.perfgrade.ledger.LedgerQueries;
import org.perfgrade.ledger.SubmissionContext;
import org.perfgrade.ledger.facts.ApplicationFacts;
import org.perfgrade.ledger.facts.EnterpriseFacts;
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

@DatabaseTest
class ApplicationWriterTests {

    private static final LocalDate AUGUST = LocalDate.of(2021, 8, 10);

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LedgerImport ledger;

    @Autowired
    LedgerQueries queries;

    LedgerFixtures fixtures;

    String foundry = creditCode();
    String foundryName = name("通许县恒达铸造有限公司");

    @BeforeEach
    void setUp() {
        fixtures = new LedgerFixtures(jdbc);
        ledger.applyLedgerRows(fixtures.ledger(TONGXU, LocalDate.of(2021, 6, 1)), List.of(
                ledgerRow(4, foundry, foundryName, TONGXU, "铸造", "黑色金属铸造", "C"),
                ledgerRow(5, foundry, foundryName, TONGXU, "机械加工", null, "C")));
    }

    @Test
    void anApplicationIsStoredOncePerLineAndALaterListKeepsDecisionsItLeavesEmpty() {
        // given
        SubmissionContext first = fixtures.submission(TONGXU, "APPLICATION", AUGUST);
        List<RowOutcome> stored = ledger.applyApplicationRows(first, List.of(application(4, "黑色金属铸造", "B", "通过")));
        long line = queries.line(foundry, "铸造", "黑色金属铸造").orElseThrow().id();
        var before = fixtures.rows("SELECT * FROM grade_application WHERE ledger_line_id = :id", line);
        // when the chunk is applied again, then a later list without the county result
        List<RowOutcome> again = ledger.applyApplicationRows(first, List.of(application(4, "黑色金属铸造", "B", "通过")));
        var afterRestart = fixtures.rows("SELECT * FROM grade_application WHERE ledger_line_id = :id", line);
        SubmissionContext second = fixtures.submission(TONGXU, "APPLICATION", AUGUST.plusDays(20));
        ledger.applyApplicationRows(second, List.of(application(6, "黑色金属铸造", "B", null)));
        // then
        assertThat(stored).allMatch(RowOutcome::stored);
        assertThat(again).isEqualTo(stored);
        assertThat(afterRestart).isEqualTo(before);
        Map<String, Object> row = fixtures.rows("SELECT applied_grade, county_result, last_row_no, submission_id, "
                + "last_submission_id FROM grade_application WHERE ledger_line_id = :id", line).get(0);
        assertThat(row.values()).containsExactly("B", "通过", 6, first.submissionId(), second.submissionId());
        assertThat(queries.line(foundry, "铸造", "黑色金属铸造").orElseThrow().grade()).isEqualTo("C");
    }

    @Test
    void anApplicationTheLedgerCannotPlaceIsRefused() {
        // given
        SubmissionContext ctx = fixtures.submission(TONGXU, "APPLICATION", AUGUST);
        String stranger = creditCode();
        ApplicationFacts unknownEnterprise = new ApplicationFacts(EnterpriseFacts.identity(stranger,
                "通许县无名机械有限公司", TONGXU), "机械加工", null, "B", 4, null, null, null, null, null, null, null);
        // when
        List<RowOutcome> outcomes = ledger.applyApplicationRows(ctx, List.of(
                application(7, "有色金属铸造", "B", null), new RowFacts<>(8, unknownEnterprise)));
        // then
        assertThat(outcomes).noneMatch(RowOutcome::stored);
        assertThat(outcomes.get(0).issues()).singleElement().satisfies(issue -> {
            assertThat(issue.type()).isEqualTo(LedgerIssueType.INDUSTRY_NOT_IN_LEDGER);
            assertThat(issue.message()).startsWith("清单台账中没有企业“" + foundryName + "”（统一社会信用代码 " + foundry
                    + "）的“铸造（有色金属铸造）”行业记录");
        });
        assertThat(outcomes.get(1).issues()).singleElement().satisfies(issue -> {
            assertThat(issue.type()).isEqualTo(LedgerIssueType.INDUSTRY_NOT_IN_LEDGER);
            assertThat(issue.message()).startsWith("清单台账中没有企业“通许县无名机械有限公司”");
        });
        assertThat(fixtures.count("SELECT COUNT(*) FROM enterprise WHERE credit_code = '" + stranger + "'")).isZero();
    }

    @Test
    void aNewerListRetiresTheApplicationsItLacks() {
        // given
        SubmissionContext first = fixtures.submission(TONGXU, "APPLICATION", AUGUST);
        ledger.applyApplicationRows(first, List.of(application(4, "黑色金属铸造", "B", null),
                new RowFacts<>(5, new ApplicationFacts(EnterpriseFacts.identity(foundry, foundryName, TONGXU), "机械加工",
                        null, "A", 4, null, null, null, null, null, null, null))));
        // when
        SubmissionContext second = fixtures.submission(TONGXU, "APPLICATION", AUGUST.plusDays(5));
        ledger.applyApplicationRows(second, List.of(application(4, "黑色金属铸造", "B", null)));
        ledger.retireApplications(second);
        // then
        long machining = queries.line(foundry, "机械加工", null).orElseThrow().id();
        long casting = queries.line(foundry, "铸造", "黑色金属铸造").orElseThrow().id();
        assertThat(retiredOn(machining)).isEqualTo(AUGUST.plusDays(5));
        assertThat(retiredOn(casting)).isNull();
    }

    private LocalDate retiredOn(long line) {
        return jdbc.sql("SELECT retired_on FROM grade_application WHERE ledger_line_id = :id").param("id", line)
                .query((rs, n) -> rs.getObject(1, LocalDate.class)).list().get(0);
    }

    private RowFacts<ApplicationFacts> application(int row, String branch, String grade, String countyResult) {
        return new RowFacts<>(row, new ApplicationFacts(EnterpriseFacts.identity(foundry, foundryName, TONGXU), "铸造",
                branch, grade, 2, countyResult, "张三、李四", LocalDate.of(2021, 8, 5), null, null, null, null));
    }
}
