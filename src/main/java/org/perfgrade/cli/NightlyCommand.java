package org.perfgrade.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.perfgrade.WorkspaceProperties;
import org.perfgrade.ingest.CountyDatabasePull;
import org.perfgrade.ingest.ImportReport;
import org.perfgrade.ingest.SubmissionImporter;
import org.perfgrade.report.DailyDocuments;
import org.perfgrade.snapshot.Snapshot;
import org.perfgrade.snapshot.SnapshotJson;
import org.perfgrade.snapshot.SnapshotRunner;

import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code perfgrade nightly}: the night's work for a business date — take in what the counties sent (inbox and
 * county databases), then compute and store the day's snapshot. Rendering the documents joins with the reports.
 */
@Command(name = "nightly",
        description = { "夜间作业：导入收件目录（默认 ./inbox）和县区数据库中的新报送，计算并保存业务日期的进展快照",
                "（各县区 A、B 级企业申报、通过占比与目标、全市目标、逾期事项、与上次快照相比的变化）。",
                "同一日期再次运行会替换该日的快照；中断后再次运行从中断处继续。" },
        synopsisHeading = "%n用法：", descriptionHeading = "%n", optionListHeading = "%n选项：%n")
class NightlyCommand implements Callable<Integer> {

    private final CliEnvironment environment;

    @Mixin
    HelpOptions help;

    @Mixin
    OutputOptions output;

    @Option(names = "--as-of", paramLabel = "DATE", description = "业务日期 YYYY-MM-DD（默认今天，北京时间）")
    LocalDate asOf;

    @Option(names = "--inbox", paramLabel = "DIR", description = "收件目录（默认 ./inbox）")
    Path inbox;

    NightlyCommand(CliEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        try (ConfigurableApplicationContext context = environment.start(output.out)) {
            LocalDate date = asOf != null ? asOf : LocalDate.now(context.getBean(java.time.Clock.class));
            Path dir = inbox != null ? inbox : context.getBean(WorkspaceProperties.class).inboxDir();
            environment.err().println("[1/2] 导入 " + dir.toAbsolutePath().normalize() + " …");
            List<ImportReport> reports = new ArrayList<>(context.getBean(SubmissionImporter.class).importInbox(dir, date));
            CountyDatabasePull databases = context.getBean(CountyDatabasePull.class);
            if (databases.hasSources()) {
                reports.addAll(databases.pullAll(date));
            }
            ImportReports.lines(reports).forEach(environment.err()::println);
            environment.err().println("[2/2] 计算 " + date + " 的进展快照 …");
            Snapshot snapshot = context.getBean(SnapshotRunner.class).run(date);
            environment.err().println("生成文档 …");
            context.getBean(DailyDocuments.class).render(snapshot).forEach(d -> environment.err().println("文档：" + d.path()));
            if (output.json) {
                environment.out().println(SnapshotJson.writeIndented(snapshot));
            }
            else {
                SnapshotTable.lines(snapshot).forEach(environment.out()::println);
            }
            return ExitCodes.OK;
        }
    }
}
