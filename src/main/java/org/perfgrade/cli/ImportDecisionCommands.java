package org.perfgrade.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.perfgrade.ingest.HeldDecisions;
import org.perfgrade.ingest.held.HeldSubmissions;
import org.perfgrade.ingest.ImportReport;
import org.perfgrade.ingest.SubmissionKind;
import org.perfgrade.reference.County;
import org.perfgrade.reference.ReferenceData;
import org.perfgrade.web.AuditAction;
import org.perfgrade.web.AuditLog;

import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code perfgrade import held | confirm ID | reject ID}: the city's decision on files held because they would
 * retire much of what their county holds (待市局确认). Decisions go to the audit log.
 */
final class ImportDecisionCommands {

    private ImportDecisionCommands() {
    }

    /** Who decided, for the submission and the audit log: the operating-system user of the command line. */
    static String operator() {
        String name = "命令行（" + System.getProperty("user.name", "未知") + "）";
        return name.length() <= 60 ? name : name.substring(0, 60);
    }

    /** One held file as {@code import held} lists it. */
    record HeldRow(long submissionId, String file, String county, String kind, java.time.LocalDate receivedOn,
                   int rows, int accepted, String reason) {

        static HeldRow of(HeldSubmissions.Held h, ReferenceData reference) {
            County county = h.countyCode() == null ? null : reference.countiesByCode().get(h.countyCode());
            return new HeldRow(h.id(), h.fileName(), county == null ? h.countyCode() : county.name(),
                    h.kind() == null ? null : SubmissionKind.valueOf(h.kind()).code(), h.receivedOn(), h.rowsTotal(),
                    h.rowsAccepted(), h.reason());
        }
    }

    @Command(name = "held", description = "列出待市局确认的报送文件（将使本县区在册数据退出较多而暂缓处理的文件）。",
            synopsisHeading = "%n用法：", descriptionHeading = "%n", optionListHeading = "%n选项：%n")
    static class Held implements Callable<Integer> {

        private final CliEnvironment environment;

        @Mixin
        HelpOptions help;

        @Mixin
        OutputOptions output;

        Held(CliEnvironment environment) {
            this.environment = environment;
        }

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext context = environment.start(output.out)) {
                ReferenceData reference = context.getBean(ReferenceData.class);
                List<HeldRow> rows = context.getBean(HeldDecisions.class).held().stream()
                        .map(h -> HeldRow.of(h, reference)).toList();
                List<String> lines = new ArrayList<>();
                lines.add(rows.isEmpty() ? "没有待市局确认的报送文件。" : "待市局确认的报送文件 " + rows.size() + " 个：");
                for (HeldRow r : rows) {
                    lines.add(ImportReports.printable(String.format("  %d  %s  %s  %s  报送日期 %s  数据 %d 行，可接收 %d 行",
                            r.submissionId(), r.county(), r.kind(), r.file(), r.receivedOn(), r.rows(), r.accepted())));
                    lines.add(ImportReports.printable("      " + r.reason()));
                }
                CommandOutput.print(environment.out(), output.json, Map.of("held", rows), lines);
                return ExitCodes.OK;
            }
        }
    }

    @Command(name = "confirm", description = { "确认待市局确认的报送文件：按其报送日期导入，本次未再列出的在册数据退出（保留历史）。",
            "只能确认同一县区、同一类型最新的文件；较早的文件已被取代。" },
            synopsisHeading = "%n用法：", descriptionHeading = "%n", optionListHeading = "%n选项：%n",
            parameterListHeading = "%n参数：%n", footer = { "%n退出码：0 已确认并导入，3 该文件不能确认（原因见输出）。" })
    static class Confirm implements Callable<Integer> {

        private final CliEnvironment environment;

        @Mixin
        HelpOptions help;

        @Mixin
        OutputOptions output;

        @Parameters(paramLabel = "ID", description = "报送编号（import 输出的 submissionId，或 import held 列出的编号）")
        long id;

        Confirm(CliEnvironment environment) {
            this.environment = environment;
        }

        @Override
        public Integer call() {
            return decide(environment, output, id, true);
        }
    }

    @Command(name = "reject", description = "退回待市局确认的报送文件：不作任何改动，在册数据保持不变。",
            synopsisHeading = "%n用法：", descriptionHeading = "%n", optionListHeading = "%n选项：%n",
            parameterListHeading = "%n参数：%n", footer = { "%n退出码：0 已退回，3 该文件不是待确认的文件。" })
    static class Reject implements Callable<Integer> {

        private final CliEnvironment environment;

        @Mixin
        HelpOptions help;

        @Mixin
        OutputOptions output;

        @Parameters(paramLabel = "ID", description = "报送编号")
        long id;

        Reject(CliEnvironment environment) {
            this.environment = environment;
        }

        @Override
        public Integer call() {
            return decide(environment, output, id, false);
        }
    }

    private static int decide(CliEnvironment environment, OutputOptions output, long id, boolean confirm) {
        try (ConfigurableApplicationContext context = environment.start(output.out)) {
            HeldDecisions decisions = context.getBean(HeldDecisions.class);
            String by = operator();
            ImportReport report;
            try {
                report = confirm ? decisions.confirm(id, by) : decisions.reject(id, by);
            }
            catch (HeldDecisions.DecisionRefusedException ex) {
                environment.err().println(ImportReports.printable(ex.getMessage()));
                context.getBean(AuditLog.class).record(by, confirm ? AuditAction.HELD_CONFIRM : AuditAction.HELD_REJECT,
                        "报送编号 " + id + " 未能" + (confirm ? "确认" : "退回") + "：" + ex.getMessage(), null);
                return ExitCodes.INPUT_REJECTED;
            }
            context.getBean(AuditLog.class).record(by, confirm ? AuditAction.HELD_CONFIRM : AuditAction.HELD_REJECT,
                    auditDetail(id, report, confirm), null);
            CommandOutput.print(environment.out(), output.json, Map.of("files", List.of(report)),
                    ImportReports.lines(List.of(report)));
            return confirm && !ImportReport.IMPORTED.equals(report.status()) ? ExitCodes.INPUT_REJECTED : ExitCodes.OK;
        }
    }

    /** “报送编号 12 兰考县 ledger 台账.xlsx：已确认，imported，接收 40/42 行”. */
    static String auditDetail(long id, ImportReport report, boolean confirm) {
        return "报送编号 " + id + " " + (report.county() == null ? "" : report.county() + " ")
                + (report.kind() == null ? "" : report.kind() + " ") + report.file() + "：" + (confirm ? "已确认" : "已退回")
                + "，" + report.status() + "，接收 " + report.accepted() + "/" + report.rows() + " 行";
    }
}
