package org.perfgrade.cli;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.perfgrade.DatabaseConfiguration;
import org.perfgrade.document.ArchivedDocument;
import org.perfgrade.document.DocumentArchive;
import org.perfgrade.document.FontCheck;
import org.perfgrade.document.xlsx.WorkbookStamp;
import org.perfgrade.filing.FilingOutcome;
import org.perfgrade.filing.FilingRequest;
import org.perfgrade.filing.FilingRunner;
import org.perfgrade.ingest.ImportReport;
import org.perfgrade.ingest.SubmissionImporter;
import org.perfgrade.notice.NoticeIssuer;
import org.perfgrade.notice.NoticeKind;
import org.perfgrade.reference.Glossary;
import org.perfgrade.reference.ReferenceData;
import org.perfgrade.report.DailyDocuments;
import org.perfgrade.sample.SampleApplications;
import org.perfgrade.sample.SampleSubmissions;
import org.perfgrade.snapshot.Snapshot;
import org.perfgrade.snapshot.SnapshotRunner;
import org.perfgrade.web.ConsoleUsers;

import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code perfgrade demo}: shows on generated data what perfgrade does — by default the 2021 campaign replayed night
 * by night ({@link ReplayDemo}); with {@code --quick} the whole pipeline on one date. Running it again changes nothing
 * but the documents it re-renders (the replay skips the days already replayed).
 */
@Command(name = "demo",
        description = {
                "用生成的样例数据演示。默认按 2021 年的工作日逐日重放绩效分级提升行动（2021-05-25 至 2021-11-15）："
                        + "各县区按各自日期报送（<out>/demo/replay/inbox/<日期>/），每个工作日运行夜间统计，记录市级更正和专家禁入，"
                        + "按日发出进展通报，在各批次截止日生成报省备案材料包；逐日进度打印到标准错误，每周全市占比与目标打印到标准输出；"
                        + "最后生成最后一日的全部文档和字体检查 PDF，建立三个演示账户。可重复运行：已重放的日子被跳过，中断后从断点继续。",
                "",
                "--quick：只演示一个业务日期的整条流水线：建库并载入参考数据，在 <out>/demo/inbox/ 生成十个县区的样例报送文件并导入"
                        + "（每个文件生成回执），计算并打印各县区占比与目标的快照，生成当日全部文档（<out>/reports/<日期>/：每日进展简报、"
                        + "附件1目标表、附件2提升企业清单、重污染天气应急减排清单、公示名单及各县区分册）和字体检查 PDF（<out>/font-check.pdf），"
                        + "起草一份进展情况通报（GB/T 9704 公文格式，<out>/notices/<日期>/，PDF 和 DOCX），"
                        + "生成第1批报省备案材料包（<out>/filing/<日期>/），全部登记到 <out>/manifest.json，"
                        + "建立三个演示账户（市局、县区、省厅）并打印其随机密码，供 perfgrade serve 登录。"
                        + "可重复运行：已导入的文件被识别为重复，不会重复登记；演示账户换新密码。" },
        synopsisHeading = "%n用法：", descriptionHeading = "%n", optionListHeading = "%n选项：%n")
class DemoCommand implements Callable<Integer> {

    /** What the demo did, printed as text or JSON. */
    record DemoResult(String asOf, String database, int counties, int industries, int targets, String inbox,
                      List<String> inboxFiles, List<ImportReport> imports, Snapshot snapshot,
                      List<ArchivedDocument> documents, List<DemoUsers.DemoUser> consoleUsers) {
    }

    private final CliEnvironment environment;

    @Mixin
    HelpOptions help;

