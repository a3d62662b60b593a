package org.perfgrade.snapshot;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.perfgrade.DatabaseTest;
import org.perfgrade.ledger.LedgerImport;
import org.perfgrade.snapshot.SnapshotFixtures.Firm;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.perfgrade.snapshot.SnapshotFixtures.TONGXU;
import static org.perfgrade.snapshot.SnapshotFixtures.firm;
import static org.perfgrade.snapshot.SnapshotFixtures.line;

@DatabaseTest
@Import(SnapshotClock.Configuration.class)
class SnapshotChangesTests {

    private static final LocalDate JUNE_30 = LocalDate.of(2021, 6, 30);
    private static final LocalDate JULY_20 = LocalDate.of(2021, 7, 20);

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LedgerImport ledger;

    @Autowired
    SnapshotClock clock;

    @Autowired
    SnapshotService snapshots;

    @Autowired
    SnapshotCalculator calculator;

    @Autowired
    SnapshotChanges changes;

    @Autowired
    SnapshotRepository repository;

    SnapshotFixtures fixtures;

    SnapshotDataSet set = new SnapshotDataSet();

    Firm e6 = firm("通许县新兴铸造有限公司", TONGXU);

    @BeforeEach
    void setUp() {
        fixtures = new SnapshotFixtures(jdbc, ledger, clock);
        fixtures.clear();
        set.load(fixtures);
    }

    @Test
    void gradeChangesTargetsNewlyMetAndNewOverdueItemsSinceThePreviousSnapshot() {
        // given the snapshot of 6/30, then on 7/15 E2 rises C → B, E3 falls C → D, E6 is listed with A,
        // and 通许县 sends its expert register on 7/1
        Snapshot june = snapshots.take(JUNE_30);
        fixtures.submission(TONGXU, "EXPERT", LocalDate.of(2021, 7, 1));
        fixtures.ledger(TONGXU, SnapshotDataSet.UPGRADE_DAY,
                line(set.e2, "铸造", "黑色金属铸造", "B"),
                line(set.e3, "铸造", "有色金属铸造", "D"),
                line(e6, "铸造", "黑色金属铸造", "A"));
        // when
        Snapshot july = snapshots.take(JULY_20);
        // then grade changes in enterprise order (宏 hóng, 金 jīn, 新 xīn); 3 of 6 now pass in 通许县 (50 % > 20);
        // the expert register (7/1) is overdue in the nine other counties
        assertThat(june.changes()).isEmpty();
        assertThat(july.changes()).startsWith(
                new Change("grade-up", "通许县", set.e2.name(), "铸造（黑色金属铸造）", "C", "B"),
                new Change("grade-down", "通许县", set.e3.name(), "铸造（有色金属铸造）", "C", "D"),
                new Change("new-grade", "通许县", e6.name(), "铸造（黑色金属铸造）", null, "A"),
                new Change("target-met", "通许县", null, null, "national-passed", "0.5000"),
                new Change("overdue", "城乡一体化示范区", null, null, "2021-07-01", "专家（第三方）信息报市生态环境局"));
        assertThat(july.changes()).hasSize(4 + 9);
        assertThat(july.changes()).filteredOn(c -> c.kind().equals("overdue")).extracting(Change::county)
                .doesNotContain("通许县").contains("兰考县");
        assertThat(repository.find(JULY_20)).contains(july);
    }

    @Test
    void aTargetLostIsAChangeAndAGradeChangedBackIsNone() {
        // given 6/30 stored; E1 falls A → C on 7/5; 杞县's Q3 (引领性) falls to 非引领性 on 7/5 and is back on 7/10
        snapshots.take(JUNE_30);
        fixtures.ledger(TONGXU, LocalDate.of(2021, 7, 5), line(set.e1, "铸造", "黑色金属铸造", "C"));
        fixtures.ledger(SnapshotFixtures.QIXIAN, LocalDate.of(2021, 7, 5), line(set.q3, "水泥", "粉磨站", "非引领性"));
        fixtures.ledger(SnapshotFixtures.QIXIAN, LocalDate.of(2021, 7, 10), line(set.q3, "水泥", "粉磨站", "引领性"));
        // when
        Snapshot current = calculator.compute(JULY_20);
        List<Change> list = changes.between(repository.previous(JULY_20), current);
        // then E1 fell to C, so the city's national goal (2/10 → 1/10) is missed; Q3 is not listed
        assertThat(list).filteredOn(c -> !c.kind().equals("overdue")).containsExactly(
                new Change("grade-down", "通许县", set.e1.name(), "铸造（黑色金属铸造）", "A", "C"),
                new Change("target-missed", "通许县", null, null, "national-applied", "0.2000"),
                new Change("target-missed", "开封市", null, null, "national-goal", "0.1000"));
    }

    @Test
    void withoutAPreviousSnapshotNothingChanged() {
        assertThat(changes.between(Optional.empty(), calculator.compute(JUNE_30))).isEmpty();
    }
}
