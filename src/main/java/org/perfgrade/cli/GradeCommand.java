package org.perfgrade.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.perfgrade.ledger.GradeCorrection;
import org.perfgrade.ledger.GradeEventView;
import org.perfgrade.ledger.GradeHistory;

import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code perfgrade grade}: the grade history of the ledger (绩效级别变更记录). A line's grade changes only through a
 * recorded event — a county ledger, a provincial certification, a violation downgrade, or a correction by the city
 * with its reason ({@code grade correct}); {@code grade history} prints the events and {@code grade as-of} the grade
 * each line held on a day.
 */
@Command(name = "grade",
        description = { "绩效级别变更记录：查询企业各行业记录的级别变更和任一日期的级别，市级可写明原因更正级别。",
                "级别只经由有记录的事件变更：县区清单台账、省级核定、违法降级、市级更正。" },
        synopsisHeading = "%n用法：", descriptionHeading = "%n", optionListHeading = "%n选项：%n",
        commandListHeading = "%n命令：%n",
        subcommands = { GradeCommand.Correct.class, GradeCommand.History.class, GradeCommand.AsOf.class })
class GradeCommand implements Runnable {

    private final CliEnvironment environment;

    @Mixin
    HelpOptions help;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    GradeCommand(CliEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public void run() {
        spec.commandLine().usage(environment.out());
    }

    /** {@code grade correct}: one CORRECTION event, then the line's history. */
    @Command(name = "correct",
            description = { "市级更正一个行业记录的绩效级别（须写明原因），随后打印该行业记录的全部变更记录。",
                    "写入一条“市级更正”变更记录，自 --as-of 日期起生效；级别须属于该行业（分支）的分级方案，或为“未评级”。" },
            synopsisHeading = "%n用法：", descriptionHeading = "%n", optionListHeading = "%n选项：%n",
            footer = { "%n退出码：0 已更正，3 被拒（企业、行业记录或级别不存在，或级别未变），2 用法错误。" })
    static class Correct implements Callable<Integer> {

        private final CliEnvironment environment;

        @Mixin
        HelpOptions help;

        @Option(names = "--credit-code", required = true, paramLabel = "CODE", description = "统一社会信用代码")
        String creditCode;

        @Option(names = "--industry", required = true, paramLabel = "NAME", description = "重点行业类型")
        String industry;

        @Option(names = "--branch", paramLabel = "NAME", description = "重点行业分支（无分支的行业省略）")
        String branch;

        @Option(names = "--grade", required = true, paramLabel = "G", description = "更正后的级别，如 A、B、B-、C、D、引领性，或“未评级”")
        String grade;

        @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "更正原因（必填，记入变更记录）")
        String reason;

        @Option(names = "--as-of", paramLabel = "DATE", description = "生效日期 YYYY-MM-DD（默认今天）")
        LocalDate asOf;

        @Option(names = "--by", paramLabel = "NAME", description = "更正人或处室（默认“市生态环境局”），记为来源“市级更正：<NAME>”")
        String by;

        @Option(names = "--json", description = "以一个 JSON 对象输出结果（便于脚本处理）")
        boolean json;

        Correct(CliEnvironment environment) {
            this.environment = environment;
        }

        @Override
        public Integer call() {
            if (reason.isBlank()) {
                environment.err().println("用法错误：--reason 不能为空，更正须写明原因");
                return ExitCodes.USAGE;
            }
            try (ConfigurableApplicationContext context = environment.start(null)) {
                GradeCorrection.Result result = context.getBean(GradeCorrection.class).correct(
                        new GradeCorrection.Request(creditCode, industry, branch, grade, reason, asOf, by));
                if (!result.corrected()) {
                    environment.err().println("更正被拒：" + result.message());
                }
                List<String> lines = new ArrayList<>();
                lines.add(result.message());
                if (result.line() != null) {
                    lines.addAll(historyLines(result.line()));
                }
                CommandOutput.print(environment.out(), json, result, result.corrected() ? lines : List.of());
                return result.corrected() ? ExitCodes.OK : ExitCodes.INPUT_REJECTED;
            }
        }
    }

