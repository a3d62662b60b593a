package org.perfgrade.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfgrade.RunsOnEachDatabase;
import org.perfgrade.reference.ConfigFiles;
import org.perfgrade.reference.ReferenceDataReader;
import org.perfgrade.sample.SampleSubmissions;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code perfgrade notice}: a numbered progress notice as PDF and DOCX, dated its 成文日期 ({@code --date}, default
 * today) and stating its figures as of the as-of date; the number and date kept; a taken number, a new date for a
 * numbered notice and a notice dated before one already numbered refused with exit code 3 (unless {@code --number}).
 */
@RunsOnEachDatabase
class NoticeCommandTests {

    private static final String OFFICE = "开封市环境污染防治攻坚战领导小组办公室";

    @TempDir
    Path workspace;

    private CliWorkspace cli;

    @AfterEach
    void drop() {
        if (cli != null) {
            cli.close();
        }
    }

    @Test
    void issuesANumberedNoticeDatedItsIssueDateAndKeepsItsNumber() throws Exception {
        // given: the snapshot of 16 August
        cli = CliWorkspace.in(workspace);
        Map<String, Object> properties = cli.properties();
        Path inbox = workspace.resolve("inbox");
        Path out = workspace.resolve("out");
        new SampleSubmissions(new ReferenceDataReader(new ConfigFiles(List.of(workspace))).read(), 11)
                .writeInbox(inbox, LocalDate.of(2021, 8, 16));
        CliRun nightly = CliRun.run(properties, "nightly", "--as-of", "2021-08-16", "--inbox", inbox.toString(),
                "--json", "--out", out.toString());
        assertThat(nightly.exitCode()).as(nightly.err()).isZero();
        // when: the notice on the figures of 16 August, issued on 20 August as number 92
        CliRun first = CliRun.run(properties, "notice", "progress", "--as-of", "2021-08-16", "--date", "2021-08-20",
                "--number", "92", "--json", "--out", out.toString());
        CliRun again = CliRun.run(properties, "notice", "progress", "--as-of", "2021-08-16", "--json", "--out",
                out.toString());
        CliRun taken = CliRun.run(properties, "notice", "seasonal-control", "--as-of", "2021-08-16", "--date",
                "2021-08-20", "--number", "92", "--out", out.toString());
        CliRun noSnapshot = CliRun.run(properties, "notice", "progress", "--as-of", "2021-08-20", "--out",
                out.toString());
        CliRun unknown = CliRun.run(properties, "notice", "praise", "--as-of", "2021-08-16");
        // then
        assertThat(first.exitCode()).as(first.err()).isZero();
        JsonNode issued = JsonMapper.builder().build().readTree(first.out());
        assertThat(issued.get("number").get("number").asInt()).isEqualTo(92);
        assertThat(issued.get("issuedOn").asString()).isEqualTo("2021-08-20");
        assertThat(issued.get("asOf").asString()).isEqualTo("2021-08-16");
        assertThat(issued.get("pdf").get("kind").asString()).isEqualTo("notice-pdf");
        assertThat(issued.get("docx").get("kind").asString()).isEqualTo("notice-docx");
        String pdf = issued.get("pdf").get("path").asString();
        assertThat(pdf).startsWith("notices/2021-08-16/汴环攻坚办〔2021〕92号-").endsWith(".pdf");
        assertThat(Files.size(out.resolve(issued.get("docx").get("path").asString()))).isPositive();
        // the body's figures are the snapshot's, stated as of 16 August; the 成文日期 and 印发日期 are 20 August
        JsonNode national = JsonMapper.builder().build().readTree(nightly.out()).get("city").get("levels").get(0);
        String text = pdfText(out.resolve(pdf));
        assertThat(text).contains("开封市环境污染防治攻坚战领导小组办公室文件", "汴环攻坚办〔2021〕92号",
                "关于全市重点行业绩效分级提升工作进展情况的通报", "现将截至2021年8月16日有关情况通报如下",
                "截至2021年8月16日，全市国家级重点行业企业" + national.get("counted").asInt() + "家",
                "申报" + national.get("applied").asInt() + "家",
                "通过占比" + new BigDecimal(national.get("passedShare").asString()).movePointRight(2)
                        .setScale(2, RoundingMode.HALF_UP).toPlainString() + "%",
                OFFICE + "2021年8月20日", "2021年8月20日印发");
        assertThat(text).doesNotContain(OFFICE + "2021年8月16日", "2021年8月16日印发", "2021-08");
        assertThat(docxText(out.resolve(issued.get("docx").get("path").asString())))
                .contains("截至2021年8月16日", "2021年8月20日");
        // drafted again without --date: the same number and issue date
        assertThat(again.exitCode()).as(again.err()).isZero();
        JsonNode reissued = JsonMapper.builder().build().readTree(again.out());
        assertThat(reissued.get("number").get("number").asInt()).isEqualTo(92);
        assertThat(reissued.get("issuedOn").asString()).isEqualTo("2021-08-20");
        // a number another notice holds is an input refused
        assertThat(taken.exitCode()).isEqualTo(ExitCodes.INPUT_REJECTED);
        assertThat(taken.err()).contains("汴环攻坚办〔2021〕92号 已用于");
        assertThat(noSnapshot.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(noSnapshot.err()).contains("perfgrade nightly");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.err()).contains("不认识的通报种类“praise”");

        // when: a notice dated before number 92, without and with --number; a new date for number 92
        CliRun earlier = CliRun.run(properties, "notice", "seasonal-control", "--as-of", "2021-08-16", "--date",
                "2021-08-18", "--out", out.toString());
        CliRun byHand = CliRun.run(properties, "notice", "seasonal-control", "--as-of", "2021-08-16", "--date",
                "2021-08-18", "--number", "50", "--json", "--out", out.toString());
        CliRun redated = CliRun.run(properties, "notice", "progress", "--as-of", "2021-08-16", "--date", "2021-08-25",
                "--out", out.toString());
        // then: refused with exit code 3 naming the later notice and its date, unless numbered by hand
        assertThat(earlier.exitCode()).as(earlier.out()).isEqualTo(ExitCodes.INPUT_REJECTED);
        assertThat(earlier.err()).contains("成文日期 2021年8月18日 早于同一登记簿已编号的 汴环攻坚办〔2021〕92号",
                "成文日期 2021年8月20日", "--number");
        assertThat(byHand.exitCode()).as(byHand.err()).isZero();
        JsonNode fifty = JsonMapper.builder().build().readTree(byHand.out());
        assertThat(fifty.get("number").get("number").asInt()).isEqualTo(50);
        assertThat(pdfText(out.resolve(fifty.get("pdf").get("path").asString())))
                .contains("汴环攻坚办〔2021〕50号", OFFICE + "2021年8月18日");
        assertThat(redated.exitCode()).isEqualTo(ExitCodes.INPUT_REJECTED);
        assertThat(redated.err()).contains("已编为 汴环攻坚办〔2021〕92号，成文日期 2021年8月20日");
    }

