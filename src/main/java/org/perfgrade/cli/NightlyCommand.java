package org.perfgrade.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import org.perfgrade.WorkspaceProperties;
import org.perfgrade.nightly.NightlyOutcome;
import org.perfgrade.nightly.NightlyRunException;
import org.perfgrade.nightly.NightlyRunner;
import org.perfgrade.snapshot.SnapshotJson;

import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code perfgrade nightly}: runs {@code nightlyJob} for a business date — take in what the counties sent (inbox and
 * county databases), compute and store the day's snapshot, render the day's documents — and prints the snapshot.
 */
@Command(name = "nightly",
        description = { "夜间作业（nightlyJob）：导入收件目录（默认 ./inbox）和县区数据库中的新报送，计算并保存业务日期的进展快照",
                "（各县区 A、B 级企业申报、通过占比与目标、全市目标、逾期事项、与上次快照相比的变化），",
                "再生成当日全部文档（每日进展简报、附件1目标表、附件2提升企业清单、公示名单等，含各县区分册）。",
                "同一日期再次运行会替换该日的快照和文档；失败后再次运行从失败的步骤继续。" },
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

    @Option(names = "--recover", description = { "上次运行被意外终止（断电、进程被结束）而仍登记为“运行中”时，",
            "确认该进程已不在后加此项：把它标记为失败并从中断的步骤继续" })
    boolean recover;

    NightlyCommand(CliEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        try (ConfigurableApplicationContext context = environment.start(output.out)) {
            LocalDate date = asOf != null ? asOf : LocalDate.now(context.getBean(java.time.Clock.class));
            Path dir = inbox != null ? inbox : context.getBean(WorkspaceProperties.class).inboxDir();
            environment.err().println("夜间作业 " + date + "：导入 " + dir.toAbsolutePath().normalize()
                    + " 和县区数据库 → 计算进展快照 → 生成文档 …");
            NightlyOutcome outcome;
            try {
                outcome = context.getBean(NightlyRunner.class).run(date, dir, recover);
            }
            catch (NightlyRunException ex) {
                environment.err().println(ex.getMessage());
                return ExitCodes.FAILURE;
            }
            if (outcome.restarted()) {
                environment.err().println("（继续第" + outcome.revision() + "次运行中未完成的步骤）");
            }
            ImportReports.lines(outcome.imports()).forEach(environment.err()::println);
            outcome.documents().forEach(d -> environment.err().println("文档：" + d.path()));
            if (output.json) {
                environment.out().println(SnapshotJson.writeIndented(outcome.snapshot()));
            }
            else {
                SnapshotTable.lines(outcome.snapshot()).forEach(environment.out()::println);
            }
            return ExitCodes.OK;
        }
    }
}
