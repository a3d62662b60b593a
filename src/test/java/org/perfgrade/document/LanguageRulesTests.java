package org.perfgrade.document;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.perfgrade.reference.ConfigFiles;
import org.perfgrade.reference.Glossary;
import org.perfgrade.reference.GlossaryReader;

import static org.assertj.core.api.Assertions.assertThat;

/** The language rules themselves: what they flag in a document's text, and what they let stand. */
class LanguageRulesTests {

    private final LanguageRules rules = new LanguageRules(new GlossaryReader(new ConfigFiles(List.of())).read());

    @Test
    void anIsoDateAnEnglishWordAKindCodeAndAnAvoidedTermAreEachFound() {
        // when
        List<LanguageRules.Finding> findings = rules.check(new ReaderText("简报 第1页",
                "截至2021-09-30，与上次快照相比无变化。Business date。另附 briefing-pdf。"));
        // then
        assertThat(findings).extracting(LanguageRules.Finding::rule).contains("ISO 日期 2021-09-30",
                "内部用语“快照”（应作“统计”）", "英文 Business", "英文 date", "文档类别代码 briefing-pdf");
        assertThat(findings).allSatisfy(f -> assertThat(f.where()).isEqualTo("简报 第1页"));
        assertThat(rules.check(new ReaderText("包", "manifest.json"))).extracting(LanguageRules.Finding::rule)
                .contains("内部用语“manifest.json”（应作“文件清单”）");
        assertThat(rules.check(new ReaderText("表", "大小（字节）"))).extracting(LanguageRules.Finding::rule)
                .containsExactly("内部用语“字节”（应作“大小（KB、MB）”）");
    }

    @Test
    void gradesCodesUnitsAndTheEnterprisesTechnicalNotationStand() {
        // given: what the bureau's documents write with Latin letters
        String text = "截至2021年9月30日，A级、B级（含B-级）、C级、D级企业；涉VOCs行业；GB/T 9704-2012；"
                + "统一社会信用代码91410225MA339P05YF，排污许可证编号91410225MA339P05YF001P；附件2（Excel）、"
                + "简报（PDF）85.3 KB、1.2 MB；SHA-256 "
                + "ec39b951a1ec39b951a1ec39b951a1ec39b951a1ec39b951a1ec39b951a1ec39；电子邮箱：objection@example. gov.cn；"
                + "采用RTO/RCO处理；颗粒物≤10mg/m³；SO2年排放量（t/a）；P·O 42.5、P·C 42.5R水泥；HZS180搅拌站；01-报送函.pdf";
        // when / then
        assertThat(rules.check(new ReaderText("名单", text))).isEmpty();
    }
}
