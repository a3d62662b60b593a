package org.perfgrade.snapshot;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.perfgrade.DatabaseTest;
import org.perfgrade.ledger.LedgerImport;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.perfgrade.reference.IndustryLevel.NATIONAL;
import static org.perfgrade.snapshot.SnapshotFixtures.TONGXU;

@DatabaseTest
@Import(SnapshotClock.Configuration.class)
class SnapshotRepositoryTests {

    private static final LocalDate JUNE_30 = LocalDate.of(2021, 6, 30);
    private static final LocalDate JULY_15 = SnapshotDataSet.UPGRADE_DAY;
    private static final LocalDate JULY_20 = LocalDate.of(2021, 7, 20);

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LedgerImport ledger;

    @Autowired
    SnapshotClock clock;

    @Autowired
    SnapshotCalculator calculator;

    @Autowired
    SnapshotRepository repository;

    @Autowired
    CountingRules rules;

    SnapshotFixtures fixtures;

    SnapshotDataSet set = new SnapshotDataSet();

    @BeforeEach
    void setUp() {
        fixtures = new SnapshotFixtures(jdbc, ledger, clock);
        fixtures.clear();
        set.load(fixtures);
    }

    @Test
    void storingADateTwiceKeepsOneSnapshotTheLatest() {
        // given a snapshot of 7/15 stored before the upgrade of that day was imported
        repository.store(calculator.compute(JULY_15));
        set.upgrade(fixtures);
        Snapshot again = calculator.compute(JULY_15);
        // when
        repository.store(again);
        // then
        assertThat(count("SELECT COUNT(*) FROM snapshot")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM snapshot_line")).isEqualTo(22);
        assertThat(repository.find(JULY_15)).contains(again);
        assertThat(repository.history(TONGXU, NATIONAL)).singleElement().satisfies(line -> {
            assertThat(line.passed()).isEqualTo(2);
            assertThat(line.passedShare()).isEqualByComparingTo("0.4");
            assertThat(line.passedMet()).isTrue();
            assertThat(line.passedGap()).isZero();
            assertThat(line.goalMet()).isNull();
        });
        assertThat(jdbc.sql("SELECT rules FROM snapshot").query(String.class).single())
                .startsWith("A、B级企业含A级、B级、B-级和绩效引领性企业，非引领性企业按C级计\n分母：");
    }

    @Test
    void previousIsTheLatestSnapshotBeforeTheDate() {
        // given
        repository.store(calculator.compute(JUNE_30));
        set.upgrade(fixtures);
        repository.store(calculator.compute(JULY_15));
        repository.store(calculator.compute(JULY_20));
        // when / then
        assertThat(repository.previous(JUNE_30)).isEmpty();
        assertThat(repository.previous(JULY_15)).map(Snapshot::asOf).contains(JUNE_30);
        assertThat(repository.previous(JULY_15.plusDays(1))).map(Snapshot::asOf).contains(JULY_15);
        assertThat(repository.previous(JULY_20.plusYears(1))).map(Snapshot::asOf).contains(JULY_20);
        assertThat(repository.find(LocalDate.of(2021, 7, 1))).isEmpty();
        assertThat(repository.dates()).containsExactly(JUNE_30, JULY_15, JULY_20);
        assertThat(repository.history(TONGXU, NATIONAL)).extracting(SnapshotLine::passed).containsExactly(1, 2, 2);
        assertThat(repository.history("410200", NATIONAL)).extracting(SnapshotLine::goalMet)
                .containsExactly(true, true, true);
    }

    @Test
    void theCountingRulesOfTheConfigAreTheDefaults() {
        assertThat(rules).isEqualTo(CountingRules.defaults());
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
