package org.perfgrade.replay;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfgrade.DatabaseTest;
import org.perfgrade.TestDatabase;
import org.perfgrade.batch.NightlyKey;
import org.perfgrade.document.xlsx.WorkbookStamp;
import org.perfgrade.nightly.NightlyOutcome;
import org.perfgrade.nightly.NightlyRunner;
import org.perfgrade.reference.County;
import org.perfgrade.reference.ReferenceData;
import org.perfgrade.sample.scenario.CampaignScenario;
import org.perfgrade.snapshot.LateItem;
import org.perfgrade.snapshot.Snapshot;
import org.perfgrade.snapshot.SnapshotHistory;
import org.perfgrade.snapshot.SnapshotRepository;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The real campaign scenario ({@link CampaignScenario}, seed 2021) through {@link CampaignReplay}: its first four
 * weeks on H2, the whole campaign once on MySQL/MariaDB; both keep the {@link ReplayInvariants}, and the history of
 * the last date equals the night's snapshot of that date computed again.
 */
@DatabaseTest
@TestPropertySource(properties = "perfgrade.test.context=replay-scenario") // a database of its own
class CampaignScenarioReplayTests {

    @Autowired
    CampaignReplay replay;

    @Autowired
    ReferenceData reference;

    @Autowired
    WorkbookStamp stamp;

    @Autowired
    SnapshotRepository snapshots;

    @Autowired
    NightlyRunner nightly;

    @TempDir
    Path scratch;

    @Test
    void theCampaignsFirstFourWeeksKeepTheInvariants() throws Exception {
        assumeFalse(TestDatabase.isMysql(), "the slice replays on H2; the whole campaign on MySQL/MariaDB");
        // given the scenario
        CampaignScenario scenario = CampaignScenario.of(reference, 2021, stamp);
        // when replayed to 6/18
        CampaignReplay.Result result = replay.replay(ReplayDays.of(scenario), LocalDate.of(2021, 6, 18), d -> { });
        // then
        assertThat(result.days()).hasSizeBetween(15, 20).allMatch(ReplayedDay::replayed);
        ReplayInvariants invariants = invariants(result);
        assertThat(invariants.sharesChangeOnlyOnDaysWithNewData()).isPositive();
        // 附件2 was due 6/14: the late counties are overdue on 6/15, and one that sends it by 6/18 is late
        List<LateItem> late = invariants.overdueFromTheDayAfterAndLateOnceDone();
        assertThat(snapshots.find(LocalDate.of(2021, 6, 15)).orElseThrow().overdue())
                .anyMatch(o -> o.due().equals(LocalDate.of(2021, 6, 14)));
        assertThat(late).anyMatch(l -> l.due().equals(LocalDate.of(2021, 6, 14)) && l.daysLate() > 0);
        assertThat(invariants.noticeNumbersIncreaseWithIssueDates()).isNotEmpty();
        invariants.downgradesOnTheDaysOfTheViolations();
        assertHistoryOfTheLastDateIsTheNightsSnapshot(result.last().asOf());
    }

    @Test
    void theWholeCampaignKeepsTheInvariants() throws Exception {
        assumeTrue(TestDatabase.isMysql(), "the whole campaign replays once, on MySQL/MariaDB");
        // given the scenario
        CampaignScenario scenario = CampaignScenario.of(reference, 2021, stamp);
        // when replayed to its end
        long began = System.nanoTime();
        CampaignReplay.Result result = replay.replay(ReplayDays.of(scenario), null, d -> { });
        System.out.println("whole campaign replayed in " + (System.nanoTime() - began) / 1_000_000 + " ms");
        // then
        assertThat(result.days()).hasSizeGreaterThan(100).allMatch(ReplayedDay::replayed);
        ReplayInvariants invariants = invariants(result);
        assertThat(invariants.sharesChangeOnlyOnDaysWithNewData()).isGreaterThan(20);
        List<LateItem> late = invariants.overdueFromTheDayAfterAndLateOnceDone();
        assertThat(late).extracting(LateItem::due).contains(LocalDate.of(2021, 6, 14), LocalDate.of(2021, 7, 1));
        assertThat(invariants.noticeNumbersIncreaseWithIssueDates()).hasSizeGreaterThanOrEqualTo(4);
        List<LocalDate> downgrades = invariants.downgradesOnTheDaysOfTheViolations();
        assertThat(downgrades).anyMatch(d -> d.getMonthValue() == 9);
        // and the city's goal shares end above those of the first date with data
        List<Snapshot> withData = result.days().stream().map(d -> snapshots.find(d.date()).orElseThrow())
                .filter(s -> s.city().hasEnterprises()).toList();
        Snapshot first = withData.get(0);
        for (int level = 0; level < first.city().levels().size(); level++) {
            assertThat(result.last().city().levels().get(level).goalShare())
                    .isGreaterThan(first.city().levels().get(level).goalShare());
        }
        assertHistoryOfTheLastDateIsTheNightsSnapshot(result.last().asOf());
    }

    private ReplayInvariants invariants(CampaignReplay.Result result) {
        Map<LocalDate, Snapshot> byDay = result.days().stream().map(ReplayedDay::date)
                .collect(Collectors.toMap(Function.identity(), d -> snapshots.find(d).orElseThrow()));
        return new ReplayInvariants(result.days(), byDay);
    }

    /** {@code history --json}'s points of the date equal those of {@code nightly --json} run again for it. */
    private void assertHistoryOfTheLastDateIsTheNightsSnapshot(LocalDate last) throws Exception {
        List<String> order = reference.counties().stream().map(County::name).toList();
        List<Snapshot> stored = new ArrayList<>();
        snapshots.dates().forEach(d -> stored.add(snapshots.find(d).orElseThrow()));
        SnapshotHistory history = SnapshotHistory.of(null, null, stored, order, null);
        NightlyOutcome again = nightly.run(last, Files.createDirectories(scratch.resolve("empty")), false,
                NightlyKey.Documents.NONE);
        assertThat(again.revision()).isEqualTo(2);
        SnapshotHistory night = SnapshotHistory.of(last, last, List.of(again.snapshot()), order, null);
        assertThat(history.dates()).contains(last);
        assertThat(history.city().stream().filter(p -> p.date().equals(last)).toList())
                .isNotEmpty().isEqualTo(night.city());
        for (int i = 0; i < order.size(); i++) {
            assertThat(history.counties().get(i).series().stream().filter(p -> p.date().equals(last)).toList())
                    .as(order.get(i)).isEqualTo(night.counties().get(i).series());
        }
    }
}
