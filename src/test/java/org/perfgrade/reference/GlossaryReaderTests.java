package org.perfgrade.reference;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfgrade.bench.BenchReport;
import org.perfgrade.document.FontCheck;
import org.perfgrade.ingest.SubmissionKind;
import org.perfgrade.notice.NoticeIssuer;
import org.perfgrade.report.BriefingReport;
import org.perfgrade.report.EmergencyListWorkbook;
import org.perfgrade.report.ImprovementListReport;
import org.perfgrade.report.ImprovementListWorkbook;
import org.perfgrade.report.PublicityListReport;
import org.perfgrade.report.PublicityListWorkbook;
import org.perfgrade.report.TargetTableReport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * config/glossary.yml: the shipped file names every document kind the code writes outside the nightly run (the
 * nightly and filing kinds are checked on the demo's own manifest by DocumentLanguageTests), and every mistake in the
 * file is reported with its file and line.
 */
class GlossaryReaderTests {

    @TempDir
    Path overrides;

    @Test
    void theShippedGlossaryNamesEveryKindInChineseAndSaysWhatToWriteInsteadOfTheInternalTerms() {
        // given: the kinds the code declares, the blank templates and the receipts
        List<String> kinds = new ArrayList<>(List.of(BriefingReport.KIND, TargetTableReport.KIND,
                ImprovementListWorkbook.KIND, ImprovementListReport.KIND, EmergencyListWorkbook.KIND,
                PublicityListWorkbook.KIND, PublicityListReport.KIND, NoticeIssuer.PDF_KIND, NoticeIssuer.DOCX_KIND,
                FontCheck.KIND, BenchReport.KIND, "receipt", "filing-zip"));
        for (SubmissionKind k : SubmissionKind.tabular()) {
            kinds.add("template-" + k.code());
        }
        // when
        Glossary glossary = read();
        // then
        assertThat(kinds).allSatisfy(k -> assertThat(glossary.knownKindName(k)).as(k).isPresent());
        assertThat(glossary.kindName("briefing-pdf")).isEqualTo("每日进展简报（PDF）");
        assertThat(glossary.kindName("target-table-pdf")).startsWith("附件1目标表");
        assertThat(glossary.kindName("improvement-list-xlsx")).isEqualTo("附件2提升企业清单（Excel）");
        assertThat(glossary.word("snapshot")).contains("统计");
        assertThat(glossary.word("manifest")).contains("文件清单");
        assertThat(glossary.forbidden()).containsEntry("快照", "统计").containsEntry("manifest.json", "文件清单");
        // and a kind it does not know is shown as it is, after every known kind
        assertThat(glossary.kindName("credit-platform-xlsx")).isEqualTo("credit-platform-xlsx");
        assertThat(glossary.inGlossaryOrder(List.of("z-new", "publicity-pdf", "briefing-pdf")))
                .containsExactly("briefing-pdf", "publicity-pdf", "z-new");
    }

    @Test
    void aNewKindIsOneLineInTheFile() throws IOException {
        // given
        write("""
                kinds:
                  briefing-pdf: 每日进展简报（PDF）
                  credit-platform-xlsx: 信用信息共享平台违法企业名单（Excel）
                terms:
                  - { term: snapshot, name: 统计, avoid: [快照] }
                """);
        // when / then
        assertThat(read().kindName("credit-platform-xlsx")).isEqualTo("信用信息共享平台违法企业名单（Excel）");
    }

    @Test
    void mistakesStopWithTheFileAndLine() throws IOException {
        // a kind not written as a manifest kind
        write("kinds:\n  briefing-pdf: 每日进展简报\n  Briefing PDF: 简报\n");
        assertThatThrownBy(this::read).isInstanceOf(ConfigException.class)
                .hasMessageContaining("glossary.yml").hasMessageContaining("第 3 行")
                .hasMessageContaining("Briefing PDF");
        // a name with no Chinese
        write("kinds:\n  briefing-pdf: briefing\n");
        assertThatThrownBy(this::read).hasMessageContaining("第 2 行").hasMessageContaining("应是中文名称");
        // a misspelt key (reported where its value starts)
        write("kinds:\n  briefing-pdf: 简报\nterm:\n  - { term: snapshot, name: 统计, avoid: [快照] }\n");
        assertThatThrownBy(this::read).hasMessageContaining("第 4 行").hasMessageContaining("不认识的键“term”");
        // a term twice, and a term with nothing to avoid
        write("kinds: {}\nterms:\n  - { term: snapshot, name: 统计, avoid: [快照] }\n"
                + "  - { term: snapshot, name: 统计, avoid: [快照] }\n");
        assertThatThrownBy(this::read).hasMessageContaining("第 4 行").hasMessageContaining("重复");
        write("kinds: {}\nterms:\n  - { term: snapshot, name: 统计 }\n");
        assertThatThrownBy(this::read).hasMessageContaining("第 3 行").hasMessageContaining("avoid");
    }

    private Glossary read() {
        return new GlossaryReader(new ConfigFiles(List.of(overrides))).read();
    }

    private void write(String text) throws IOException {
        Files.writeString(overrides.resolve(GlossaryReader.FILE), text, StandardCharsets.UTF_8);
    }
}
