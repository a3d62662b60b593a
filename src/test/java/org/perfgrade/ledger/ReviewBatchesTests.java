package org.perfgrade.ledger;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.perfgrade.DatabaseTest;
import org.perfgrade.LedgerTables;
import org.perfgrade.ledger.facts.EnterpriseFacts;
import org.perfgrade.ledger.facts.GuaranteeType;
import org.perfgrade.ledger.facts.LedgerIssue;
import org.perfgrade.ledger.facts.LedgerIssueType;
import org.perfgrade.ledger.facts.RowOutcome;
import org.perfgrade.reference.Deadline;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.perfgrade.ledger.GradingFixtures.application;
import static org.perfgrade.ledger.GradingFixtures.enterprise;
import static org.perfgrade.ledger.GradingFixtures.expert;
import static org.perfgrade.ledger.GradingFixtures.line;
import static org.perfgrade.ledger.LedgerFixtures.TONGXU;
import static org.perfgrade.ledger.LedgerFixtures.creditCode;
import static org.perfgrade.ledger.LedgerFixtures.name;

/** 审核批次: by the industry's review category; 保障类 and 民生保障类 enterprises in the last batch. */
@DatabaseTest
class ReviewBatchesTests {

    private static final LocalDate OPINION = LocalDate.of(2021, 8, 3);

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LedgerImport ledger;

    @Autowired
    LedgerQueries queries;

    @Autowired
    ReviewBatches batches;

    LedgerFixtures fixtures;

    EnterpriseFacts foundry = EnterpriseFacts.identity(creditCode(), name("通许县恒达铸造有限公司"), TONGXU);
    EnterpriseFacts guaranteed = enterprise(creditCode(), name("通许县民生铸造有限公司"), TONGXU, false, false,
            GuaranteeType.SUPPORT, null);
    String wang = name("王专家");

    @BeforeEach
    void setUp() {
        LedgerTables.clear(jdbc);
        fixtures = new LedgerFixtures(jdbc);
        ledger.applyLedgerRows(fixtures.ledger(TONGXU, LocalDate.of(2021, 6, 1)), List.of(
                line(4, foundry, "铸造", "黑色金属铸造", "C"), line(5, foundry, "制药", null, "C"),
                line(6, guaranteed, "铸造", "有色金属铸造", "C")));
        ledger.applyExpertRows(fixtures.submission(TONGXU, "EXPERT", LocalDate.of(2021, 6, 30)),
                List.of(expert(3, wang, null, TONGXU)));
    }

    @Test
    void theIndustrysCategoryDecidesTheBatchAndGuaranteeEnterprisesGoLast() {
        // when / then
        assertThat(List.of("制药", "铸造", "水泥", "机械加工")).map(i -> batches.batch(i, null).orElseThrow())
                .extracting(Deadline::batch, Deadline::due).containsExactly(
                        tuple(1, LocalDate.of(2021, 8, 5)), tuple(2, LocalDate.of(2021, 8, 15)),
                        tuple(3, LocalDate.of(2021, 8, 30)), tuple(4, LocalDate.of(2021, 9, 15)));
        assertThat(batches.batch("制药", GuaranteeType.SUPPORT)).get().extracting(Deadline::batch).isEqualTo(4);
        assertThat(batches.batch("铸造", GuaranteeType.LIVELIHOOD)).get().extracting(Deadline::batch).isEqualTo(4);
        assertThat(batches.batch("不存在的行业", null)).isEmpty();
        long guaranteedLine = queries.line(guaranteed.creditCode(), "铸造", "有色金属铸造").orElseThrow().id();
        assertThat(batches.ofLine(guaranteedLine)).get().extracting(Deadline::batch).isEqualTo(4);
    }

    @Test
    void anApplicationGetsItsBatchAndADifferentOneWrittenByTheCountyIsCorrected() {
        // given
        SubmissionContext ctx = fixtures.submission(TONGXU, "APPLICATION", OPINION);
        // when: no batch, the wrong batch, and a 保障类 enterprise the county put in its industry's batch
        List<RowOutcome> outcomes = ledger.applyApplicationRows(ctx, List.of(
                application(4, foundry, "铸造", "黑色金属铸造", "B", null, "B", wang, OPINION, null, null, null),
                application(5, foundry, "制药", null, "B", 3, "B", wang, OPINION, null, null, null),
                application(6, guaranteed, "铸造", "有色金属铸造", "B", 2, "B", wang, OPINION, null, null, null)));
        // then
        assertThat(outcomes).allMatch(RowOutcome::stored);
        assertThat(outcomes.get(0).issues()).isEmpty();
        assertThat(outcomes.get(1).issues()).singleElement().satisfies(issue -> {
            assertThat(issue.type()).isEqualTo(LedgerIssueType.BATCH_CORRECTED);
            assertThat(issue.message()).isEqualTo("审核批次填报为第3批，按行动方案，“制药”行业应在第1批（涉VOCs行业，"
                    + "2021-08-05 前）审核认定，已按第1批登记");
        });
        assertThat(outcomes.get(2).issues()).singleElement().extracting(LedgerIssue::message).isEqualTo(
                "审核批次填报为第2批，按行动方案，保障类企业应在第4批（河南省本地重点行业及保障类企业，2021-09-15 前）审核认定，已按第4批登记");
        assertThat(List.of(batchNo(foundry, "铸造", "黑色金属铸造"), batchNo(foundry, "制药", null),
                batchNo(guaranteed, "铸造", "有色金属铸造"))).containsExactly(2, 1, 4);
    }

    private int batchNo(EnterpriseFacts enterprise, String industry, String branch) {
        long line = queries.line(enterprise.creditCode(), industry, branch).orElseThrow().id();
        return jdbc.sql("SELECT batch_no FROM grade_application WHERE ledger_line_id = :id").param("id", line)
                .query(Integer.class).single();
    }
}
