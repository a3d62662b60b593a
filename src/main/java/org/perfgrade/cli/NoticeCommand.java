package org.perfgrade.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

import org.perfgrade.document.DocumentArchive;
import org.perfgrade.notice.NoticeIssuer;
import org.perfgrade.notice.NoticeKind;
import org.perfgrade.notice.NoticeNumberException;

import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code perfgrade notice KIND --as-of DATE [--number N]}: drafts a circulation notice (通报) in the GB/T 9704-2012
 * format from the data of the date, with its document number from the register, as PDF and DOCX.
 */
@Command(name = "notice",
        description = { "按 GB/T 9704-2012 公文格式起草通报（PDF 供签发，DOCX 供修改），数字、名单和日期取自该业务日期的快照和台账：",
                "  progress          关于全市重点行业绩效分级提升工作进展情况的通报（总体情况、排名、存在问题、下步要求、附件）",
                "  expert-criticism  对评审意见被否定的专家（第三方）的通报批评，写明三年内不得参与评审",
                "  seasonal-control  D级企业实施错峰生产的通报",
                "文号（汴环攻坚办〔年份〕N号）由登记簿按年编号、永不重复；同一通报重新生成时文号不变。",
                "措辞模板在 config/notices.yml，可修改。" },
        synopsisHeading = "%n用法：", descriptionHeading = "%n", optionListHeading = "%n选项：%n")
class NoticeCommand implements Callable<Integer> {

    private final CliEnvironment environment;

    @Mixin
    HelpOptions help;

    @Mixin
    OutputOptions output;

    @Parameters(index = "0", paramLabel = "KIND", description = "通报种类：progress、expert-criticism、seasonal-control")
    String kind;

    @Option(names = "--as-of", paramLabel = "DATE", required = true, description = "业务日期 YYYY-MM-DD")
    LocalDate asOf;

    @Option(names = "--number", paramLabel = "N", description = "指定文号中的序号（已被其他通报使用时拒绝）")
    Integer number;

    NoticeCommand(CliEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        // the cover letter of a filing package is drafted by perfgrade package
        NoticeKind noticeKind = NoticeKind.ofCode(kind).filter(k -> k != NoticeKind.FILING_LETTER).orElse(null);
        if (noticeKind == null) {
            environment.err().println("用法错误：不认识的通报种类“" + kind + "”，可用："
                    + String.join("、", Arrays.stream(NoticeKind.values()).filter(k -> k != NoticeKind.FILING_LETTER)
                    .map(NoticeKind::code).toList()));
            return ExitCodes.USAGE;
        }
        try (ConfigurableApplicationContext context = environment.start(output.out)) {
            NoticeIssuer.IssuedNotice issued;
            try {
                issued = context.getBean(NoticeIssuer.class).issue(noticeKind, asOf, number);
            }
            catch (NoticeNumberException | IllegalStateException ex) {
                environment.err().println(ex.getMessage());
                return ExitCodes.FAILURE;
            }
            Path out = context.getBean(DocumentArchive.class).outDir();
            List<String> lines = List.of("通报：" + issued.title() + "（" + issued.number().text() + "）",
                    "PDF：" + out.resolve(issued.pdf().path()), "DOCX：" + out.resolve(issued.docx().path()));
            CommandOutput.print(environment.out(), output.json, issued, lines);
            return ExitCodes.OK;
        }
    }
}
