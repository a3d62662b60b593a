package org.perfgrade.replay;

import java.io.IOException;
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
import org.perfgrade.batch.NightlyKey;
import org.perfgrade.document.ArchivedDocument;
import org.perfgrade.document.AtomicFiles;
import org.perfgrade.document.DocumentArchive;
import org.perfgrade.document.ManifestEntry;
import org.perfgrade.document.xlsx.WorkbookStamp;
import org.perfgrade.ledger.GradeHistory;
import org.perfgrade.notice.NoticeIssuer;
import org.perfgrade.notice.NoticeKind;
import org.perfgrade.nightly.NightlyOutcome;
import org.perfgrade.nightly.NightlyRunner;
import org.perfgrade.reference.ReferenceData;
import org.perfgrade.sample.SampleLedgerLine;
import org.perfgrade.sample.scenario.CityAction;
import org.perfgrade.sample.scenario.ScenarioDay;
import org.perfgrade.snapshot.Snapshot;
import org.perfgrade.snapshot.SnapshotRepository;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link CampaignReplay} over a slice of seven working days ({@link SliceDays}) on each database: cut after the third
 * day and continued, then run once more; the scenario's invariants hold on every day.
 */
@DatabaseTest
@TestPropertySource(properties = "perfgrade.test.context=replay-slice") // a database of its own
class CampaignReplaySliceTests {

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

    @Autowired
    DocumentArchive archive;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    GradeHistory grades;

    @Autowired
    NoticeIssuer notices;

    @TempDir
    Path scratch;

