package org.perfgrade.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.perfgrade.filing.FilingCheck;
import org.perfgrade.filing.FilingOutcome;
import org.perfgrade.filing.FilingRequest;
import org.perfgrade.filing.FilingRunner;

import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code perfgrade package --batch N|--all --as-of DATE}: the provincial filing package (报省备案材料包) of a batch as
 * one ZIP, through {@code filingJob}; with {@code --check}, only the 材料核对 (every enterprise lacking a required
 * material), exit code 3 when any does, 0 when none, nothing written.
 */
@Command(name = "package",
        description = { "生成报省备案材料包（ZIP，filingJob）：报送函（GB/T 9704 公文格式，文号取自发文字号登记簿）、",
                "该批次A、B级（含B-级）及绩效引领性企业名单（xlsx 和 PDF，含申报级别、县级审核、市级会审、省级核定结果、",
                "评审专家及专家意见日期）、材料缺项清单（xlsx 和 PDF）、县区在 <收件目录>/<县区>/materials/<统一社会信用代码>/",
                "中提供的申报材料扫描件（PDF）、带书签的合并文件、文件清单和文件校验值。",
                "逐家核对必备材料（perfgrade.filing.required-materials，默认申报材料扫描件和经专家签字的申报材料审核意见、",
                "现场核查意见）及行业分支；有企业缺少材料时不生成并列出这些企业，加 --allow-incomplete 则照常生成，",
                "缺项列入报送函和材料缺项清单。--check 只核对、不生成：有缺项时退出码 3，没有时 0。",
                "同样的数据生成同样的字节；失败后再次运行同一请求，从失败的步骤继续。" },
        synopsisHeading = "%n用法：", descriptionHeading = "%n", optionListHeading = "%n选项：%n")
class PackageCommand implements Callable<Integer> {

    /** What the command prints with {@code --json}. */
    record PackageResult(String status, long jobExecutionId, String asOf, String batch, String packagePath,
                         String sha256, List<String> gaps, String message) {
    }

    /** Which batches: one of them, or all. */
    static class Batches {

        @Option(names = "--batch", paramLabel = "N", required = true, description = "审核批次 1–4")
        Integer batch;

        @Option(names = "--all", required = true, description = "全部批次")
        boolean all;
    }

    private final CliEnvironment environment;

    @Mixin
    HelpOptions help;

    @Mixin
    OutputOptions output;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Batches batches;

    @Option(names = "--as-of", paramLabel = "DATE", required = true, description = "业务日期 YYYY-MM-DD")
    LocalDate asOf;

    @Option(names = "--allow-incomplete", description = "有企业缺少材料时仍生成材料包，缺项列入报送函和材料缺项清单")
    boolean allowIncomplete;

    @Option(names = "--check", description = "只核对各企业的必备材料并列出缺项，不生成材料包（有缺项时退出码 3）")
    boolean check;

    @Option(names = "--inbox", paramLabel = "DIR",
            description = "申报材料扫描件所在的收件目录（默认 perfgrade.filing.materials-dir，未设时为 ./inbox）")
    Path inbox;

    PackageCommand(CliEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        if (batches.batch != null && (batches.batch < 1 || batches.batch > 4)) {
            environment.err().println("用法错误：--batch 须为 1–4 的审核批次，收到 " + batches.batch);
            return ExitCodes.USAGE;
        }
        FilingRequest request = new FilingRequest(asOf, batches.all ? null : batches.batch, allowIncomplete);
        try (ConfigurableApplicationContext context = environment.start(output.out)) {
            if (check) {
                FilingCheck checked = context.getBean(FilingRunner.class).check(request, inbox);
                CommandOutput.print(environment.out(), output.json, checked, checked.lines());
                return checked.gaps().isEmpty() ? ExitCodes.OK : ExitCodes.INPUT_REJECTED;
            }
            environment.err().println("报省备案材料包（" + request.batchLabel() + "，统计日期 " + asOf
                    + "）：核对材料 → 名单和缺项清单 → 报送函 → 打包 …");
            FilingRunner runner = context.getBean(FilingRunner.class);
            FilingOutcome outcome = inbox != null ? runner.run(request, inbox) : runner.run(request);
            PackageResult result = new PackageResult(outcome.status(), outcome.jobExecutionId(), asOf.toString(),
                    request.batchLabel(), outcome.packagePath() == null ? null : outcome.packagePath().toString(),
                    outcome.sha256(), outcome.gaps(), outcome.message());
            if (!outcome.completed()) {
                environment.err().println(outcome.message());
                if (output.json) {
                    CommandOutput.print(environment.out(), true, result, List.of());
                }
                return outcome.gaps().isEmpty() ? ExitCodes.FAILURE : ExitCodes.INPUT_REJECTED;
            }
            List<String> lines = new ArrayList<>();
            lines.add("材料包：" + outcome.packagePath());
            lines.add("SHA-256：" + outcome.sha256());
            if (!outcome.gaps().isEmpty()) {
                lines.add("缺少材料的企业（已列入报送函和材料缺项清单）：");
                outcome.gaps().forEach(g -> lines.add("  " + g));
            }
            CommandOutput.print(environment.out(), output.json, result, lines);
            return ExitCodes.OK;
        }
    }
}
