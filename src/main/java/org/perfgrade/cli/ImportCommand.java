package org.perfgrade.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.perfgrade.WorkspaceProperties;
import org.perfgrade.ingest.county.CountyHint;
import org.perfgrade.ingest.ImportReport;
import org.perfgrade.ingest.SubmissionImporter;

import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code perfgrade import}: takes county spreadsheets in, validates every row and reports each problem at its exact
 * place. Without files it imports the inbox folder.
 */
@Command(name = "import",
        description = { "导入县区报送的 Excel 文件（清单台账、提升企业清单、申报评审结果、违法问题、专家名单；.xlsx 和 .xls），",
                "逐行校验，问题精确到工作表、行、列；每个文件生成回执（<out>/receipts/）。同一文件再次导入会被识别为重复，不改变任何数据。",
                "不指定文件时导入收件目录（默认 ./inbox，每个县区一个子目录）。" },
        synopsisHeading = "%n用法：", descriptionHeading = "%n", optionListHeading = "%n选项：%n",
        parameterListHeading = "%n参数：%n",
        subcommands = { ImportDecisionCommands.Held.class, ImportDecisionCommands.Confirm.class,
                ImportDecisionCommands.Reject.class },
        footer = { "%n退出码：0 每个文件都已读取（含有问题行或重复的文件），3 有文件被整体拒收或待市局确认，1 内部或数据库错误。",
                "将使本县区该类在册数据（清单台账行业记录、提升计划）退出过半且超过 5 条的文件暂缓处理（held），"
                        + "由市局用 import confirm / import reject 决定。" })
class ImportCommand implements Callable<Integer> {

    private final CliEnvironment environment;

    @Mixin
    HelpOptions help;

    @Mixin
    OutputOptions output;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "要导入的文件；省略时导入收件目录")
    List<Path> files = new ArrayList<>();

    @Option(names = "--county", paramLabel = "NAME", description = "报送县区（名称或代码）；省略时按收件子目录、标题、文件名、县、区列判断")
    String county;

    @Option(names = "--inbox", paramLabel = "DIR", description = "收件目录（默认 ./inbox）")
    Path inbox;

    @Option(names = "--databases", description = "拉取配置中的县区数据库（perfgrade.ingest.databases），按同样的规则校验导入")
    boolean databases;

    @Option(names = "--as-of", paramLabel = "DATE", description = "业务日期 YYYY-MM-DD（默认今天），清单台账中的级别自该日起生效")
    LocalDate asOf;

    ImportCommand(CliEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        try (ConfigurableApplicationContext context = environment.start(output.out)) {
            SubmissionImporter importer = context.getBean(SubmissionImporter.class);
            LocalDate date = asOf != null ? asOf : LocalDate.now(context.getBean(java.time.Clock.class));
            List<ImportReport> reports = new ArrayList<>();
            if (databases) {
                environment.err().println("拉取县区数据库 …");
                reports.addAll(context.getBean(org.perfgrade.ingest.county.CountyDatabasePull.class).pullAll(date));
            }
            if (files.isEmpty() && !databases) {
                Path dir = inbox != null ? inbox : context.getBean(WorkspaceProperties.class).inboxDir();
                environment.err().println("导入收件目录 " + dir.toAbsolutePath().normalize() + " …");
                reports.addAll(importer.importInbox(dir, date));
            }
            else {
                for (Path file : files) {
                    environment.err().println("导入 " + file + " …");
                    reports.add(importer.importFile(file, CountyHint.option(county), date, false));
                }
            }
            CommandOutput.print(environment.out(), output.json, Map.of("files", reports), ImportReports.lines(reports));
            return reports.stream().anyMatch(r -> ImportReport.REJECTED.equals(r.status())
                    || ImportReport.HELD.equals(r.status()))
                    ? ExitCodes.INPUT_REJECTED : ExitCodes.OK;
        }
    }
}
