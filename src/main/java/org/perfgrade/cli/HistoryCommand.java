package org.perfgrade.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;

import org.perfgrade.reference.County;
import org.perfgrade.reference.ReferenceData;
import org.perfgrade.report.TargetTableReport;
import org.perfgrade.snapshot.SnapshotHistory;
import org.perfgrade.snapshot.SnapshotHistories;

import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code perfgrade history}: 进展历史, how each county and the city moved from snapshot to snapshot — the four shares,
 * counts, met state and gaps per date — read from the stored snapshots, for the city official who asks how the
 * counties moved week by week.
 */
@Command(name = "history",
        description = { "按已保存的进展快照列出各日期的进展：各县区国家级、省级 A、B 级企业申报数、申报占比、通过数、通过占比，",
                "是否达标及差距，以及全市目标口径占比与目标。快照由 perfgrade nightly 生成。" },
        synopsisHeading = "%n用法：", descriptionHeading = "%n", optionListHeading = "%n选项：%n")
class HistoryCommand implements Callable<Integer> {

    private final CliEnvironment environment;

    @Mixin
    HelpOptions help;

    @Option(names = "--from", paramLabel = "DATE", description = "起始日期 YYYY-MM-DD（含；默认最早的快照）")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "截止日期 YYYY-MM-DD（含；默认最近的快照）")
    LocalDate to;

    @Option(names = "--county", paramLabel = "NAME", description = "只列出该县区（县区名称、简称或代码）")
    String county;

    @Option(names = "--json", description = "以一个 JSON 对象输出结果（便于脚本处理）")
    boolean json;

    HistoryCommand(CliEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        if (from != null && to != null && from.isAfter(to)) {
            environment.err().println("用法错误：起始日期 " + TargetTableReport.chineseDate(from) + "晚于截止日期 "
                    + TargetTableReport.chineseDate(to) + "。");
            return ExitCodes.USAGE;
        }
        try (ConfigurableApplicationContext context = environment.start(null)) {
            ReferenceData reference = context.getBean(ReferenceData.class);
            County target = null;
            if (county != null) {
                target = reference.county(county).orElse(null);
                if (target == null) {
                    environment.err().println("用法错误：“" + county + "”不是本市的县区，可用："
                            + String.join("、", reference.counties().stream().map(County::name).toList()));
                    return ExitCodes.USAGE;
                }
            }
            SnapshotHistory history = context.getBean(SnapshotHistories.class).history(from, to, target);
            CommandOutput.print(environment.out(), json, history, HistoryTable.lines(history, target == null));
            return ExitCodes.OK;
        }
    }
}
