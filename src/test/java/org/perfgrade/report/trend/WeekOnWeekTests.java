package org.perfgrade.report.trend;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.perfgrade.reference.TargetMetric;
import org.perfgrade.snapshot.Snapshot;
import org.perfgrade.snapshot.SnapshotHistory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.perfgrade.report.trend.TrendSnapshots.AUGUST_16;
import static org.perfgrade.report.trend.TrendSnapshots.AUGUST_2;
import static org.perfgrade.report.trend.TrendSnapshots.AUGUST_9;

/** 周变化: the week-on-week arithmetic on made-up snapshots — up, down, flat, nothing a week ago, not assessed. */
class WeekOnWeekTests {

    private static final List<String> ORDER = List.of("城乡一体化示范区", "尉氏县", "兰考县", "杞县");
    private static final Map<String, TargetMetric> GOALS = Map.of("national", TargetMetric.PASSED, "provincial",
            TargetMetric.PASSED);

    @Test
    void comparesWithTheSnapshotOfAWeekAgoCountyByCountyInOrderWithTheCityLast() {
        // given: four Mondays
        SnapshotHistory history = history(TrendSnapshots.all());
        // when
        WeekOnWeek week = WeekOnWeek.of(history, AUGUST_16, ORDER, GOALS, true);
        // then
        assertThat(week.weekAgo()).isEqualTo(AUGUST_9);
        assertThat(week.rows()).extracting(WeekRow::name).containsExactly("城乡一体化示范区", "尉氏县", "兰考县", "杞县",
                WeekOnWeek.CITY);
        WeekRow lankao = week.rows().get(2);
        // up: 4 of 20 → 5 of 20
        assertThat(texts(lankao.nationalApplied())).containsExactly("25.00%", "20.00%", "↑5.00个百分点");
        // flat: 2 of 20 both weeks
        assertThat(texts(lankao.nationalPassed())).containsExactly("10.00%", "10.00%", "持平");
        // not assessed: no provincial enterprise
        assertThat(texts(lankao.provincialApplied())).containsExactly("—", "—", "—");
        // down: 3 of 10 → 2 of 10
        assertThat(texts(week.rows().get(1).nationalPassed())).containsExactly("20.00%", "30.00%", "↓10.00个百分点");
        // new this week: nothing a week ago
        assertThat(texts(week.rows().get(3).nationalApplied())).containsExactly("10.00%", "—", "—");
        // a county in no snapshot
        assertThat(texts(week.rows().get(0).nationalApplied())).containsExactly("—", "—", "—");
        // the city: its passed column is the goal's share (18 and 15 of 100), its applied share 30 of 100 both weeks
        WeekRow city = week.rows().get(4);
        assertThat(city.city()).isTrue();
        assertThat(texts(city.nationalPassed())).containsExactly("18.00%", "15.00%", "↑3.00个百分点");
        assertThat(texts(city.nationalApplied())).containsExactly("30.00%", "30.00%", "持平");
        assertThat(texts(city.provincialPassed())).containsExactly("25.00%", "22.50%", "↑2.50个百分点");
    }

    @Test
    void aWeekAgoIsTheLatestSnapshotSevenOrMoreDaysBefore() {
        // given: the Mondays up to 8/9 and a Friday 8/13
        List<Snapshot> snapshots = new ArrayList<>(TrendSnapshots.all().subList(0, 3));
        Snapshot friday = TrendSnapshots.on(AUGUST_16);
        snapshots.add(new Snapshot(LocalDate.of(2021, 8, 13), friday.rules(), friday.counties(), friday.city(),
                List.of(), List.of(), List.of()));
        // when: 8/13 − 7 = 8/6, the latest before it 8/2
        WeekOnWeek week = WeekOnWeek.of(history(snapshots), LocalDate.of(2021, 8, 13), ORDER, GOALS, true);
        // then
        assertThat(week.weekAgo()).isEqualTo(AUGUST_2);
        assertThat(texts(week.rows().get(2).nationalApplied())).containsExactly("25.00%", "15.00%", "↑10.00个百分点");
        assertThat(TrendPage.weekHeading(week)).isEqualTo("各县区A、B级企业占比周变化（本期2021年8月13日，与2021年8月2日相比）");
    }

    @Test
    void withoutASnapshotAWeekOldEveryChangeIsADash() {
        // given: only 8/16
        SnapshotHistory history = history(List.of(TrendSnapshots.on(AUGUST_16)));
        // when
        WeekOnWeek week = WeekOnWeek.of(history, AUGUST_16, List.of("兰考县"), GOALS, false);
        // then
        assertThat(week.weekAgo()).isNull();
        assertThat(week.rows()).hasSize(1);
        assertThat(texts(week.rows().get(0).nationalApplied())).containsExactly("25.00%", "—", "—");
        assertThat(TrendPage.weekHeading(week)).isEqualTo("兰考县A、B级企业占比周变化（本期2021年8月16日；一周前无统计）");
    }

    @Test
    void changesAreReadOnTheSharesAsPrinted() {
        // given: 3 of 14 against 1 of 5
        ShareChange change = new ShareChange(new BigDecimal("0.2143"), new BigDecimal("0.2000"));
        // then
        assertThat(change.points()).isEqualByComparingTo("1.43");
        assertThat(change.changeText()).isEqualTo("↑1.43个百分点");
        assertThat(new ShareChange(new BigDecimal("0.20001"), new BigDecimal("0.2000")).changeText())
                .isEqualTo(ShareChange.FLAT);
        assertThat(new ShareChange(null, new BigDecimal("0.2000")).changeText()).isEqualTo("—");
    }

    private static List<String> texts(ShareChange change) {
        return List.of(change.nowText(), change.weekAgoText(), change.changeText());
    }

    private static SnapshotHistory history(List<Snapshot> snapshots) {
        return SnapshotHistory.of(null, null, snapshots, ORDER, null);
    }
}