    @Test
    void aReplayCutAfterItsThirdDayContinuesAndASecondRunReplaysNothingAndEndsWithTheSameDocuments()
            throws Exception {
        // given the slice, with a correction of a C-grade line to B
        SampleLedgerLine corrected = new SliceDays(reference, stamp, scratch, null).samples().generate().ledgerLines().stream()
                .filter(l -> "C".equals(l.grade()))
                .filter(l -> reference.industry(l.industry()).map(i -> i.schemeFor(l.branch()).allows("B"))
                        .orElse(false))
                .findFirst().orElseThrow();
        SliceDays days = new SliceDays(reference, stamp, scratch, new CityAction.Correction(corrected.creditCode(),
                corrected.industry(), corrected.branch(), "B", "核实后更正：原误录为C级"));
        List<String> progress = new ArrayList<>();

        // when cut off after its third day (the fourth cannot be prepared), then run again
        List<ReplayedDay> cut = new ArrayList<>();
        assertThatThrownBy(() -> replay.replay(cutOffBefore(days, SliceDays.APPLICATIONS), null, cut::add))
                .hasMessageContaining("cut off");
        long began = System.nanoTime();
        CampaignReplay.Result full = replay.replay(days, null, d -> progress.add(ReplayProgress.line(d)));
        System.out.println("replay of the slice's last four days and the last day's documents: "
                + (System.nanoTime() - began) / 1_000_000 + " ms\n" + String.join("\n", progress));

        // then the second run continued with the four days left
        assertThat(cut).hasSize(3).allMatch(ReplayedDay::replayed);
        assertThat(full.days()).extracting(ReplayedDay::replayed)
                .containsExactly(false, false, false, true, true, true, true);
        assertThat(progress).hasSize(7);
        assertThat(progress.get(0)).isEqualTo("2021-06-07  已重放，跳过");
        assertThat(progress.get(6)).startsWith("2021-06-16  收文 1 个，导入 1 个");
        assertThat(nightlyInstances()).isEqualTo(7);
        // and each day has its snapshot
        Map<LocalDate, Snapshot> byDay = days.days().stream().collect(Collectors.toMap(Function.identity(),
                d -> snapshots.find(d).orElseThrow()));

        // the shares change only on days with new data: the same on 6/8 as on 6/7, and on 6/15 as on 6/11
        assertThat(shares(byDay.get(SliceDays.NO_FILES))).isEqualTo(shares(byDay.get(SliceDays.FIRST)));
        assertThat(shares(byDay.get(SliceDays.AFTER_DEADLINE))).isEqualTo(shares(byDay.get(SliceDays.CORRECTION)));
        assertThat(shares(byDay.get(SliceDays.REST))).isNotEqualTo(shares(byDay.get(SliceDays.NO_FILES)));
        assertThat(counted(byDay.get(SliceDays.FIRST))).isPositive();
        assertThat(counted(byDay.get(SliceDays.REST))).isGreaterThan(counted(byDay.get(SliceDays.FIRST)));
        // and the correction counts on its day: the line is B from 6/11, C before
        assertThat(gradeOn(corrected, SliceDays.APPLICATIONS)).isEqualTo("C");
        assertThat(gradeOn(corrected, SliceDays.CORRECTION)).isEqualTo("B");

        // the 6/14 deadline gives its overdue 附件2 the day after, and it turns late once received on 6/16
        String late = days.lateCounty().name();
        for (LocalDate day : List.of(SliceDays.FIRST, SliceDays.REST, SliceDays.CORRECTION)) {
            assertThat(byDay.get(day).overdue()).as(day.toString())
                    .noneMatch(o -> o.due().equals(SliceDays.IMPROVEMENT_DEADLINE));
        }
        assertThat(byDay.get(SliceDays.AFTER_DEADLINE).overdue())
                .filteredOn(o -> o.due().equals(SliceDays.IMPROVEMENT_DEADLINE))
                .singleElement().satisfies(o -> {
                    assertThat(o.county()).isEqualTo(late);
                    assertThat(o.daysOverdue()).isEqualTo(1);
                });
        assertThat(byDay.get(SliceDays.LATE).overdue()).noneMatch(o -> o.due().equals(
                SliceDays.IMPROVEMENT_DEADLINE));
        assertThat(byDay.get(SliceDays.LATE).late()).filteredOn(l -> l.due().equals(SliceDays.IMPROVEMENT_DEADLINE))
                .singleElement().satisfies(l -> {
                    assertThat(l.county()).isEqualTo(late);
                    assertThat(l.done()).isEqualTo(SliceDays.LATE);
                    assertThat(l.daysLate()).isEqualTo(2);
                });

        // the invariants of every replay hold, and the notices are numbered in the order of their issue dates
        List<ReplayedDay> replayedDays = new ArrayList<>(cut);
        replayedDays.addAll(full.days().subList(3, full.days().size()));
        ReplayInvariants invariants = new ReplayInvariants(replayedDays, byDay);
        assertThat(invariants.sharesChangeOnlyOnDaysWithNewData()).isEqualTo(2);
        assertThat(invariants.overdueFromTheDayAfterAndLateOnceDone()).extracting(l -> l.county() + " " + l.due())
                .containsExactly(late + " 2021-06-14");
        assertThat(invariants.downgradesOnTheDaysOfTheViolations()).isEmpty();
        assertThat(invariants.noticeNumbersIncreaseWithIssueDates())
                .containsExactly("2021-06-09 汴环攻坚办〔2021〕92号", "2021-06-15 汴环攻坚办〔2021〕93号");
        assertThat(notices.registeredIssueDate(NoticeKind.PROGRESS, SliceDays.AFTER_DEADLINE))
                .contains(SliceDays.AFTER_DEADLINE);
        // and the filing package of batch 1 and the briefings of the render days are in the manifest
        List<ManifestEntry> manifest = archive.manifestEntries();
        assertThat(manifest).anyMatch(e -> e.kind().equals("filing-zip") && e.asOf().equals("2021-06-11"));
        assertThat(manifest).filteredOn(e -> e.kind().equals("briefing-pdf")).extracting(ManifestEntry::asOf)
                .containsExactlyInAnyOrder("2021-06-07", "2021-06-15", "2021-06-16");
        assertThat(manifest).filteredOn(e -> e.kind().equals("briefing-pdf")).noneMatch(e -> e.county() != null);
        assertThat(manifest).filteredOn(e -> e.kind().equals("target-table-pdf") && e.county() == null)
                .extracting(ManifestEntry::asOf).containsExactly("2021-06-16");
        assertThat(full.weeks()).extracting(ReplayWeek::weekEnding)
                .containsExactly(SliceDays.CORRECTION, SliceDays.LATE);

        // when run a second time
        Map<String, String> listed = lastDayInManifest();
        CampaignReplay.Result second = replay.replay(days, null, d -> { });
        // then no day is replayed and the last day's documents are the same (SHA-256 in the manifest and on disk)
        assertThat(second.days()).noneMatch(ReplayedDay::replayed);
        assertThat(nightlyInstances()).isEqualTo(7);
        assertThat(lastDayInManifest()).isEqualTo(listed).hasSizeGreaterThan(100);
        assertThat(hashes(second.documents())).isEqualTo(hashes(full.documents()));
        for (Map.Entry<String, String> document : listed.entrySet()) {
            assertThat(AtomicFiles.sha256(archive.outDir().resolve(document.getKey()))).as(document.getKey())
                    .isEqualTo(document.getValue());
        }
        assertThat(second.weeks()).isEqualTo(full.weeks());

        // and the history of the last date equals the night's snapshot of that date computed again
        Snapshot stored = snapshots.find(SliceDays.LATE).orElseThrow();
        NightlyOutcome again = nightly.run(SliceDays.LATE, Files.createDirectories(scratch.resolve("empty")), false,
                NightlyKey.Documents.NONE);
        assertThat(again.revision()).isEqualTo(2);
        assertThat(shares(again.snapshot())).isEqualTo(shares(stored));
        assertThat(again.snapshot().overdue()).isEqualTo(stored.overdue());
        assertThat(again.snapshot().late()).isEqualTo(stored.late());
    }

