package org.perfgrade.snapshot;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.perfgrade.DatabaseTest;
import org.perfgrade.ledger.LedgerImport;
import org.perfgrade.ledger.SubmissionContext;
import org.perfgrade.reference.ReferenceData;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.perfgrade.reference.IndustryLevel.NATIONAL;
import static org.perfgrade.reference.IndustryLevel.PROVINCIAL;
import static org.perfgrade.snapshot.SnapshotFixtures.LANKAO;
import static org.perfgrade.snapshot.SnapshotFixtures.firm;
import static org.perfgrade.snapshot.SnapshotFixtures.line;

@DatabaseTest
@Import(SnapshotClock.Configuration.class)
class SnapshotCalculatorTests {

    private static final LocalDate JUNE_30 = LocalDate.of(2021, 6, 30);

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LedgerImport ledger;

    @Autowired
    SnapshotClock clock;

    @Autowired
    SnapshotCalculator calculator;

    @Autowired
    AsOfLedger asOfLedger;

    @Autowired
    CampaignProgress progress;

    @Autowired
    ReferenceData data;

    SnapshotFixtures fixtures;

    SnapshotDataSet set = new SnapshotDataSet();

    @BeforeEach
    void setUp() {
        fixtures = new SnapshotFixtures(jdbc, ledger, clock);
        fixtures.clear();
        set.load(fixtures);
    }

    @Test
    void exactlyTwentyPercentPassedIsNotMetAndOneMoreEnterpriseWouldMeetIt() {
        // when
        LevelShares tongxu = calculator.compute(JUNE_30).county("通许县").orElseThrow().level(NATIONAL);
        // then E1 passes; E5 (A and C) counts once, as C; the provincial enterprises are not counted here
        assertThat(tongxu).isEqualTo(new LevelShares("national", 5, 2, dec("0.4000"), 1, dec("0.2000"),
                dec("0.2500"), dec("0.2000"), true, false, 0, 1, 0));
    }

    @Test
    void exactlyTwentyFivePercentProvincialIsNotMet() {
        // when
        LevelShares tongxu = calculator.compute(JUNE_30).county("通许县").orElseThrow().level(PROVINCIAL);
        // then 1/4 passed against > 25 (gap 1: 2/4) and 1/4 applied against > 30 (gap 1: 2/4 = 50 %)
        assertThat(tongxu).isEqualTo(new LevelShares("provincial", 4, 1, dec("0.2500"), 1, dec("0.2500"),
                dec("0.3000"), dec("0.2500"), false, false, 1, 1, 0));
    }

    @Test
    void aCountyWithoutEnterprisesHasZeroSharesNotMetAndNoGap() {
        // when
        Snapshot snapshot = calculator.compute(JUNE_30);
        // then
        assertThat(snapshot.county("兰考县").orElseThrow().levels()).containsExactly(
                new LevelShares("national", 0, 0, dec("0.0000"), 0, dec("0.0000"), dec("0.2500"), dec("0.2000"),
                        false, false, null, null, 0),
                new LevelShares("provincial", 0, 0, dec("0.0000"), 0, dec("0.0000"), dec("0.3000"), dec("0.2500"),
                        false, false, null, null, 0));
        assertThat(snapshot.counties()).extracting(CountySnapshot::county).containsExactly("城乡一体化示范区", "龙亭区",
                "鼓楼区", "禹王台区", "顺河回族区", "祥符区", "通许县", "杞县", "尉氏县", "兰考县");
    }

    @Test
    void leadingCountsAsAbClassNonLeadingAsCAndTheUngradedAsNeither() {
        // when
        LevelShares qixian = calculator.compute(JUNE_30).county("杞县").orElseThrow().level(NATIONAL);
        // then Q3 (引领性) passes; Q1 is D; Q4 (非引领性) and Q5 (未评级) count, but neither pass nor as D
        assertThat(qixian).isEqualTo(new LevelShares("national", 5, 1, dec("0.2000"), 1, dec("0.2000"),
                dec("0.2500"), dec("0.2000"), false, false, 1, 1, 1));
    }

    @Test
    void theCityIsTheSumOfTheCountiesAgainstGoalsThatAreNotLowerThan() {
        // when
        CitySnapshot city = calculator.compute(JUNE_30).city();
        // then national: 2 of 10 pass (E1 A, Q3 引领性) = 20 %, which meets ≥ 20; provincial 1/4 meets ≥ 25
        assertThat(city.level(NATIONAL)).isEqualTo(new CityLevelShares("national", 10, 3, dec("0.3000"), 2,
                dec("0.2000"), null, null, null, null, null, null, 1, dec("0.2000"), dec("0.2000"), true, 0));
        assertThat(city.level(PROVINCIAL)).isEqualTo(new CityLevelShares("provincial", 4, 1, dec("0.2500"), 1,
                dec("0.2500"), null, null, null, null, null, null, 0, dec("0.2500"), dec("0.2500"), true, 0));
        assertThat(city.dCount()).isEqualTo(1);
        assertThat(city.dGoal()).isZero();
        assertThat(city.dGoalMet()).isFalse();
    }

