package org.perfgrade.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.perfgrade.document.ArchivedDocument;
import org.perfgrade.document.DocumentArchive;
import org.perfgrade.document.DocumentRequest;
import org.perfgrade.ingest.SubmissionKind;
import org.perfgrade.template.TemplateWorkbookWriter;
import org.perfgrade.reference.County;
import org.perfgrade.reference.ReferenceData;

import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code perfgrade template}: the blank workbooks counties fill in, with drop-downs, date formats and notes. */
@Command(name = "template",
        description = { "生成县区报送用的 Excel 模板：标题、填写说明、列宽、行业和级别下拉选项、日期格式。",
                "KIND：ledger 清单台账，improvement 提升企业清单（附件2），application 申报及评审结果，violation 违法问题，expert 专家名单。" },
        synopsisHeading = "%n用法：", descriptionHeading = "%n", optionListHeading = "%n选项：%n",
        parameterListHeading = "%n参数：%n")
class TemplateCommand implements Callable<Integer> {

    /** What was written. */
    record TemplateResult(List<ArchivedDocument> templates) {
    }

    private final CliEnvironment environment;

    @Mixin
    HelpOptions help;

    @Mixin
    OutputOptions output;

    @Parameters(paramLabel = "KIND", arity = "0..1",
            description = "模板类型：ledger、improvement、application、violation、expert；省略时生成全部")
    String kind;

    @Option(names = "--county", paramLabel = "NAME", description = "县区名称或代码（标题和默认县区）")
    String county;

    TemplateCommand(CliEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() throws Exception {
        List<SubmissionKind> kinds;
        if (kind == null) {
            kinds = SubmissionKind.tabular();
        }
        else {
            SubmissionKind k = SubmissionKind.fromCode(kind).filter(SubmissionKind::isTabular).orElse(null);
            if (k == null) {
                environment.err().println("用法错误：不认识的模板类型“" + kind + "”，可用：ledger、improvement、application、violation、expert");
                return ExitCodes.USAGE;
            }
            kinds = List.of(k);
        }
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
            LocalDate today = LocalDate.now(context.getBean(java.time.Clock.class));
            DocumentArchive archive = context.getBean(DocumentArchive.class);
            TemplateWorkbookWriter writer = new TemplateWorkbookWriter(reference);
            List<ArchivedDocument> written = new ArrayList<>();
            for (SubmissionKind k : kinds) {
                String name = "templates/" + (target == null ? "" : target.name()) + k.title() + "（模板）.xlsx";
                County c = target;
                written.add(archive.store(new DocumentRequest("template-" + k.code(), today, c, name),
                        out -> writer.write(k, c, out)));
            }
            List<String> lines = written.stream().map(d -> "模板：" + archive.outDir().resolve(d.path())).toList();
            CommandOutput.print(environment.out(), output.json, new TemplateResult(written), lines);
            return ExitCodes.OK;
        }
    }
}
