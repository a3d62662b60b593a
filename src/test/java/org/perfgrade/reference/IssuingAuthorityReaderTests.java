package org.perfgrade.reference;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * authority.yml, 发文机关与登记簿: the notices are the 攻坚办's, the filing letter and the publicity 市生态环境局's, each
 * numbered document in one register; a mistake stops the start with file and line; the older one-issuer form still
 * reads.
 */
class IssuingAuthorityReaderTests {

    private static final Path SHIPPED = Path.of("config/authority.yml");

    @TempDir
    Path overrides;

    private IssuingAuthority read() {
        return new ReferenceDataReader(new ConfigFiles(List.of(overrides))).read().authority();
    }

    private void write(String text) throws IOException {
        Files.writeString(overrides.resolve("authority.yml"), text, StandardCharsets.UTF_8);
    }

    private void shippedWith(String from, String to) throws IOException {
        String text = Files.readString(SHIPPED, StandardCharsets.UTF_8);
        assertThat(text).contains(from);
        write(text.replace(from, to));
    }

    @Test
    void theShippedFileGivesTheNoticesToTheOfficeAndTheFilingToTheBureau() {
        // when
        IssuingAuthority authority = read();
        // then
        assertThat(authority.name()).isEqualTo("开封市环境污染防治攻坚战领导小组办公室");
        assertThat(authority.header()).isEqualTo("开封市环境污染防治攻坚战领导小组办公室文件");
        for (String notice : List.of("progress", "expert-criticism", "seasonal-control")) {
            assertThat(authority.issuerOf(notice).shortCode()).isEqualTo("汴环攻坚办");
            assertThat(authority.registerOf(notice).orElseThrow().prefix()).isEqualTo("汴环攻坚办");
        }
        IssuingAuthority.Issuer bureau = authority.issuerOf("filing-letter");
        assertThat(bureau.name()).isEqualTo("开封市生态环境局");
        assertThat(bureau.header()).isEqualTo("开封市生态环境局文件");
        assertThat(authority.registerOf("filing-letter").orElseThrow())
                .isEqualTo(new IssuingAuthority.NumberRegister("bureau-letter", "bureau", "汴环函",
                        List.of("filing-letter")));
        assertThat(authority.issuerOf("publicity")).isEqualTo(bureau);
        assertThat(authority.registerOf("publicity")).isEmpty();
        assertThat(authority.issuerNamed("开封市生态环境局")).contains(bureau);
        // and the office's register goes on after the numbers of 2021 given out before perfgrade (the plan: 91号)
        assertThat(authority.registerOf("progress").orElseThrow().firstFreeNumber(2021)).isEqualTo(92);
        assertThat(authority.registerOf("progress").orElseThrow().firstFreeNumber(2022)).isEqualTo(1);
        assertThat(authority.registerOf("filing-letter").orElseThrow().firstFreeNumber(2021)).isEqualTo(1);
    }

    @Test
    void numbersUsedBeforeAreGivenPerYear() throws IOException {
        // given: a key that is no year
        shippedWith("usedBefore: { 2021: 91 }", "usedBefore: { 二〇二一: 91 }");
        // when / then
        assertThatThrownBy(this::read).isInstanceOf(ConfigException.class)
                .hasMessageContaining("usedBefore 的键是年份（如 2021）");

        // given: a negative number
        shippedWith("usedBefore: { 2021: 91 }", "usedBefore: { 2021: -3 }");
        // when / then
        assertThatThrownBy(this::read).isInstanceOf(ConfigException.class).hasMessageContaining("不能为负数");
    }

    @Test
    void theOlderOneIssuerFormNumbersEveryDocumentInOneRegister() throws IOException {
        // given
        write("""
                name: 开封市环境污染防治攻坚战领导小组办公室
                shortCode: 汴环攻坚办
                header: 开封市环境污染防治攻坚战领导小组办公室文件
                addressees: 各县、区人民政府
                copyTo: [省生态环境厅]
                province: 河南省生态环境厅
                objection:
                  phone: 0371-00000000
                  email: objection@example.gov.cn
                """);
        // when
        IssuingAuthority authority = read();
        // then
        assertThat(authority.issuers()).hasSize(1);
        assertThat(authority.registerOf("filing-letter")).isEqualTo(authority.registerOf("progress"));
        assertThat(authority.issuerOf("publicity").name()).isEqualTo("开封市环境污染防治攻坚战领导小组办公室");
    }

    @Test
    void anUnknownDocumentIsRefusedWithFileAndLine() throws IOException {
        // given
        shippedWith("documents: [filing-letter]", "documents: [filing-leter]");
        int line = Files.readAllLines(SHIPPED, StandardCharsets.UTF_8).indexOf("    documents: [filing-letter]") + 1;
        // when / then
        assertThat(line).isPositive();
        assertThatThrownBy(this::read).isInstanceOf(ConfigException.class)
                .hasMessageContaining("authority.yml 第 " + line + " 行")
                .hasMessageContaining("不认识的文书“filing-leter”");
    }

    @Test
    void aDocumentInTwoRegistersOrWithoutARegisterIsRefused() throws IOException {
        // given: the letter numbered by both registers
        shippedWith("documents: [progress, expert-criticism, seasonal-control]",
                "documents: [progress, expert-criticism, seasonal-control, filing-letter]");
        // when / then
        assertThatThrownBy(this::read).isInstanceOf(ConfigException.class)
                .hasMessageContaining("报省备案材料的报送函（filing-letter）已由登记簿“office”编号");

        // given: no register for the letter
        shippedWith("documents: [filing-letter]", "documents: []");
        // when / then
        assertThatThrownBy(this::read).isInstanceOf(ConfigException.class)
                .hasMessageContaining("没有登记簿编号").hasMessageContaining("filing-letter");
    }

    @Test
    void aRegisterOfAnUnknownIssuerOrWithAFullNumberAsPrefixIsRefused() throws IOException {
        // given
        shippedWith("issuer: bureau", "issuer: city");
        // when / then
        assertThatThrownBy(this::read).isInstanceOf(ConfigException.class)
                .hasMessageContaining("没有代号为“city”的发文机关");

        // given
        shippedWith("prefix: 汴环函", "prefix: 汴环函〔2021〕");
        // when / then
        assertThatThrownBy(this::read).isInstanceOf(ConfigException.class).hasMessageContaining("只写代字");
    }
}
