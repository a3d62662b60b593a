package org.perfgrade.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
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

/** {@code perfgrade notice}: a numbered progress notice as PDF and DOCX; the number kept, a taken number refused. */
@RunsOnEachDatabase
class NoticeCommandTests {

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
    void issuesANumberedNoticeAndKeepsItsNumber() throws Exception {
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
        // when
        CliRun first = CliRun.run(properties, "notice", "progress", "--as-of", "2021-08-16", "--number", "92",
                "--json", "--out", out.toString());
        CliRun again = CliRun.run(properties, "notice", "progress", "--as-of", "2021-08-16", "--json", "--out",
                out.toString());
        CliRun taken = CliRun.run(properties, "notice", "seasonal-control", "--as-of", "2021-08-16", "--number",
                "92", "--out", out.toString());
        CliRun noSnapshot = CliRun.run(properties, "notice", "progress", "--as-of", "2021-08-20", "--out",
                out.toString());
        CliRun unknown = CliRun.run(properties, "notice", "praise", "--as-of", "2021-08-16");
        // then
        assertThat(first.exitCode()).as(first.err()).isZero();
        JsonNode issued = JsonMapper.builder().build().readTree(first.out());
        assertThat(issued.get("number").get("number").asInt()).isEqualTo(92);
        assertThat(issued.get("pdf").get("kind").asString()).isEqualTo("notice-pdf");
        assertThat(issued.get("docx").get("kind").asString()).isEqualTo("notice-docx");
        String pdf = issued.get("pdf").get("path").asString();
        assertThat(pdf).startsWith("notices/2021-08-16/汴环攻坚办〔2021〕92号-").endsWith(".pdf");
        assertThat(Files.size(out.resolve(pdf))).isPositive();
        assertThat(Files.size(out.resolve(issued.get("docx").get("path").asString()))).isPositive();
        // the body's figures are the snapshot's
        JsonNode national = JsonMapper.builder().build().readTree(nightly.out()).get("city").get("levels").get(0);
        String text;
        try (PDDocument document = Loader.loadPDF(out.resolve(pdf).toFile())) {
            text = new PDFTextStripper().getText(document).replaceAll("\\s", "");
        }
        assertThat(text).contains("汴环攻坚办〔2021〕92号", "关于全市重点行业绩效分级提升工作进展情况的通报",
                "全市国家级重点行业企业" + national.get("counted").asInt() + "家",
                "申报" + national.get("applied").asInt() + "家",
                "通过占比" + new BigDecimal(national.get("passedShare").asString()).movePointRight(2)
                        .setScale(2, RoundingMode.HALF_UP).toPlainString() + "%");
        assertThat(again.exitCode()).as(again.err()).isZero();
        JsonNode reissued = JsonMapper.builder().build().readTree(again.out());
        assertThat(reissued.get("number").get("number").asInt()).isEqualTo(92);
        assertThat(taken.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(taken.err()).contains("汴环攻坚办〔2021〕92号 已用于");
        assertThat(noSnapshot.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(noSnapshot.err()).contains("perfgrade nightly");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.err()).contains("不认识的通报种类“praise”");
    }
}
