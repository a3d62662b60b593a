package org.perfgrade.document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.perfgrade.DatabaseTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The font check PDF: every role in its own configured font, embedded, with the campaign's characters intact. */
@DatabaseTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FontCheckTests {

    private static final LocalDate AS_OF = LocalDate.of(2021, 5, 25);

    @Autowired
    private FontCheck fontCheck;

    @Autowired
    private DocumentFonts fonts;

    @Autowired
    private DocumentArchive archive;

    private ArchivedDocument document;
    private Path file;
    private RenderedPdf pdf;

    @BeforeAll
    void renderFontCheck() throws IOException {
        // given the fonts of config/application.yml; when
        document = fontCheck.render(AS_OF);
        file = archive.outDir().resolve(document.path());
        pdf = RenderedPdf.read(file);
    }

    @Test
    void isWrittenAsFontCheckPdfInTheOutputFolder() {
        // then
        assertThat(document.kind()).isEqualTo("font-check");
        assertThat(document.path()).isEqualTo("font-check.pdf");
        assertThat(document.asOf()).isEqualTo(AS_OF);
        assertThat(document.county()).isNull();
        assertThat(file).isRegularFile().hasFileName("font-check.pdf");
    }

    @Test
    void everyFontThatDrawsTextIsEmbedded() {
        // then: JasperReports' empty Helvetica text is the only thing a non-embedded font may "draw"
        Set<String> notEmbedded = pdf.pageFonts().stream().filter(font -> !font.embedded())
                .map(RenderedPdf.PageFont::name).collect(Collectors.toSet());
        assertThat(pdf.fontsDrawingText()).isNotEmpty().doesNotContainAnyElementsOf(notEmbedded);
        assertThat(pdf.pageFonts()).filteredOn(font -> pdf.fontsDrawingText().contains(font.name()))
                .allSatisfy(font -> assertThat(font.embedded()).as(font.name() + " embedded").isTrue());
    }

    @Test
    void exactlyTheFiveRoleFontsDrawTheText() {
        // then
        Set<String> expected = Arrays.stream(FontRole.values()).map(this::postScriptName).collect(Collectors.toSet());
        assertThat(expected).containsExactlyInAnyOrder("FandolSong-Regular", "FandolFang-Regular",
                "FandolHei-Regular", "GBZenKai-Medium", "BousungEG-Light-GB"); // AR PL KaitiM GB, AR PL SungtiL GB
        assertThat(pdf.fontsDrawingText()).hasSize(5)
                .allSatisfy(font -> assertThat(expected).anySatisfy(name -> assertThat(font).startsWith(name)));
    }

    @Test
    void eachRoleLineIsDrawnInItsRoleFontAndSize() {
        for (FontRole role : FontRole.values()) {
            // given
            String heading = role.describe() + "：" + fonts.family(role);
            float size = role == FontRole.TITLE ? 22f : 16f;
            // then
            for (String text : new String[] { heading, FontCheck.sample(role) }) {
                RenderedPdf.Line line = pdf.line(text);
                assertThat(line.fonts()).as(text).singleElement().asString().startsWith(postScriptName(role));
                assertThat(line.sizes()).as(text).containsOnly(size);
            }
        }
        assertThat(pdf.line("字体检查").fonts()).singleElement().asString().startsWith(postScriptName(FontRole.TITLE));
    }

    @Test
    void sampleTextIsExtractedCharacterForCharacter() {
        // then
        assertThat(pdf.texts()).contains("字体检查",
                "小标宋（标题）：FandolSong", "开封市重点行业绩效分级提升行动方案",
                "仿宋（正文）：FandolFang", "汴环攻坚办〔2021〕91号 A、B级企业占比≥20%",
                "黑体（一级标题）：FandolHei", "一、开封市环境污染防治攻坚战领导小组办公室",
                "楷体（二级标题）：AR PL KaitiM GB", "（一）各县、区人民政府，城乡一体化示范区管委会：",
                "宋体（表格）：AR PL SungtiL GB", "兰考县 引领性 B级 B-级 C级 D级 重点行业绩效分级",
                "开封市环境污染防治攻坚战领导小组办公室", "2021年5月25日");
    }

    @Test
    void isOneA4PortraitPage() {
        // then
        assertThat(pdf.pageSizes()).singleElement().satisfies(page -> {
            assertThat(page.getWidth()).isCloseTo(595f, within(1f));
            assertThat(page.getHeight()).isCloseTo(842f, within(1f));
        });
        assertThat(pdf.rotations()).containsOnly(0);
    }

    @Test
    void documentInformationIsSet() {
        // then
        assertThat(pdf.info().title()).isEqualTo("字体检查");
        assertThat(pdf.info().author()).isEqualTo("开封市环境污染防治攻坚战领导小组办公室");
        assertThat(pdf.info().subject()).isEqualTo("perfgrade 字体检查");
        assertThat(pdf.info().creator()).isEqualTo("perfgrade");
    }

    @Test
    void manifestListsTheFileWithItsActualSha256() throws Exception {
        // given
        String actual = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        // when
        JsonNode manifest = JsonMapper.builder().build().readTree(archive.outDir().resolve("manifest.json"));
        // then
        assertThat(document.sha256()).isEqualTo(actual);
        assertThat(StreamSupport.stream(manifest.spliterator(), false)
                .filter(entry -> entry.get("kind").asString().equals("font-check")))
                .singleElement().satisfies(entry -> {
                    assertThat(entry.get("path").asString()).isEqualTo("font-check.pdf");
                    assertThat(entry.get("sha256").asString()).isEqualTo(actual);
                    assertThat(entry.get("asOf").asString()).isEqualTo("2021-05-25");
                    assertThat(entry.has("county")).isFalse();
                });
    }

    private String postScriptName(FontRole role) {
        return fonts.font(role).getPSName();
    }
}
