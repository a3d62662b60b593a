package org.perfgrade.ledger;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.perfgrade.DatabaseTest;
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
class LedgerQueriesTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LedgerImport ledger;

    @Autowired
    LedgerQueries queries;

    LedgerFixtures fixtures;

    String cement = creditCode();
    String cementName = name("兰考县天瑞水泥有限公司");

    @BeforeEach
    void setUp() {
        fixtures = new LedgerFixtures(jdbc);
    }

    @Test
    void theGradeOnADayIsTheNewestChangeInEffectThatDay() {
        // given C from 14 June, B from 15 July, A from 20 August
        apply(LocalDate.of(2021, 6, 14), "C");
        apply(LocalDate.of(2021, 7, 15), "B");
        apply(LocalDate.of(2021, 8, 20), "A");
        long line = queries.line(cement, "水泥", "熟料").orElseThrow().id();
        // when / then
        assertThat(queries.gradeAsOf(line, LocalDate.of(2021, 6, 1))).isNull();
        assertThat(queries.gradeAsOf(line, LocalDate.of(2021, 6, 14))).isEqualTo("C");
        assertThat(queries.gradeAsOf(line, LocalDate.of(2021, 7, 14))).isEqualTo("C");
        assertThat(queries.gradeAsOf(line, LocalDate.of(2021, 7, 15))).isEqualTo("B");
        assertThat(queries.gradeAsOf(line, LocalDate.of(2021, 8, 19))).isEqualTo("B");
        assertThat(queries.gradeAsOf(line, LocalDate.of(2021, 12, 31))).isEqualTo("A");
        assertThat(queries.history(line)).extracting(GradeEventView::newGrade).containsExactly("C", "B", "A");
    }

    @Test
    void aLineMadeUngradedAgainIsUngradedFromThatDay() {
        // given
        apply(LocalDate.of(2021, 6, 14), "C");
        apply(LocalDate.of(2021, 7, 15), null);
        long line = queries.line(cement, "水泥", "熟料").orElseThrow().id();
        // when / then
        assertThat(queries.gradeAsOf(line, LocalDate.of(2021, 7, 1))).isEqualTo("C");
        assertThat(queries.gradeAsOf(line, LocalDate.of(2021, 7, 15))).isNull();
        assertThat(queries.history(line)).last().satisfies(e -> {
            assertThat(e.oldGrade()).isEqualTo("C");
            assertThat(e.newGrade()).isNull();
        });
    }

    @Test
    void activeLinesAreCountedPerCountyInTheOrderOfAttachment1() {
        // given
        Map<String, Long> before = queries.activeLinesByCounty();
        apply(LocalDate.of(2021, 6, 14), "C");
        // when
        Map<String, Long> after = queries.activeLinesByCounty();
        // then
        assertThat(after).hasSize(10);
        assertThat(after.keySet()).endsWith(TONGXU, "410221", "410223", LANKAO);
        assertThat(after.get(LANKAO)).isEqualTo(before.get(LANKAO) + 1);
        assertThat(after.get(TONGXU)).isEqualTo(before.get(TONGXU));
        assertThat(queries.activeLines(LANKAO)).isEqualTo(after.get(LANKAO));
    }

    private void apply(LocalDate asOf, String grade) {
        SubmissionContext ctx = fixtures.ledger(LANKAO, asOf);
        assertThat(ledger.applyLedgerRows(ctx, List.of(ledgerRow(4, cement, cementName, LANKAO, "水泥", "熟料", grade))))
                .allMatch(RowOutcome::stored);
    }
}
