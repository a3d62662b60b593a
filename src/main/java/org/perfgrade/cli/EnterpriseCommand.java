package org.perfgrade.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

import org.perfgrade.ledger.EnterpriseMoves;
import org.perfgrade.reference.County;
import org.perfgrade.reference.ReferenceData;
import org.perfgrade.web.AuditAction;
import org.perfgrade.web.AuditLog;

import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code perfgrade enterprise move}: 企业迁移, the city's action of moving an enterprise to another county (a county
 * upload naming another county's enterprise is refused, R33). Recorded in the enterprise's history and the audit log.
 */
@Command(name = "enterprise",
        description = "企业登记的市局操作。",
        synopsisHeading = "%n用法：", descriptionHeading = "%n", optionListHeading = "%n选项：%n",
        commandListHeading = "%n命令：%n",
        subcommands = { EnterpriseCommand.Move.class })
class EnterpriseCommand implements Runnable {

    @Mixin
    HelpOptions help;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** What {@code enterprise move --json} prints. */
    record MoveResult(String creditCode, String name, String from, String to, LocalDate effectiveOn, String reason,
                      String movedBy, List<EnterpriseMoves.Move> history) {
    }

    @Command(name = "move",
            description = { "将企业迁移到其他县区（市生态环境局操作）：企业的行业记录、提升计划、申报和分级历史随企业迁移。",
                    "迁移记入企业的迁移记录和审计日志。县区报送的文件不能改变其他县区的企业。" },
            synopsisHeading = "%n用法：", descriptionHeading = "%n", optionListHeading = "%n选项：%n",
            footer = { "%n退出码：0 已迁移，3 无法迁移（没有该企业、已在该县区等，原因见输出），2 用法错误。" })
    static class Move implements Callable<Integer> {

        private final CliEnvironment environment;

        @Mixin
        HelpOptions help;

        @Mixin
        OutputOptions output;

        @Option(names = "--credit-code", required = true, paramLabel = "CODE", description = "企业的统一社会信用代码")
        String creditCode;

        @Option(names = "--to", required = true, paramLabel = "县区", description = "迁入县区（名称或代码）")
        String to;

        @Option(names = "--date", required = true, paramLabel = "DATE", description = "迁移生效日期 YYYY-MM-DD")
        LocalDate date;

        @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "迁移原因（如 企业注册地址变更）")
        String reason;

        Move(CliEnvironment environment) {
            this.environment = environment;
        }

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext context = environment.start(output.out)) {
                ReferenceData reference = context.getBean(ReferenceData.class);
                County county = reference.county(to.strip()).orElse(null);
                if (county == null) {
                    environment.err().println(ImportReports.printable("用法错误：没有县区“" + to + "”"));
                    return ExitCodes.USAGE;
                }
                String by = ImportDecisionCommands.operator();
                EnterpriseMoves moves = context.getBean(EnterpriseMoves.class);
                EnterpriseMoves.Move move;
                try {
                    move = moves.move(creditCode, county.code(), date, reason, by);
                }
                catch (EnterpriseMoves.MoveRefusedException ex) {
                    environment.err().println(ImportReports.printable(ex.getMessage()));
                    return ExitCodes.INPUT_REJECTED;
                }
                String from = countyName(reference, move.fromCounty());
                context.getBean(AuditLog.class).record(by, AuditAction.ENTERPRISE_MOVE, auditDetail(move, from,
                        county.name()), null);
                CommandOutput.print(environment.out(), output.json, new MoveResult(move.creditCode(),
                        move.enterpriseName(), from, county.name(), date, move.reason(), by,
                        moves.history(move.creditCode())), List.of(ImportReports.printable("已将企业“"
                        + move.enterpriseName() + "”（" + move.creditCode() + "）由" + from + "迁移到" + county.name()
                        + "，自 " + date + " 起生效；原因：" + move.reason())));
                return ExitCodes.OK;
            }
        }
    }

    static String countyName(ReferenceData reference, String code) {
        County c = reference.countiesByCode().get(code);
        return c == null ? code : c.name();
    }

    /** The audit log's line for a move. */
    static String auditDetail(EnterpriseMoves.Move move, String from, String to) {
        return "企业“" + move.enterpriseName() + "”（" + move.creditCode() + "）由" + from + "迁移到" + to + "，自 "
                + move.effectiveOn() + " 起生效；原因：" + move.reason();
    }
}
