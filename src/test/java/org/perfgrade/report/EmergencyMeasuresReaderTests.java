package org.perfgrade.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfgrade.reference.ConfigException;
import org.perfgrade.reference.ConfigFiles;
import org.perfgrade.reference.ReferenceData;
import org.perfgrade.reference.ReferenceDataReader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** config/emergency-measures.yml: the shipped rules, and every mistake reported with its file and line. */
class EmergencyMeasuresReaderTests {

    /** A valid default covering the whole grade vocabulary of industries.yml, in flow style (one line each). */
    private static final String DEFAULT = """
            default:
              confirmed: false
              grades:
                引领性: { yellow: 自主减排, orange: 自主减排, red: 自主减排 }
                A: { yellow: 自主减排, orange: 自主减排, red: 自主减排 }
                B: { yellow: 限产20%, orange: 限产30%, red: 限产50% }
                B-: { yellow: 限产20%, orange: 限产30%, red: 限产50% }
                C: { yellow: 限产30%, orange: 限产50%, red: 停产 }
                D: { yellow: 停产, orange: 停产, red: 停产 }
                非引领性: { yellow: 限产30%, orange: 限产50%, red: 停产 }
            """;

    @TempDir
    Path overrides;

    ReferenceData reference;

    @BeforeEach
    void readReferenceDefaults() {
        reference = new ReferenceDataReader(new ConfigFiles(List.of(overrides))).read();
    }

    @Test
    void theShippedFileHasTheCementClinkerRuleAndADefaultForEveryGrade() {
        // when the packaged default is read (the override folder is empty)
        EmergencyMeasures measures = read();
        // then
        assertThat(measures.source()).contains("emergency-measures.yml");
        assertThat(measures.rules()).singleElement().satisfies(rule -> {
            assertThat(rule.industry()).isEqualTo("水泥");
            assertThat(rule.branch()).isEqualTo("熟料");
            assertThat(rule.confirmed()).isFalse();
            assertThat(rule.grades()).containsOnlyKeys("A", "B", "C", "D");
        });
        assertThat(measures.defaults().isDefault()).isTrue();
        assertThat(measures.defaults().confirmed()).isFalse();
        assertThat(measures.defaults().grades()).containsOnlyKeys(reference.grades().keySet());
        // the cement grades as domain.md §8 gives them
        EmergencyMeasures.Applied a = measures.forLine(reference, "水泥", "熟料", "A");
        assertThat(a.usedDefault()).isFalse();
        assertThat(a.measures().yellow()).contains("自主");
        assertThat(a.measures().red()).contains("自主");
        AlertMeasures b = measures.forLine(reference, "水泥", "熟料", "B").measures();
        assertThat(b.yellow()).contains("国四及以下重型载货车辆");
        assertThat(b.orange()).contains("限产20%").contains("环评批复产能").contains("排污许可证载明产能")
                .contains("上一年度实际产量").contains("最小值");
        assertThat(b.red()).startsWith("停产");
        AlertMeasures c = measures.forLine(reference, "水泥", "熟料", "C").measures();
        assertThat(c.yellow()).contains("停产50%");
        assertThat(c.orange()).startsWith("停产");
        assertThat(c.red()).startsWith("停产");
        AlertMeasures d = measures.forLine(reference, "水泥", "熟料", "D").measures();
        assertThat(List.of(d.yellow(), d.orange(), d.red())).allSatisfy(m -> assertThat(m).contains("停产")
                .contains("停止物料公路运输"));
    }

    @Test
    void aLineWithoutItsOwnRuleTakesTheDefaultAndAnUngradedLineTheLowestGradeOfItsScheme() {
        // given
        EmergencyMeasures measures = read();
        // when
        EmergencyMeasures.Applied glass = measures.forLine(reference, "玻璃", null, "C");
        EmergencyMeasures.Applied grinding = measures.forLine(reference, "水泥", "粉磨站", "引领性");
        EmergencyMeasures.Applied ungradedClinker = measures.forLine(reference, "水泥", "熟料", null);
        EmergencyMeasures.Applied ungradedGrinding = measures.forLine(reference, "水泥", "粉磨站", null);
        // then
        assertThat(glass.usedDefault()).isTrue();
        assertThat(glass.measures()).isEqualTo(measures.defaults().grades().get("C"));
        assertThat(grinding.usedDefault()).isTrue();
        assertThat(ungradedClinker.ungraded()).isTrue();
        assertThat(ungradedClinker.grade()).isEqualTo("D");
        assertThat(ungradedClinker.usedDefault()).isFalse();
        assertThat(ungradedClinker.measures()).isEqualTo(measures.rules().get(0).grades().get("D"));
        assertThat(ungradedGrinding.grade()).isEqualTo("非引领性");
        assertThat(ungradedGrinding.usedDefault()).isTrue();
    }

    @Test
    void anOverrideFileReplacesTheShippedOne() throws IOException {
        // given a bureau's own file with a rule for 玻璃
        write(DEFAULT + """
                rules:
                  - industry: 玻璃
                    confirmed: true
                    grades:
                      A: { yellow: 自主减排, orange: 自主减排, red: 自主减排 }
                      B: { yellow: 玻璃B黄, orange: 玻璃B橙, red: 玻璃B红 }
                      C: { yellow: 玻璃C黄, orange: 玻璃C橙, red: 玻璃C红 }
                      D: { yellow: 停产, orange: 停产, red: 停产 }
                """);
        // when
        EmergencyMeasures measures = read();
        // then
        assertThat(measures.source()).isEqualTo(overrides.resolve("emergency-measures.yml").toString());
        EmergencyMeasures.Applied glass = measures.forLine(reference, "玻璃", null, "B");
        assertThat(glass.usedDefault()).isFalse();
        assertThat(glass.rule().confirmed()).isTrue();
        assertThat(glass.measures()).isEqualTo(new AlertMeasures("玻璃B黄", "玻璃B橙", "玻璃B红"));
        assertThat(measures.forLine(reference, "水泥", "熟料", "B").usedDefault()).isTrue();
    }

