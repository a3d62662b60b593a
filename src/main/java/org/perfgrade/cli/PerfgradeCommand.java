package org.perfgrade.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** The top-level {@code perfgrade} command: lists the commands and their purpose. */
@Command(name = "perfgrade",
        version = "perfgrade 0.1.0",
        header = "perfgrade — 重点行业绩效分级工作报表流水线（开封市 2021 年重点行业绩效分级提升行动）",
        description = { "从县区报送的 Excel 清单导入数据，计算各县区 A、B 级企业占比与目标的差距，",
                "生成每日进展简报、附件1 目标表、附件2 提升企业清单、应急减排清单、公示名单、通报和报省材料包。" },
        synopsisHeading = "%n用法：",
        descriptionHeading = "%n",
        optionListHeading = "%n选项：%n",
        commandListHeading = "%n命令：%n",
        footerHeading = "%n",
        footer = { "退出码：0 成功，1 失败，2 用法错误，3 输入被拒。",
                "数据库：默认使用 ./data 下的内嵌 H2 数据库；设置 PERFGRADE_DB_URL、PERFGRADE_DB_USER、PERFGRADE_DB_PASSWORD 使用 MySQL。",
                "各命令的说明：perfgrade <命令> --help" },
        subcommands = { DemoCommand.class, ImportCommand.class, TemplateCommand.class, NightlyCommand.class,
                GradeCommand.class, ExpertCommand.class, ReportCommand.class, NoticeCommand.class, PackageCommand.class,
                ServeCommand.class, UserCommand.class, EnterpriseCommand.class, BenchCommand.class,
                HistoryCommand.class })
public class PerfgradeCommand implements Runnable {

    @Mixin
    HelpOptions help;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
