package org.perfgrade.cli;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.perfgrade.ledger.ExpertRegister;

import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code perfgrade expert}: the city-wide register of experts and third parties the counties engaged (专家（第三方）
 * 名单), and the bar on an expert criticised city-wide (通报批评, section 五(二) of the plan: 3 years during which the
 * expert's signed opinions are refused).
 */
@Command(name = "expert",
        description = { "专家（第三方）名单：列出各县区报送的评审专家及第三方机构，对全市通报批评的专家实施禁入。",
                "禁入期间（默认 3 年，perfgrade.grading.expert-bar-years）其签字的专家意见不予采用。" },
        synopsisHeading = "%n用法：", descriptionHeading = "%n", optionListHeading = "%n选项：%n",
        commandListHeading = "%n命令：%n",
        subcommands = { ExpertCommand.Bar.class, ExpertCommand.ListCommand.class })
class ExpertCommand implements Runnable {

    private final CliEnvironment environment;

    @Mixin
    HelpOptions help;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    ExpertCommand(CliEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public void run() {
        spec.commandLine().usage(environment.out());
    }

    /** What {@code expert bar} did. */
    record BarResult(String name, String organisation, LocalDate date, String notice, List<Row> barred) {
    }

    /** What {@code expert list} printed. */
    record ListResult(LocalDate date, List<Row> experts) {
    }

    /** One register entry with its bar status on the day. */
    record Row(String county, String name, String organisation, String field, LocalDate reportedOn, boolean late,
               boolean active, boolean barred, LocalDate barredFrom, LocalDate barredUntil, String barNotice) {

        static Row of(ExpertRegister.Entry e, LocalDate day) {
            return new Row(e.county(), e.name(), e.organisation(), e.field(), e.reportedOn(), e.late(), e.active(),
                    e.barredOn(day), e.barredFrom(), e.barredUntil(), e.barNotice());
        }

        String text() {
            return county + "  " + name + (organisation.isEmpty() ? "" : "（" + organisation + "）")
                    + (field == null ? "" : "  " + field) + "  报送日期 " + (reportedOn == null ? "未填" : reportedOn)
                    + (late ? "（逾期）" : "") + (active ? "" : "  已移出名单")
                    + (barredUntil == null ? "" : "  " + (barred ? "禁入中" : "曾禁入") + " " + barredFrom + " 至 "
                    + barredUntil + (barNotice == null ? "" : "（" + barNotice + "）"));
        }
    }

    /** {@code expert bar}: bars every register entry of the name city-wide. */
    @Command(name = "bar",
            description = { "对全市通报批评的专家（第三方）实施禁入，涉及全市各县区名单中该姓名（及单位）的全部记录。",
                    "自通报日期起默认 3 年（perfgrade.grading.expert-bar-years）内，其签字的专家意见不予采用。" },
            synopsisHeading = "%n用法：", descriptionHeading = "%n", optionListHeading = "%n选项：%n",
            parameterListHeading = "%n参数：%n",
            footer = { "%n退出码：0 已禁入，3 名单中没有该专家，2 用法错误。" })
    static class Bar implements Callable<Integer> {

        private final CliEnvironment environment;

        @Mixin
        HelpOptions help;

        @Parameters(paramLabel = "NAME", description = "专家姓名（或第三方机构名称）")
        String name;

        @Option(names = "--organisation", paramLabel = "ORG", description = "所在单位；省略时禁入该姓名的全部记录")
        String organisation;

        @Option(names = "--date", required = true, paramLabel = "DATE", description = "通报批评日期 YYYY-MM-DD，禁入自该日起")
        LocalDate date;

        @Option(names = "--notice", required = true, paramLabel = "TEXT", description = "通报文号，如 汴环攻坚办〔2021〕95号")
        String notice;

        @Option(names = "--json", description = "以一个 JSON 对象输出结果（便于脚本处理）")
        boolean json;

        Bar(CliEnvironment environment) {
            this.environment = environment;
        }

        @Override
        public Integer call() {
            if (name.isBlank() || notice.isBlank() || notice.strip().length() > 200) {
                environment.err().println("用法错误：专家姓名和通报文号不能为空，通报文号最多 200 字");
                return ExitCodes.USAGE;
            }
            try (ConfigurableApplicationContext context = environment.start(null)) {
                List<ExpertRegister.Entry> barred = context.getBean(ExpertRegister.class)
                        .bar(name, organisation, date, notice);
                if (barred.isEmpty()) {
                    environment.err().println("专家（第三方）名单中没有“" + name + "”"
                            + (organisation == null ? "" : "（" + organisation + "）") + "，未作禁入；请核对姓名、单位，"
                            + "或先导入县区报送的专家名单");
                    return ExitCodes.INPUT_REJECTED;
                }
                List<Row> rows = barred.stream().map(e -> Row.of(e, date)).toList();
                List<String> lines = new ArrayList<>();
                lines.add("已禁入专家“" + name + "”，涉及名单记录 " + rows.size() + " 条：");
                rows.forEach(r -> lines.add("  " + r.text()));
                CommandOutput.print(environment.out(), json, new BarResult(name, organisation, date, notice, rows),
                        lines);
                return ExitCodes.OK;
            }
        }
    }

    /** {@code expert list}: the register with bar status. */
    @Command(name = "list",
            description = "列出全市专家（第三方）名单（按县区、姓名排序），含报送日期、是否逾期（7月1日前报送）和禁入状态。",
            synopsisHeading = "%n用法：", descriptionHeading = "%n", optionListHeading = "%n选项：%n")
    static class ListCommand implements Callable<Integer> {

        private final CliEnvironment environment;

        @Mixin
        HelpOptions help;

        @Option(names = "--date", paramLabel = "DATE", description = "按该日期判断禁入状态（默认今天）")
        LocalDate date;

        @Option(names = "--json", description = "以一个 JSON 对象输出结果（便于脚本处理）")
        boolean json;

        ListCommand(CliEnvironment environment) {
            this.environment = environment;
        }

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext context = environment.start(null)) {
                LocalDate day = date != null ? date : LocalDate.now(context.getBean(Clock.class));
                List<Row> rows = context.getBean(ExpertRegister.class).entries().stream().map(e -> Row.of(e, day))
                        .toList();
                List<String> lines = new ArrayList<>();
                lines.add("专家（第三方）名单：" + rows.size() + " 条，其中 " + day + " 禁入中 "
                        + rows.stream().filter(Row::barred).count() + " 条");
                rows.forEach(r -> lines.add("  " + r.text()));
                CommandOutput.print(environment.out(), json, new ListResult(day, rows), lines);
                return ExitCodes.OK;
            }
        }
    }
}