    /** The days, failing as the given one is prepared: a replay cut off there. */
    private static ReplayDays cutOffBefore(ReplayDays days, LocalDate cutOff) {
        return new ReplayDays() {
            @Override
            public List<LocalDate> days() {
                return days.days();
            }

            @Override
            public ScenarioDay prepare(LocalDate day, Path dayInbox, Path materialsRoot) throws IOException {
                if (day.equals(cutOff)) {
                    throw new IllegalStateException("cut off before " + day);
                }
                return days.prepare(day, dayInbox, materialsRoot);
            }
        };
    }

    private Map<String, String> lastDayInManifest() {
        return archive.manifestEntries().stream().filter(e -> e.asOf().equals(SliceDays.LATE.toString()))
                .collect(Collectors.toMap(ManifestEntry::path, ManifestEntry::sha256));
    }

    private long nightlyInstances() {
        return jdbc.sql("SELECT COUNT(*) FROM BATCH_JOB_INSTANCE WHERE JOB_NAME = :job").param("job", NightlyKey.JOB)
                .query(Long.class).single();
    }

    private String gradeOn(SampleLedgerLine line, LocalDate day) {
        return grades.asOf(line.creditCode(), day).orElseThrow().lines().stream()
                .filter(l -> l.industry().equals(line.industry()) && java.util.Objects.equals(l.branch(),
                        line.branch())).findFirst().orElseThrow().grade();
    }

    /** Every county's and the city's counts and shares, as {@code history --json} lists them. */
    private static List<Object> shares(Snapshot snapshot) {
        List<Object> shares = new ArrayList<>();
        snapshot.counties().forEach(c -> shares.add(List.of(c.county(), c.levels())));
        shares.add(snapshot.city());
        return shares;
    }

    private static int counted(Snapshot snapshot) {
        return snapshot.city().levels().stream().mapToInt(l -> l.counted()).sum();
    }

    private static Map<String, String> hashes(List<ArchivedDocument> documents) {
        return documents.stream().collect(Collectors.toMap(ArchivedDocument::path, ArchivedDocument::sha256));
    }
}
