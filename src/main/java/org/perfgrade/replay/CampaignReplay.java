package org.perfgrade.replay;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.perfgrade.batch.NightlyKey;
import org.perfgrade.document.ArchivedDocument;
import org.perfgrade.document.DocumentArchive;
import org.perfgrade.document.FontCheck;
import org.perfgrade.filing.FilingOutcome;
import org.perfgrade.filing.FilingRequest;
import org.perfgrade.filing.FilingRunner;
import org.perfgrade.nightly.NightlyOutcome;
import org.perfgrade.nightly.NightlyRunner;
import org.perfgrade.notice.NoticeIssuer;
import org.perfgrade.notice.NoticeKind;
import org.perfgrade.report.DailyDocuments;
import org.perfgrade.sample.scenario.ScenarioDay;
import org.perfgrade.snapshot.Snapshot;
import org.perfgrade.snapshot.SnapshotRepository;

import org.springframework.stereotype.Service;

/**
 * 演示重放: replays the campaign night by night — for each working day of the {@link ReplayDays}, in order: the day's
 * county files into {@code <out>/demo/replay/inbox/<date>/}, the city's acts of the day ({@link CityActions}, before
 * the night so that they count in the day's snapshot), the night's run for the day (business date = the day, so the
 * files are received that day; rendering nothing, or the briefing on the scenario's render days), the notices of the
 * day (成文日期 = the day, so their numbers follow their issue dates) and the day's filing package. The last day ends
 * with every document of the date and the font check, rendered again at every run, so that a second run ends with
 * the same documents.
 * <p>
 * Resumable: each piece of a day is checked on its own ({@link ReplayedWork}) and done only when missing, so a second
 * run skips the days already replayed and a run cut off midway continues where it stopped. The nights run with
 * {@code recover}: the replay runs inside {@code perfgrade demo}, the only process working on the demo's database, so
 * a night of the date still marked running was left by a demo that was killed and is continued, not refused.
 */
@Service
public class CampaignReplay {

    private final NightlyRunner nightly;
    private final CityActions actions;
    private final NoticeIssuer notices;
    private final FilingRunner filing;
    private final ReplayedWork done;
    private final SnapshotRepository snapshots;
    private final DailyDocuments documents;
    private final FontCheck fontCheck;
    private final DocumentArchive archive;

    CampaignReplay(NightlyRunner nightly, CityActions actions, NoticeIssuer notices, FilingRunner filing,
                   ReplayedWork done, SnapshotRepository snapshots, DailyDocuments documents, FontCheck fontCheck,
                   DocumentArchive archive) {
        this.nightly = nightly;
        this.actions = actions;
        this.notices = notices;
        this.filing = filing;
        this.done = done;
        this.snapshots = snapshots;
        this.documents = documents;
        this.fontCheck = fontCheck;
        this.archive = archive;
    }

    /** What a replay did: its days, the weeks' figures, the last day's snapshot and documents. */
    public record Result(List<ReplayedDay> days, List<ReplayWeek> weeks, Snapshot last,
                         List<ArchivedDocument> documents) {

        public Result {
            days = List.copyOf(days);
            weeks = List.copyOf(weeks);
            documents = List.copyOf(documents);
        }
    }

    /** {@code <out>/demo/replay}: the days' inboxes and the scanned materials. */
    public Path root() {
        return archive.outDir().resolve("demo").resolve("replay");
    }

    /** The folder the scanned materials of every day go to (the filing packages read them there). */
    public Path materialsRoot() {
        return root().resolve("materials");
    }

    /**
     * Replays the days up to {@code until} (every day when null), printing one progress line per day.
     *
     * @throws IllegalArgumentException when no day is left to replay
     */
    public Result replay(ReplayDays scenario, LocalDate until, PrintStream progress) {
        return replay(scenario, until, day -> progress.println(ReplayProgress.line(day)));
    }

    /** As {@link #replay(ReplayDays, LocalDate, PrintStream)}, each day handed to {@code progress} once done. */
    public Result replay(ReplayDays scenario, LocalDate until, Consumer<ReplayedDay> progress) {
        List<LocalDate> days = scenario.days().stream().filter(d -> until == null || !d.isAfter(until)).toList();
        if (days.isEmpty()) {
            throw new IllegalArgumentException("演示场景在 " + until + " 及以前没有工作日可重放");
        }
        LocalDate lastDay = days.get(days.size() - 1);
        List<ReplayedDay> replayed = new ArrayList<>();
        List<ReplayWeek> weeks = new ArrayList<>();
        for (int i = 0; i < days.size(); i++) {
            LocalDate day = days.get(i);
            ReplayedDay result = replayDay(scenario, day, day.equals(lastDay));
            replayed.add(result);
            progress.accept(result);
            if (i == days.size() - 1 || weekOf(days.get(i + 1)) != weekOf(day)
                    || days.get(i + 1).getYear() != day.getYear()) {
                weeks.add(ReplayWeek.of(snapshots.find(day).orElseThrow()));
            }
        }
        Snapshot last = snapshots.find(lastDay).orElseThrow();
        List<ArchivedDocument> rendered = new ArrayList<>(documents.render(last));
        rendered.add(fontCheck.render(lastDay));
        return new Result(replayed, weeks, last, rendered);
    }

    private ReplayedDay replayDay(ReplayDays scenario, LocalDate day, boolean lastDay) {
        long began = System.nanoTime();
        Path inbox = root().resolve("inbox").resolve(day.toString());
        ScenarioDay plan;
        try {
            plan = scenario.prepare(day, inbox, materialsRoot());
        }
        catch (IOException ex) {
            throw new UncheckedIOException("无法写入 " + day + " 的演示报送文件：" + ex.getMessage(), ex);
        }
        boolean any = false;
        List<String> events = new ArrayList<>(plan.events());
        int imported = 0;
        int rendered = 0;
        if (!done.nightDone(day)) {
            any = true;
            events.addAll(actions.apply(plan.cityActions(), day));
            // the last day's documents are rendered in full after the night, at every run
            NightlyKey.Documents scope = lastDay || !plan.renderDocuments() ? NightlyKey.Documents.NONE
                    : NightlyKey.Documents.BRIEFING;
            NightlyOutcome night = nightly.run(day, inbox, true, scope);
            imported = night.imports().size();
            rendered = night.documents().size();
        }
        List<String> numbers = new ArrayList<>();
        for (String code : plan.notices()) {
            NoticeKind kind = NoticeKind.ofCode(code).orElseThrow(() -> new IllegalArgumentException(
                    "演示场景中的通报种类未知：" + code));
            if (done.noticeIssued(kind, day).isEmpty()) {
                any = true;
                numbers.add(notices.issue(kind, day, day, null).number().text());
            }
        }
        String pkg = null;
        if (plan.filingBatch() != null && !done.filingArchived(day, plan.filingBatch())) {
            any = true;
            FilingOutcome outcome = filing.run(new FilingRequest(day, plan.filingBatch(), true), materialsRoot());
            if (!outcome.completed()) {
                throw new IllegalStateException(day + " 的报省备案材料包未能生成：" + outcome.message());
            }
            pkg = archive.outDir().relativize(outcome.packagePath()).toString();
        }
        List<String> files = plan.files().stream().map(f -> inbox.relativize(f).toString()).toList();
        return new ReplayedDay(day, any, files, plan.cityActions().size(), imported, rendered, numbers, pkg, events,
                (System.nanoTime() - began) / 1_000_000);
    }

    private static int weekOf(LocalDate day) {
        return day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }
}
