package org.perfgrade.cli;

import java.nio.file.Path;
import java.time.Clock;
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
 * {@code perfgrade notice KIND --as-of DATE [--date DATE] [--number N]}: drafts a circulation notice (通报) in the
 * GB/T 9704-2012 format from the data of the as-of date, dated its 成文日期 ({@code --date}, default today), with its
 * document number from its register, as PDF and DOCX. A number that cannot be given is an input refused (exit 3).
 */
@Command(name = "notice",
        description = { "按 GB/T 9704-2012 公文格式起草通报（PDF 供签发，DOCX 供修改），数字、名单和日期取自该业务日期的快照和台账：",
                "  progress          关于全市重点行业绩效分级提升工作进展情况的通报（总体情况、排名、存在问题、下步要求、附件）",
                "  expert-criticism  对评审意见被否定的专家（第三方）的通报批评，写明三年内不得参与评审",
                "  seasonal-control  D级企业实施错峰生产的通报",
                "发文机关和文号登记簿见 config/authority.yml（通报：汴环攻坚办〔年份〕N号），按年编号、永不重复，",
                "序号随成文日期先后递增：成文日期早于登记簿中已编号文书的，不予编号（退出码 3），除非用 --number 指定；",
                "同一通报重新生成时文号和成文日期不变。正文写明数据截止日期（截至统计日期），落款为成文日期。",
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

    @Option(names = "--as-of", paramLabel = "DATE", required = true,
            description = "统计日期（数据截止日期）YYYY-MM-DD，正文写“截至…”")
    LocalDate asOf;

    @Option(names = "--date", paramLabel = "DATE",
            description = "成文日期 YYYY-MM-DD（落款日期，决定文号先后）；默认今天（perfgrade.zone 时区），已编号的通报默认沿用原成文日期")
    LocalDate date;

    @Option(names = "--number", paramLabel = "N",
            description = "指定文号中的序号（已被同一登记簿的其他文书使用时拒绝；指定后不检查成文日期先后）")
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
                NoticeIssuer issuer = context.getBean(NoticeIssuer.class);
                issued = issuer.issue(noticeKind, asOf, issueDate(context, issuer, noticeKind), number);
            }
            catch (NoticeNumberException ex) {
                environment.err().println("不予编号：" + ex.getMessage());
                return ExitCodes.INPUT_REJECTED;
            }
            catch (IllegalStateException ex) {
                environment.err().println(ex.getMessage());
                return ExitCodes.FAILURE;
            }
            Path out = context.getBean(DocumentArchive.class).outDir();
            List<String> lines = List.of("通报：" + issued.title() + "（" + issued.number().text() + "）",
                    "成文日期：" + issued.issuedOn() + "；统计日期：" + issued.asOf(),
                    "PDF：" + out.resolve(issued.pdf().path()), "DOCX：" + out.resolve(issued.docx().path()));
            CommandOutput.print(environment.out(), output.json, issued, lines);
            return ExitCodes.OK;
        }
    }

    /** --date, else the date the notice was issued on when it has a number, else today in the business zone. */
    private LocalDate issueDate(ConfigurableApplicationContext context, NoticeIssuer issuer, NoticeKind kind) {
        if (date != null) {
            return date;
        }
        return issuer.registeredIssueDate(kind, asOf).orElseGet(() -> LocalDate.now(context.getBean(Clock.class)));
    }
}
