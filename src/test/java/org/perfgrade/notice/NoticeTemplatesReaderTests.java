package org.perfgrade.notice;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.perfgrade.reference.ConfigException;
import org.perfgrade.reference.ConfigFiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class NoticeTemplatesReaderTests {

    private static final Path SHIPPED = Path.of("config", NoticeTemplatesReader.FILE);

    @TempDir
    Path dir;

    @Test
    void readsTheShippedWording() {
        // given the notices.yml shipped in config/
        // when read
        NoticeTemplates templates = new NoticeTemplatesReader(new ConfigFiles(List.of(Path.of("config")))).read();

        // then every kind has its title and the sentences fill in
        assertThat(templates.of(NoticeKind.SEASONAL_CONTROL).title())
                .isEqualTo("关于对D级企业实施季节性生产调控（错峰生产）的通报");
        assertThat(templates.of(NoticeKind.PROGRESS).addressees()).isEmpty();
        assertThat(templates.of(NoticeKind.PROGRESS).fill("goalMissed", Map.of("目标", "不低于20%", "差距", "3")))
                .isEqualTo("距年度目标（不低于20%）尚差3家");
        // and no kind overrides the code of its register (authority.yml gives the letter 汴环函)
        assertThat(templates.of(NoticeKind.PROGRESS).issuerCode()).isEmpty();
        assertThat(templates.of(NoticeKind.FILING_LETTER).issuerCode()).isEmpty();
        assertThat(templates.of(NoticeKind.PROGRESS).numbered(new DocumentNumber("汴环攻坚办", 2021, 93)).text())
                .isEqualTo("汴环攻坚办〔2021〕93号");
    }

    @Test
    void anUnknownPlaceholderIsRejectedWithFileAndLine() throws IOException {
        // given a copy where a sentence uses a placeholder the program does not fill
        List<String> lines = Files.readAllLines(SHIPPED, StandardCharsets.UTF_8);
        int index = indexOf(lines, "    overall:") + 2;
        assertThat(lines.get(index)).startsWith("      text: ");
        lines.set(index, lines.get(index).replace("{全市国家级通过占比}", "{全市国家级通过率}"));
        Path file = dir.resolve(NoticeTemplatesReader.FILE);
        Files.write(file, lines, StandardCharsets.UTF_8);

        // when read
        ConfigException error = catchThrowableOfType(ConfigException.class,
                () -> new NoticeTemplatesReader(new ConfigFiles(List.of(dir))).read());

        // then the file, the line and the placeholder are named, with those that may be used
        assertThat(error.file()).isEqualTo(file.toString());
        assertThat(error.line()).isEqualTo(index + 1);
        assertThat(error.getMessage()).contains("第 " + (index + 1) + " 行").contains("{全市国家级通过率}")
                .contains("{全市国家级通过占比}");
    }

    @Test
    void aPlaceholderOfAnotherSentenceIsRejected() throws IOException {
        // given {差距} used in goalMet, where there is no gap
        List<String> lines = Files.readAllLines(SHIPPED, StandardCharsets.UTF_8);
        int index = indexOf(lines, "    goalMet: ");
        lines.set(index, "    goalMet: 已达到年度目标（{目标}），超出{差距}家");
        Files.write(dir.resolve(NoticeTemplatesReader.FILE), lines, StandardCharsets.UTF_8);

        // when / then
        assertThatThrownBy(() -> new NoticeTemplatesReader(new ConfigFiles(List.of(dir))).read())
                .isInstanceOf(ConfigException.class).hasMessageContaining("第 " + (index + 1) + " 行")
                .hasMessageContaining("{差距}");
    }

    @Test
    void aMissingSentenceIsRejected() throws IOException {
        // given the seasonal-control notice without its scope sentence
        List<String> lines = Files.readAllLines(SHIPPED, StandardCharsets.UTF_8);
        lines.remove(indexOf(lines, "    scope: "));
        Files.write(dir.resolve(NoticeTemplatesReader.FILE), lines, StandardCharsets.UTF_8);

        // when / then
        assertThatThrownBy(() -> new NoticeTemplatesReader(new ConfigFiles(List.of(dir))).read())
                .isInstanceOf(ConfigException.class).hasMessageContaining("缺少“scope”");
    }

    @Test
    void conditionsReadTheirFactsWithNotOrAndLists() {
        // given the shipped wording
        NoticeTemplates.Wording w = new NoticeTemplatesReader(new ConfigFiles(List.of(Path.of("config")))).read()
                .of(NoticeKind.PROGRESS);

        // when / then a list needs all its items, "or" one of its terms; a sentence without when always holds
        assertThat(w.holds("noLeaders", Set.of("有企业数据", "无位居前列县区"))).isTrue();
        assertThat(w.holds("noLeaders", Set.of("无企业数据", "无位居前列县区"))).isFalse();
        assertThat(w.holds("catchUpHeading", Set.of("有逾期事项"))).isTrue();
        assertThat(w.holds("catchUpHeading", Set.of("有未达标县区"))).isTrue();
        assertThat(w.holds("catchUpHeading", Set.of("无逾期事项"))).isFalse();
        assertThat(w.holds("opening", Set.of())).isTrue();
        assertThat(new NoticeCondition(List.of(List.of(new NoticeCondition.Term("有降级企业", true))))
                .holds(Set.of("有降级企业"))).isFalse();
    }

    @Test
    void anUnknownFactIsRejectedWithFileAndLine() throws IOException {
        // given a copy where a condition names a fact the program does not know
        List<String> lines = Files.readAllLines(SHIPPED, StandardCharsets.UTF_8);
        int index = indexOf(lines, "    overdue:") + 1;
        assertThat(lines.get(index)).isEqualTo("      when: 有逾期事项");
        lines.set(index, "      when: not 有逾期项目");
        Path file = dir.resolve(NoticeTemplatesReader.FILE);
        Files.write(file, lines, StandardCharsets.UTF_8);

        // when read
        ConfigException error = catchThrowableOfType(ConfigException.class,
                () -> new NoticeTemplatesReader(new ConfigFiles(List.of(dir))).read());

        // then the file, the line and the fact are named, with those that may be used
        assertThat(error.file()).isEqualTo(file.toString());
        assertThat(error.line()).isEqualTo(index + 1);
        assertThat(error.getMessage()).contains("第 " + (index + 1) + " 行").contains("“有逾期项目”")
                .contains("有逾期事项").contains("各县区均达标");
    }

    @Test
    void aConditionOnAKindWithoutFactsIsRejected() throws IOException {
        // given the seasonal-control notice's scope sentence with a condition
        List<String> lines = Files.readAllLines(SHIPPED, StandardCharsets.UTF_8);
        int index = indexOf(lines, "    scope: ");
        String sentence = lines.get(index).substring("    scope: ".length());
        lines.set(index, "    scope:");
        lines.add(index + 1, "      when: 有企业数据");
        lines.add(index + 2, "      text: " + sentence);
        Files.write(dir.resolve(NoticeTemplatesReader.FILE), lines, StandardCharsets.UTF_8);

        // when / then
        assertThatThrownBy(() -> new NoticeTemplatesReader(new ConfigFiles(List.of(dir))).read())
                .isInstanceOf(ConfigException.class).hasMessageContaining("第 " + (index + 2) + " 行")
                .hasMessageContaining("不能带条件");
    }

    private static int indexOf(List<String> lines, String prefix) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                return i;
            }
        }
        throw new AssertionError(prefix);
    }
}
