package org.perfgrade.cli;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.perfgrade.DatabaseConfiguration;
import org.perfgrade.document.ArchivedDocument;
import org.perfgrade.document.DocumentArchive;
import org.perfgrade.document.xlsx.WorkbookStamp;
import org.perfgrade.reference.Glossary;
import org.perfgrade.reference.ReferenceData;
import org.perfgrade.replay.CampaignReplay;
import org.perfgrade.replay.ReplayDays;
import org.perfgrade.replay.ReplayWeek;
import org.perfgrade.replay.ReplayedDay;
import org.perfgrade.sample.scenario.CampaignScenario;
import org.perfgrade.snapshot.Snapshot;
import org.perfgrade.web.ConsoleUsers;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code perfgrade demo} without {@code --quick}: replays the seeded 2021 campaign night by night
 * ({@link CampaignReplay}), one progress line per day on stderr, then prints the weeks, the last date's table and
 * documents, and the console accounts.
 */
final class ReplayDemo {

    /** What the replay did, printed as text or JSON. */
    record Result(String asOf, String database, long seed, int days, int replayedDays, String inbox,
                  List<ReplayedDay> replayed, List<ReplayWeek> weeks, Snapshot snapshot,
                  List<ArchivedDocument> documents, List<DemoUsers.DemoUser> consoleUsers) {
    }

    /** {@code --as-of} before the scenario's first day. */
    static final class NoDayToReplay extends RuntimeException {

        NoDayToReplay(String message) {
            super(message);
        }
    }

    private ReplayDemo() {
    }

    static Result run(ConfigurableApplicationContext context, CliEnvironment environment, long seed,
                      LocalDate until) {
        ReferenceData reference = context.getBean(ReferenceData.class);
        DocumentArchive archive = context.getBean(DocumentArchive.class);
        CampaignReplay replay = context.getBean(CampaignReplay.class);
        CampaignScenario scenario = CampaignScenario.of(reference, seed,
                context.getBean(WorkbookStamp.class));
        ReplayDays days = ReplayDays.of(scenario);
        if (until != null && days.days().stream().noneMatch(d -> !d.isAfter(until))) {
            throw new NoDayToReplay("演示场景从 " + days.days().get(0) + " 开始，" + until + " 及以前没有可重放的工作日（--as-of）。");
        }
        environment.err().println("重放 2021 年绩效分级提升行动（逐个工作日：收文、夜间统计、市级操作、通报、报省材料包）…");
        CampaignReplay.Result result = replay.replay(days, until, environment.err());
        List<DemoUsers.DemoUser> users = DemoUsers.ensure(context.getBean(ConsoleUsers.class),
                reference.counties().get(0), new SecureRandom());
        return new Result(result.last().asOf().toString(),
                DatabaseConfiguration.describe(context.getBean(javax.sql.DataSource.class)), seed,
                result.days().size(), (int) result.days().stream().filter(ReplayedDay::replayed).count(),
                archive.outDir().relativize(replay.root().resolve("inbox")).toString(), result.days(),
                result.weeks(), result.last(), result.documents(), users);
    }

    static List<String> lines(Result r, Path outDir, Glossary glossary) {
        List<String> lines = new ArrayList<>();
        lines.add("演示完成：重放 " + r.days() + " 个工作日至 " + r.asOf() + "（本次重放 " + r.replayedDays()
                + " 个，其余已重放过）");
        lines.add("数据库：" + r.database());
        lines.add("各日报送文件：" + outDir.resolve(r.inbox()));
        lines.addAll(WeeklyTable.lines(r.weeks()));
        lines.add("");
        lines.addAll(SnapshotTable.lines(r.snapshot()));
        lines.addAll(DocumentLines.of(r.documents(), outDir, glossary));
        lines.addAll(DemoUsers.lines(r.consoleUsers()));
        return lines;
    }
}