    @Test
    void withoutDateANoticeIsIssuedTodayInTheBusinessZone() throws Exception {
        // given: the ledger of 16 August
        cli = CliWorkspace.in(workspace);
        Map<String, Object> properties = cli.properties();
        Path inbox = workspace.resolve("inbox");
        Path out = workspace.resolve("out");
        new SampleSubmissions(new ReferenceDataReader(new ConfigFiles(List.of(workspace))).read(), 11)
                .writeInbox(inbox, LocalDate.of(2021, 8, 16));
        CliRun imported = CliRun.run(properties, "import", "--inbox", inbox.toString(), "--as-of", "2021-08-16",
                "--out", out.toString());
        assertThat(imported.exitCode()).as(imported.err()).isIn(ExitCodes.OK, ExitCodes.INPUT_REJECTED);
        // when
        LocalDate before = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        CliRun today = CliRun.run(properties, "notice", "seasonal-control", "--as-of", "2021-08-16", "--json",
                "--out", out.toString());
        LocalDate after = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        // then: dated today, numbered in today's year, the figures still those of 16 August
        assertThat(today.exitCode()).as(today.err()).isZero();
        JsonNode issued = JsonMapper.builder().build().readTree(today.out());
        LocalDate issuedOn = LocalDate.parse(issued.get("issuedOn").asString());
        assertThat(issuedOn).isIn(before, after);
        assertThat(issued.get("number").get("year").asInt()).isEqualTo(issuedOn.getYear());
        String text = pdfText(out.resolve(issued.get("pdf").get("path").asString()));
        assertThat(text).contains("截至2021年8月16日", OFFICE + issuedOn.getYear() + "年" + issuedOn.getMonthValue()
                + "月" + issuedOn.getDayOfMonth() + "日");
    }

    private static String pdfText(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s", "");
        }
    }

    private static String docxText(Path docx) throws IOException {
        try (XWPFDocument document = new XWPFDocument(Files.newInputStream(docx));
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return extractor.getText().replaceAll("\\s", "");
        }
    }
}