    @Test
    void malformedYamlIsReportedWithFileAndLine() throws IOException {
        // given an unclosed flow mapping on line 4
        write("""
                default:
                  grades:
                    A: { yellow: 自主减排, orange: 自主减排, red: 自主减排 }
                    B: { yellow: 限产20%, orange: 限产30%
                    C: { yellow: 停产, orange: 停产, red: 停产 }
                """);
        // when, then
        assertThatThrownBy(this::read).isInstanceOfSatisfying(ConfigException.class, ex -> {
            assertThat(ex.file()).isEqualTo(overrides.resolve("emergency-measures.yml").toString());
            assertThat(ex.line()).isBetween(4, 5);
            assertThat(ex.getMessage()).contains("YAML 格式错误");
        });
    }

    @Test
    void anUnknownGradeIsReportedWithFileAndLine() throws IOException {
        // given grade E on line 15 (the default takes lines 1–10, rules: is line 11)
        write(DEFAULT + """
                rules:
                  - industry: 水泥
                    branch: 熟料
                    grades:
                      E: { yellow: 停产, orange: 停产, red: 停产 }
                """);
        // when, then
        assertThatThrownBy(this::read).isInstanceOfSatisfying(ConfigException.class, ex -> {
            assertThat(ex.file()).endsWith("emergency-measures.yml");
            assertThat(ex.line()).isEqualTo(15);
            assertThat(ex.getMessage()).contains("第 15 行").contains("级别“E”未在 industries.yml");
        });
    }

    @Test
    void anUnknownIndustryOrBranchIsReportedWithItsLine() throws IOException {
        // given
        write(DEFAULT + """
                rules:
                  - industry: 水泥制品
                    grades:
                      A: { yellow: 自主减排, orange: 自主减排, red: 自主减排 }
                """);
        // when, then
        assertThatThrownBy(this::read).isInstanceOfSatisfying(ConfigException.class, ex -> {
            assertThat(ex.line()).isEqualTo(12);
            assertThat(ex.getMessage()).contains("行业“水泥制品”不在 industries.yml 中");
        });
        // given
        write(DEFAULT + """
                rules:
                  - industry: 水泥
                    branch: 熟料线
                    grades:
                      A: { yellow: 自主减排, orange: 自主减排, red: 自主减排 }
                """);
        // when, then
        assertThatThrownBy(this::read).isInstanceOfSatisfying(ConfigException.class, ex -> {
            assertThat(ex.line()).isEqualTo(13);
            assertThat(ex.getMessage()).contains("没有分支“熟料线”").contains("熟料、粉磨站");
        });
    }

    @Test
    void aGradeOutsideTheSchemeOrAMissingGradeIsAnError() throws IOException {
        // given 引领性 in the A–D scheme of cement clinker
        write(DEFAULT + """
                rules:
                  - industry: 水泥
                    branch: 熟料
                    grades:
                      引领性: { yellow: 自主减排, orange: 自主减排, red: 自主减排 }
                """);
        assertThatThrownBy(this::read).isInstanceOfSatisfying(ConfigException.class, ex -> {
            assertThat(ex.line()).isEqualTo(15);
            assertThat(ex.getMessage()).contains("不在该行业的级别方案 ABCD");
        });
        // given a rule without grade D
        write(DEFAULT + """
                rules:
                  - industry: 水泥
                    branch: 熟料
                    grades:
                      A: { yellow: 自主减排, orange: 自主减排, red: 自主减排 }
                      B: { yellow: 限产, orange: 限产, red: 停产 }
                      C: { yellow: 限产, orange: 停产, red: 停产 }
                """);
        assertThatThrownBy(this::read).isInstanceOfSatisfying(ConfigException.class,
                ex -> assertThat(ex.getMessage()).contains("缺少级别“D”的措施"));
        // given a default without 非引领性
        write(DEFAULT.replace("    非引领性: { yellow: 限产30%, orange: 限产50%, red: 停产 }\n", ""));
        assertThatThrownBy(this::read).isInstanceOfSatisfying(ConfigException.class, ex -> {
            assertThat(ex.line()).isEqualTo(4);
            assertThat(ex.getMessage()).contains("通用默认措施缺少级别“非引领性”");
        });
    }

    @Test
    void anUnknownKeyOrAnEmptyMeasureIsAnError() throws IOException {
        // given "yelow" misspelt on line 4
        write(DEFAULT.replace("A: { yellow: 自主减排,", "A: { yelow: 自主减排,"));
        assertThatThrownBy(this::read).isInstanceOfSatisfying(ConfigException.class, ex -> {
            assertThat(ex.line()).isEqualTo(5);
            assertThat(ex.getMessage()).contains("不认识的键“yelow”");
        });
        // given an empty red measure
        write(DEFAULT.replace("D: { yellow: 停产, orange: 停产, red: 停产 }", "D: { yellow: 停产, orange: 停产, red: '' }"));
        assertThatThrownBy(this::read).isInstanceOfSatisfying(ConfigException.class, ex -> {
            assertThat(ex.line()).isEqualTo(9);
            assertThat(ex.getMessage()).contains("值为空");
        });
    }

    private EmergencyMeasures read() {
        return new EmergencyMeasuresReader(new ConfigFiles(List.of(overrides)), reference).read();
    }

    private void write(String text) throws IOException {
        Files.writeString(overrides.resolve("emergency-measures.yml"), text);
    }
}