    @Test
    void anApplicationCountsFromItsDayAndAGradeChangeFromItsEffectiveDay() {
        // given E2 rises to B on 7/15
        set.upgrade(fixtures);
        // when
        LevelShares beforeApplication = calculator.compute(LocalDate.of(2021, 6, 9)).county("通许县").orElseThrow()
                .level(NATIONAL);
        LevelShares beforeUpgrade = calculator.compute(LocalDate.of(2021, 7, 14)).county("通许县").orElseThrow()
                .level(NATIONAL);
        Snapshot afterUpgrade = calculator.compute(SnapshotDataSet.UPGRADE_DAY);
        // then
        assertThat(beforeApplication.applied()).isEqualTo(1);
        assertThat(beforeApplication.appliedMet()).isFalse();
        assertThat(beforeApplication.appliedGap()).isEqualTo(1);
        assertThat(beforeUpgrade.passed()).isEqualTo(1);
        assertThat(beforeUpgrade.passedMet()).isFalse();
        LevelShares tongxu = afterUpgrade.county("通许县").orElseThrow().level(NATIONAL);
        assertThat(tongxu.passed()).isEqualTo(2);
        assertThat(tongxu.passedShare()).isEqualByComparingTo("0.4000");
        assertThat(tongxu.passedMet()).isTrue();
        assertThat(tongxu.passedGap()).isZero();
        assertThat(tongxu.applied()).isEqualTo(2);
        assertThat(afterUpgrade.city().level(NATIONAL).passedShare()).hasToString("0.3000");
    }

    @Test
    void beforeItsLedgerArrivedACountyHasNothingAndARetiredLineStopsCountingOnItsDay() {
        // given 兰考县 lists a casting line on 6/1 and, on 7/1, only a machining line
        SnapshotFixtures.Firm foundry = firm("兰考县恒通铸造有限公司", LANKAO);
        SnapshotFixtures.Firm machining = firm("兰考县中原机械有限公司", LANKAO);
        fixtures.ledger(LANKAO, SnapshotDataSet.LEDGER_DAY, line(foundry, "铸造", "黑色金属铸造", "B"));
        SubmissionContext july = fixtures.ledger(LANKAO, LocalDate.of(2021, 7, 1), line(machining, "机械加工", null, "C"));
        ledger.retireLedgerLines(july);
        // when
        CountySnapshot may = calculator.compute(LocalDate.of(2021, 5, 31)).county("兰考县").orElseThrow();
        CountySnapshot june = calculator.compute(JUNE_30).county("兰考县").orElseThrow();
        CountySnapshot july1 = calculator.compute(LocalDate.of(2021, 7, 1)).county("兰考县").orElseThrow();
        // then
        assertThat(may.level(NATIONAL).counted()).isZero();
        assertThat(june.level(NATIONAL).counted()).isEqualTo(1);
        assertThat(june.level(NATIONAL).passedShare()).hasToString("1.0000");
        assertThat(june.level(PROVINCIAL).counted()).isZero();
        assertThat(july1.level(NATIONAL).counted()).isZero();
        assertThat(july1.level(PROVINCIAL).counted()).isEqualTo(1);
    }

    @Test
    void theRulesCanCountTheNeverGradedAsDAndLeaveLeadingOutOfTheAbClass() {
        // given
        CountingRules lowest = new CountingRules(true, "非引领性", "C", true, true, true);
        CountingRules lettersOnly = new CountingRules(false, "非引领性", "C", true, true, false);
        // when
        Snapshot withLowest = new SnapshotCalculator(asOfLedger, progress, data, lowest).compute(JUNE_30);
        Snapshot withLetters = new SnapshotCalculator(asOfLedger, progress, data, lettersOnly).compute(JUNE_30);
        // then Q5 (包装印刷, never graded) counts as D
        assertThat(withLowest.county("杞县").orElseThrow().level(NATIONAL).dCount()).isEqualTo(2);
        assertThat(withLowest.city().dCount()).isEqualTo(2);
        assertThat(withLowest.rules()).contains("从未评级的企业按其行业级别方案中的最低级别计（如D级）");
        // and without 引领性 only E1 passes, while the national goal still counts 引领性
        CityLevelShares national = withLetters.city().level(NATIONAL);
        assertThat(national.passedShare()).hasToString("0.1000");
        assertThat(national.goalShare()).hasToString("0.2000");
        assertThat(national.goalMet()).isTrue();
        assertThat(withLetters.county("杞县").orElseThrow().level(NATIONAL).passed()).isZero();
    }

    @Test
    void theRulesArePrintedWithTheSnapshot() {
        // when
        Snapshot snapshot = calculator.compute(JUNE_30);
        // then
        assertThat(snapshot.asOf()).isEqualTo(JUNE_30);
        assertThat(snapshot.rules()).isEqualTo(CountingRules.defaults().describe(data)).contains(
                "A、B级企业含A级、B级、B-级和绩效引领性企业，非引领性企业按C级计",
                "跨行业企业在同一级别只计一次，按其在该级别的最低级别计（就低）",
                "县区目标为严格大于（>），全市目标为不低于（≥）；是否达标按精确分数判断，不按四舍五入后的百分数",
                "从未评级的企业按未评级计（不计入A、B级）");
        assertThat(snapshot.changes()).isEmpty();
    }

    private static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }
}
