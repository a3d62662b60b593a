package org.perfgrade.ledger;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.perfgrade.DatabaseTest;
import org.perfgrade.LedgerTables;
import org.perfgrade.ledger.facts.EnterpriseFacts;
import org.perfgrade.ledger.facts.RowOutcome;
import org.perfgrade.ledger.facts.ViolationType;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.perfgrade.ledger.GradingFixtures.line;
import static org.perfgrade.ledger.GradingFixtures.violation;
import static org.perfgrade.ledger.LedgerFixtures.TONGXU;
import static org.perfgrade.ledger.LedgerFixtures.creditCode;
import static org.perfgrade.ledger.LedgerFixtures.name;

/** 市级更正: one CORRECTION event dated as asked; it ends a violation's hold like a review. */
@DatabaseTest
class GradeCorrectionTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LedgerImport ledger;

    @Autowired
    LedgerQueries queries;

    @Autowired
    GradeCorrection corrections;

    LedgerFixtures fixtures;

    EnterpriseFacts works = EnterpriseFacts.identity(creditCode(), name("通许县恒达铸造有限公司"), TONGXU);

    @BeforeEach
    void setUp() {
        LedgerTables.clear(jdbc);
        fixtures = new LedgerFixtures(jdbc);
        ledger.applyLedgerRows(fixtures.ledger(TONGXU, LocalDate.of(2021, 6, 1)),
                List.of(line(4, works, "铸造", "黑色金属铸造", "B")));
        ledger.applyViolationRows(fixtures.submission(TONGXU, "VIOLATION", LocalDate.of(2021, 9, 8)),
                List.of(violation(3, works, ViolationType.EXCESS_EMISSION, LocalDate.of(2021, 9, 3), null)));
    }

    @Test
    void aCorrectionIsDatedAsAskedAndEndsTheViolationsHold() {
        // when the city corrects the downgrade (the violation was recorded against the wrong enterprise)
        GradeCorrection.Result result = corrections.correct(new GradeCorrection.Request(works.creditCode(), "铸造",
                "黑色金属铸造", "B", "违法问题系误报，已撤销", LocalDate.of(2021, 9, 3), null));
        List<RowOutcome> later = ledger.applyLedgerRows(fixtures.ledger(TONGXU, LocalDate.of(2021, 10, 1)),
                List.of(line(4, works, "铸造", "黑色金属铸造", "A")));
        // then
        assertThat(result.corrected()).isTrue();
        assertThat(result.line().events()).extracting(GradeEventView::reason, GradeEventView::effectiveOn,
                GradeEventView::newGrade).containsExactly(tuple("COUNTY_LEDGER", LocalDate.of(2021, 6, 1), "B"),
                tuple("VIOLATION", LocalDate.of(2021, 9, 3), "C"), tuple("CORRECTION", LocalDate.of(2021, 9, 3), "B"));
        assertThat(result.line().events().get(2).source()).isEqualTo("市级更正：市生态环境局");
        long line = result.line().lineId();
        assertThat(queries.gradeAsOf(line, LocalDate.of(2021, 9, 3))).isEqualTo("B");
        assertThat(later.get(0).issues()).isEmpty();
        assertThat(queries.gradeAsOf(line, LocalDate.of(2021, 10, 1))).isEqualTo("A");
    }

    @Test
    void aLineMayBeCorrectedToUngraded() {
        // when
        GradeCorrection.Result result = corrections.correct(new GradeCorrection.Request(works.creditCode(), "铸造",
                "黑色金属铸造", "未评级", "该企业尚未评级，清单台账误填", LocalDate.of(2021, 9, 20), "大气科"));
        // then
        assertThat(result.corrected()).isTrue();
        assertThat(result.message()).endsWith("自 2021-09-20 起由C级更正为未评级，当前级别未评级");
        assertThat(result.line().grade()).isNull();
        assertThat(result.line().events()).last().satisfies(e -> {
            assertThat(e.oldGrade()).isEqualTo("C");
            assertThat(e.newGrade()).isNull();
            assertThat(e.note()).isEqualTo("该企业尚未评级，清单台账误填");
        });
        assertThat(queries.gradeAsOf(result.line().lineId(), LocalDate.of(2021, 9, 19))).isEqualTo("C");
    }
}