    @Mixin
    OutputOptions output;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "--quick：业务日期 YYYY-MM-DD（默认：活动最后一个阶段的结束日，且不晚于今天）；重放：只重放到该日为止")
    LocalDate asOf;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "2021",
            description = "样例数据和演示场景的随机种子（默认 ${DEFAULT-VALUE}）")
    long seed;

    @Option(names = "--quick", description = "只演示一个业务日期（--as-of）的整条流水线，不重放整个行动")
    boolean quick;

    DemoCommand(CliEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() throws Exception {
        if (!quick) {
            try (ConfigurableApplicationContext context = environment.start(output.out)) {
                ReplayDemo.Result result;
                try {
                    result = ReplayDemo.run(context, environment, seed, asOf);
                }
                catch (ReplayDemo.NoDayToReplay ex) {
                    environment.err().println("用法错误：" + ex.getMessage());
                    return ExitCodes.USAGE;
                }
                CommandOutput.print(environment.out(), output.json, result, ReplayDemo.lines(result,
                        context.getBean(DocumentArchive.class).outDir(), context.getBean(Glossary.class)));
                return ExitCodes.OK;
            }
        }
        try (ConfigurableApplicationContext context = environment.start(output.out)) {
            ReferenceData reference = context.getBean(ReferenceData.class);
            DocumentArchive archive = context.getBean(DocumentArchive.class);
            WorkbookStamp stamp = context.getBean(WorkbookStamp.class);
            LocalDate date = asOf != null ? asOf : defaultAsOf(reference, context);
            environment.err().println("[1/4] 生成样例报送文件 …");
            Path inbox = archive.outDir().resolve("demo").resolve("inbox");
            SampleSubmissions samples = new SampleSubmissions(reference, seed).withClerkStyle().datedBy(stamp);
            List<Path> files = new ArrayList<>(samples.writeInbox(inbox, date));
            files.addAll(SampleApplications.write(reference, samples.generate(), inbox, date, stamp));
            environment.err().println("[2/4] 导入样例报送文件 …");
            List<ImportReport> imports = context.getBean(SubmissionImporter.class).importInbox(inbox, date);
            environment.err().println("[3/4] 计算进展快照 …");
            Snapshot snapshot = context.getBean(SnapshotRunner.class).run(date);
            environment.err().println("[4/4] 生成当日文档（简报、附件1、附件2、应急减排清单、公示名单及各县区分册）和字体检查 PDF …");
            List<ArchivedDocument> documents = new ArrayList<>(context.getBean(DailyDocuments.class).render(snapshot));
            documents.add(context.getBean(FontCheck.class).render(date));
            environment.err().println("起草进展情况通报 …");
            NoticeIssuer.IssuedNotice notice = context.getBean(NoticeIssuer.class).issue(NoticeKind.PROGRESS, date,
                    null);
            documents.add(notice.pdf());
            documents.add(notice.docx());
            environment.err().println("生成第1批报省备案材料包（缺项在报送函中列明）…");
            FilingOutcome filing = context.getBean(FilingRunner.class).run(new FilingRequest(date, 1, true), inbox);
            environment.err().println(filing.message());
            List<DemoUsers.DemoUser> consoleUsers = DemoUsers.ensure(context.getBean(ConsoleUsers.class),
                    reference.counties().get(0), new SecureRandom());
            DemoResult result = new DemoResult(date.toString(),
                    DatabaseConfiguration.describe(context.getBean(javax.sql.DataSource.class)),
                    reference.counties().size(), reference.industries().size(), reference.targets().size(),
                    archive.outDir().relativize(inbox).toString(),
                    files.stream().map(f -> archive.outDir().relativize(f).toString()).sorted().toList(), imports,
                    snapshot, documents, consoleUsers);
            CommandOutput.print(environment.out(), output.json, result, lines(result, archive.outDir(),
                    context.getBean(Glossary.class)));
            return ExitCodes.OK;
        }
    }

    private static LocalDate defaultAsOf(ReferenceData reference, ConfigurableApplicationContext context) {
        LocalDate today = LocalDate.now(context.getBean(java.time.Clock.class));
        LocalDate end = reference.calendar().stages().stream().map(s -> s.to()).max(LocalDate::compareTo)
                .orElse(today);
        return end.isBefore(today) ? end : today;
    }

    private static List<String> lines(DemoResult r, Path outDir, Glossary glossary) {
        List<String> lines = new ArrayList<>();
        lines.add("演示完成（业务日期 " + r.asOf() + "）");
        lines.add("数据库：" + r.database());
        lines.add("参考数据：" + r.counties() + " 个县区，" + r.industries() + " 个重点行业，" + r.targets() + " 条县区目标");
        lines.add("样例报送文件：" + r.inboxFiles().size() + " 个，位于 " + outDir.resolve(r.inbox()));
        lines.add(TextColumns.pad("县区", 18) + TextColumns.pad("类型", 13) + TextColumns.pad("结果", 10)
                + TextColumns.padLeft("行数", 6) + TextColumns.padLeft("接收", 6) + TextColumns.padLeft("拒收", 6)
                + TextColumns.padLeft("提示", 6));
        for (ImportReport i : r.imports()) {
            lines.add(TextColumns.pad(String.valueOf(i.county()), 18) + TextColumns.pad(String.valueOf(i.kind()), 13)
                    + TextColumns.pad(i.status(), 10) + TextColumns.padLeft(String.valueOf(i.rows()), 6)
                    + TextColumns.padLeft(String.valueOf(i.accepted()), 6)
                    + TextColumns.padLeft(String.valueOf(i.rejected()), 6)
                    + TextColumns.padLeft(String.valueOf(i.warnings()), 6));
            i.errors().stream().filter(e -> "error".equals(e.level()))
                    .forEach(e -> lines.add("    [" + e.code() + "] " + e.message()));
            lines.addAll(ImportReports.corrections(i, "    "));
        }
        lines.addAll(SnapshotTable.lines(r.snapshot()));
        lines.addAll(DocumentLines.of(r.documents(), outDir, glossary));
        lines.addAll(DemoUsers.lines(r.consoleUsers()));
        return lines;
    }
}