    /** {@code grade history}: every line of the enterprise with its events. */
    @Command(name = "history",
            description = "打印企业各行业记录的全部绩效级别变更记录（生效日期、原级别 → 新级别、原因、来源、说明）。",
            synopsisHeading = "%n用法：", descriptionHeading = "%n", optionListHeading = "%n选项：%n",
            footer = { "%n退出码：0 成功，3 清单台账中没有该企业，2 用法错误。" })
    static class History implements Callable<Integer> {

        private final CliEnvironment environment;

        @Mixin
        HelpOptions help;

        @Option(names = "--credit-code", required = true, paramLabel = "CODE", description = "统一社会信用代码")
        String creditCode;

        @Option(names = "--json", description = "以一个 JSON 对象输出结果（便于脚本处理）")
        boolean json;

        History(CliEnvironment environment) {
            this.environment = environment;
        }

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext context = environment.start(null)) {
                Optional<GradeHistory.EnterpriseHistory> history = context.getBean(GradeHistory.class)
                        .history(creditCode);
                if (history.isEmpty()) {
                    return unknown(environment, creditCode);
                }
                GradeHistory.EnterpriseHistory h = history.get();
                List<String> lines = new ArrayList<>();
                lines.add("企业：" + h.enterprise() + "（统一社会信用代码 " + h.creditCode() + "，" + h.county() + "）");
                h.lines().forEach(l -> lines.addAll(historyLines(l)));
                CommandOutput.print(environment.out(), json, h, lines);
                return ExitCodes.OK;
            }
        }
    }

    /** {@code grade as-of}: the grade of each line on a day. */
    @Command(name = "as-of",
            description = "打印企业各行业记录在指定日期的绩效级别（按变更记录推算，可复现任一日期的状态）。",
            synopsisHeading = "%n用法：", descriptionHeading = "%n", optionListHeading = "%n选项：%n",
            footer = { "%n退出码：0 成功，3 清单台账中没有该企业，2 用法错误。" })
    static class AsOf implements Callable<Integer> {

        private final CliEnvironment environment;

        @Mixin
        HelpOptions help;

        @Option(names = "--credit-code", required = true, paramLabel = "CODE", description = "统一社会信用代码")
        String creditCode;

        @Option(names = "--date", required = true, paramLabel = "DATE", description = "日期 YYYY-MM-DD")
        LocalDate date;

        @Option(names = "--json", description = "以一个 JSON 对象输出结果（便于脚本处理）")
        boolean json;

        AsOf(CliEnvironment environment) {
            this.environment = environment;
        }

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext context = environment.start(null)) {
                Optional<GradeHistory.EnterpriseGrades> grades = context.getBean(GradeHistory.class)
                        .asOf(creditCode, date);
                if (grades.isEmpty()) {
                    return unknown(environment, creditCode);
                }
                GradeHistory.EnterpriseGrades g = grades.get();
                List<String> lines = new ArrayList<>();
                lines.add("企业：" + g.enterprise() + "（统一社会信用代码 " + g.creditCode() + "，" + g.county() + "）"
                        + g.date() + " 的绩效级别：");
                g.lines().forEach(l -> lines.add("  " + label(l.industry(), l.branch()) + "：" + grade(l.grade())
                        + (l.active() ? "" : "（当日已不在清单台账中）")));
                CommandOutput.print(environment.out(), json, g, lines);
                return ExitCodes.OK;
            }
        }
    }

    private static int unknown(CliEnvironment environment, String creditCode) {
        environment.err().println("清单台账中没有统一社会信用代码为 " + creditCode + " 的企业");
        return ExitCodes.INPUT_REJECTED;
    }

    /** A line's heading and one line per event, oldest first. */
    static List<String> historyLines(GradeHistory.LineHistory line) {
        List<String> lines = new ArrayList<>();
        lines.add(label(line.industry(), line.branch()) + "：当前级别 " + grade(line.grade())
                + (line.active() ? "" : "（已移出清单台账）") + "，变更记录 " + line.events().size() + " 条");
        for (GradeEventView e : line.events()) {
            lines.add("  " + e.effectiveOn() + "  " + grade(e.oldGrade()) + " → " + grade(e.newGrade()) + "  "
                    + e.reasonLabel() + "  来源：" + e.source() + (e.note() == null ? "" : "  说明：" + e.note()));
        }
        return lines;
    }

    private static String label(String industry, String branch) {
        return branch == null ? industry : industry + "（" + branch + "）";
    }

    private static String grade(String grade) {
        return grade == null ? "未评级" : grade;
    }
}
