package org.perfgrade.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

import org.perfgrade.document.ArchivedDocument;
import org.perfgrade.document.DocumentArchive;
import org.perfgrade.reference.County;
import org.perfgrade.reference.Glossary;
import org.perfgrade.reference.ReferenceData;
import org.perfgrade.report.DailyDocuments;
import org.perfgrade.snapshot.Snapshot;
import org.perfgrade.snapshot.SnapshotRepository;

import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code perfgrade report}: renders the documents of a business date again from its stored snapshot — all of them,
 * or one county's extracts ({@code --county}) — with the numbers and counting rules that snapshot had.
 */
@Command(name = "report",
        description = { "按已保存的进展快照重新生成某一业务日期的文档：每日进展简报、附件1目标表、附件2提升企业清单（xlsx、PDF）、",
                "重污染天气应急减排清单、公示名单（xlsx、PDF），以及各县区分册；加 --county 只生成该县区的分册。",
                "数字和统计口径取自该日的快照，不会重新计算；快照由 perfgrade nightly 生成。" },
        synopsisHeading = "%n用法：", descriptionHeading = "%n", optionListHeading = "%n选项：%n")
class ReportCommand implements Callable<Integer> {

    /** What was rendered. */
    record ReportResult(String asOf, String county, List<ArchivedDocument> documents) {
    }

    private final CliEnvironment environment;

    @Mixin
    HelpOptions help;

    @Mixin
    OutputOptions output;

    @Option(names = "--as-of", paramLabel = "DATE", description = "业务日期 YYYY-MM-DD（默认：最近一次快照的日期）")
    LocalDate asOf;

    @Option(names = "--county", paramLabel = "NAME", description = "只生成该县区的分册（县区名称、简称或代码）")
    String county;

    ReportCommand(CliEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        try (ConfigurableApplicationContext context = environment.start(output.out)) {
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
            SnapshotRepository snapshots = context.getBean(SnapshotRepository.class);
            List<LocalDate> dates = snapshots.dates();
            LocalDate date = asOf != null ? asOf : dates.stream().max(LocalDate::compareTo).orElse(null);
            Snapshot snapshot = date == null ? null : snapshots.find(date).orElse(null);
            if (snapshot == null) {
                environment.err().println((date == null ? "还没有任何进展快照" : "没有 " + date + " 的进展快照")
                        + "：请先运行 perfgrade nightly" + (date == null ? "" : " --as-of " + date) + "。"
                        + (dates.isEmpty() ? "" : "已有快照的日期：" + String.join("、",
                                dates.stream().sorted().map(LocalDate::toString).toList())));
                return ExitCodes.FAILURE;
            }
            DailyDocuments documents = context.getBean(DailyDocuments.class);
            List<ArchivedDocument> rendered = target == null ? documents.render(snapshot)
                    : documents.render(snapshot, target);
            DocumentArchive archive = context.getBean(DocumentArchive.class);
            Glossary glossary = context.getBean(Glossary.class);
            List<String> lines = rendered.stream()
                    .map(d -> "文档：" + glossary.kindName(d.kind()) + "　" + archive.outDir().resolve(d.path()))
                    .toList();
            CommandOutput.print(environment.out(), output.json,
                    new ReportResult(date.toString(), target == null ? null : target.name(), rendered), lines);
            return ExitCodes.OK;
        }
    }
}
