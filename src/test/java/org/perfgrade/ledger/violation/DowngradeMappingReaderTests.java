package org.perfgrade.ledger.violation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfgrade.reference.ConfigException;
import org.perfgrade.reference.ConfigFiles;
import org.perfgrade.reference.ReferenceData;
import org.perfgrade.reference.ReferenceDataReader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** config/violations.yml: the shipped downgrade table, and every mistake reported with its file and line. */
class DowngradeMappingReaderTests {

    @TempDir
    Path overrides;

    ReferenceData reference;

    @BeforeEach
    void readReferenceDefaults() {
        reference = new ReferenceDataReader(new ConfigFiles(List.of(overrides))).read();
    }

    @Test
    void theShippedTableDowngradesEveryGradeButDAndNonLeading() {
        // when the packaged default is read
        DowngradeMapping mapping = read();
        // then every row of the table, in the file's order
        assertThat(mapping.downgrades()).containsExactlyEntriesOf(new java.util.LinkedHashMap<>(Map.of()) {
            {
                put("A", "C");
                put("B", "C");
                put("B-", "C");
                put("引领性", "非引领性");
                put("C", "D");
            }
        });
        assertThat(mapping.target("A")).contains("C");
        assertThat(mapping.target("B-")).contains("C");
        assertThat(mapping.target("引领性")).contains("非引领性");
        assertThat(mapping.target("C")).contains("D");
        assertThat(mapping.target("D")).isEmpty();
        assertThat(mapping.target("非引领性")).isEmpty();
        assertThat(mapping.target(null)).isEmpty();
        assertThat(mapping.kept()).containsExactly("D", "非引领性");
        assertThat(mapping.describe()).isEqualTo("A级、B级、B-级降为C级，引领性降为非引领性，C级降为D级；D级、非引领性保持不变。");
    }

    @Test
    void aGradeMappedToItselfIsKept() throws IOException {
        // given
        write("downgrade:\n  A: C\n  D: D\n");
        // then
        DowngradeMapping mapping = read();
        assertThat(mapping.downgrades()).containsOnlyKeys("A");
        assertThat(mapping.kept()).containsExactly("引领性", "B", "B-", "C", "D", "非引领性");
    }

    @Test
    void anUnknownGradeStopsWithTheFileAndLine() throws IOException {
        // given a misspelt target on line 3 and, in another file, a misspelt source on line 2
        write("downgrade:\n  A: C\n  B: C级\n");
        // then
        assertThatThrownBy(this::read).isInstanceOfSatisfying(ConfigException.class, ex -> {
            assertThat(ex.file()).endsWith("violations.yml");
            assertThat(ex.line()).isEqualTo(3);
            assertThat(ex.getMessage()).contains("降后级别“C级”未在 industries.yml 的 grades 中定义",
                    "可用：引领性、A、B、B-、C、D、非引领性");
        });
        write("downgrade:\n  A+: C\n");
        assertThatThrownBy(this::read).isInstanceOfSatisfying(ConfigException.class, ex -> {
            assertThat(ex.line()).isEqualTo(2);
            assertThat(ex.getMessage()).contains("原级别“A+”未在 industries.yml 的 grades 中定义");
        });
    }

    @Test
    void aGradeThatWouldRiseOrAnUnknownKeyStops() throws IOException {
        write("downgrade:\n  C: C\n  D: B\n");
        assertThatThrownBy(this::read).isInstanceOfSatisfying(ConfigException.class, ex -> {
            assertThat(ex.line()).isEqualTo(3);
            assertThat(ex.getMessage()).contains("降后级别“B”高于原级别“D”");
        });
        write("downgrades:\n  A: C\n");
        assertThatThrownBy(this::read).isInstanceOf(ConfigException.class).hasMessageContaining("不认识的键“downgrades”");
    }

    @Test
    void theFormerFromAndToSettingsAreRefusedWithAPointerToTheTable() {
        // given an application.yml that still says from/to
        org.springframework.mock.env.MockEnvironment environment = new org.springframework.mock.env.MockEnvironment()
                .withProperty("perfgrade.grading.violation-downgrade.to", "C");
        // then the start stops, naming the new file
        assertThatThrownBy(() -> new ViolationConfiguration().downgradeMapping(new ConfigFiles(List.of(overrides)),
                reference, environment)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("perfgrade.grading.violation-downgrade.to 已不再使用")
                .hasMessageContaining("config/violations.yml");
        // and without them the shipped table is read
        assertThat(new ViolationConfiguration().downgradeMapping(new ConfigFiles(List.of(overrides)), reference,
                new org.springframework.mock.env.MockEnvironment()).target("C")).contains("D");
    }

    private void write(String text) throws IOException {
        Files.writeString(overrides.resolve(DowngradeMappingReader.FILE), text);
    }

    private DowngradeMapping read() {
        return new DowngradeMappingReader(new ConfigFiles(List.of(overrides)), reference).read();
    }
}
