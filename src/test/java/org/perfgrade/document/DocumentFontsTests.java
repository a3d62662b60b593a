package org.perfgrade.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import net.sf.jasperreports.engine.fonts.FontFamily;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfgrade.document.FontProperties.FontFileFamily;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Role fonts from the jar's font extension and from a bureau's own font files; a missing font is an error. */
class DocumentFontsTests {

    /** The free fonts the build packs into the jar, as config/application.yml maps them. */
    static final Map<FontRole, String> FREE_FONTS = Map.of(
            FontRole.TITLE, "FandolSong",
            FontRole.BODY, "FandolFang",
            FontRole.HEADING, "FandolHei",
            FontRole.SUBHEADING, "AR PL KaitiM GB",
            FontRole.TABLE, "AR PL SungtiL GB");

    @TempDir
    Path temp;

    @Test
    void rolesResolveToTheFreeFontsOfTheJar() {
        // when
        DocumentFonts fonts = new DocumentFonts(FontProperties.of(FREE_FONTS));
        // then
        assertThat(fonts.family(FontRole.BODY)).isEqualTo("FandolFang");
        assertThat(fonts.roleFamilies()).extracting(FontFamily::getName)
                .containsExactly("小标宋", "仿宋", "黑体", "楷体", "宋体");
        assertThat(fonts.roleFamilies()).allSatisfy(family -> {
            assertThat(family.isPdfEmbedded()).isTrue();
            assertThat(family.getPdfEncoding()).isEqualTo("Identity-H");
        });
        assertThat(fonts.roleFamilies().get(0).getBoldFace()).as("FandolSong has a bold face").isNotNull();
        assertThat(fonts.context().getExtensions(FontFamily.class)).extracting(FontFamily::getName)
                .contains("仿宋", "FandolFang", "AR PL SungtiL GB");
        assertThat(fonts.font(FontRole.TABLE).canDisplayUpTo("汴环攻坚办〔2021〕91号")).isEqualTo(-1);
    }

    @Test
    void roleMappedToAnUnknownFamilyIsAnErrorNamingRoleAndFamily() {
        // given
        Map<FontRole, String> roles = new EnumMap<>(FREE_FONTS);
        roles.put(FontRole.BODY, "方正仿宋_GBK");
        // when / then
        assertThatThrownBy(() -> new DocumentFonts(FontProperties.of(roles)))
                .isInstanceOfSatisfying(MissingFontException.class, ex -> {
                    assertThat(ex.role()).isEqualTo(FontRole.BODY);
                    assertThat(ex.family()).isEqualTo("方正仿宋_GBK");
                })
                .hasMessageContaining("公文字体角色“仿宋”（正文，配置项 perfgrade.fonts.roles.body）")
                .hasMessageContaining("“方正仿宋_GBK”不存在")
                .hasMessageContaining("现有字体族：AR PL SungtiL GB、AR PL KaitiM GB、FandolFang、FandolHei、FandolSong。")
                .hasMessageContaining("PERFGRADE_FONTS_DIR")
                .hasMessageContaining("mvn package");
    }

    @Test
    void roleWithoutFamilyIsAnError() {
        // given
        Map<FontRole, String> roles = new EnumMap<>(FREE_FONTS);
        roles.remove(FontRole.HEADING);
        // when / then
        assertThatThrownBy(() -> new DocumentFonts(FontProperties.of(roles)))
                .isInstanceOf(MissingFontException.class)
                .hasMessageContaining("公文字体角色“黑体”（一级标题，配置项 perfgrade.fonts.roles.heading）没有指定字体族");
    }

    @Test
    void unknownRoleKeyIsAnError() {
        // given
        Map<String, String> roles = new java.util.HashMap<>(FontProperties.of(FREE_FONTS).roles());
        roles.put("titel", "FandolSong");
        // when / then
        assertThatThrownBy(() -> new DocumentFonts(new FontProperties(roles, "", List.of())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("\"titel\" 不存在")
                .hasMessageContaining("subheading");
    }

    @Test
    void extraFamilyFromTheFontsFolderCanServeARoleAndIsEmbedded() throws IOException {
        // given: the bureau's 楷体_GB2312 (here a copy of AR PL KaitiM GB) in PERFGRADE_FONTS_DIR
        copyFromClasspath("fonts/cn/gkai00mp.ttf", temp.resolve("simkai.ttf"));
        Map<FontRole, String> roles = new EnumMap<>(FREE_FONTS);
        roles.put(FontRole.SUBHEADING, "楷体_GB2312");
        FontProperties properties = new FontProperties(FontProperties.of(roles).roles(), temp.toString(),
                List.of(new FontFileFamily("楷体_GB2312", "simkai.ttf", null)));
        // when
        DocumentFonts fonts = new DocumentFonts(properties);
        Path out = temp.resolve("font-check.pdf");
        try (OutputStream stream = Files.newOutputStream(out)) {
            new FontCheck(null, new ReportEngine(fonts), fonts).write(LocalDate.of(2021, 5, 25), FontCheck.AUTHOR,
                    stream);
        }
        RenderedPdf pdf = RenderedPdf.read(out);
        // then
        assertThat(fonts.family(FontRole.SUBHEADING)).isEqualTo("楷体_GB2312");
        assertThat(fonts.roleFamilies().get(FontRole.SUBHEADING.ordinal()).getNormalFace().getTtf())
                .isEqualTo(temp.resolve("simkai.ttf").toString());
        assertThat(fonts.context().getExtensions(FontFamily.class)).extracting(FontFamily::getName)
                .contains("楷体_GB2312");
        assertThat(pdf.texts()).contains("楷体（二级标题）：楷体_GB2312");
        assertThat(pdf.line(FontCheck.sample(FontRole.SUBHEADING)).fonts()).singleElement().asString()
                .startsWith("GBZenKai-Medium");
        assertThat(pdf.pageFonts()).filteredOn(font -> font.name().startsWith("GBZenKai"))
                .isNotEmpty().allSatisfy(font -> assertThat(font.embedded()).isTrue());
    }

    @Test
    void extraFamilyWhoseFileIsMissingIsAnError() {
        // given
        FontProperties properties = new FontProperties(FontProperties.of(FREE_FONTS).roles(), temp.toString(),
                List.of(new FontFileFamily("方正小标宋简体", "FZXBSJW.TTF", null)));
        // when / then
        assertThatThrownBy(() -> new DocumentFonts(properties))
                .isInstanceOf(MissingFontException.class)
                .hasMessageContaining("“方正小标宋简体”")
                .hasMessageContaining(temp.resolve("FZXBSJW.TTF").toString())
                .hasMessageContaining("不存在或不可读");
    }

    @Test
    void extraFamilyWithARelativeFileButNoFontsFolderIsAnError() {
        // given
        FontProperties properties = new FontProperties(FontProperties.of(FREE_FONTS).roles(), "",
                List.of(new FontFileFamily("方正小标宋简体", "FZXBSJW.TTF", null)));
        // when / then
        assertThatThrownBy(() -> new DocumentFonts(properties))
                .isInstanceOf(MissingFontException.class)
                .hasMessageContaining("没有设置字体目录 PERFGRADE_FONTS_DIR");
    }

    @Test
    void extraFamilyWhoseFileIsNotAFontIsAnError() throws IOException {
        // given
        Files.writeString(temp.resolve("broken.ttf"), "这不是字体文件");
        FontProperties properties = new FontProperties(FontProperties.of(FREE_FONTS).roles(), temp.toString(),
                List.of(new FontFileFamily("仿宋_GB2312", "broken.ttf", null)));
        // when / then
        assertThatThrownBy(() -> new DocumentFonts(properties))
                .isInstanceOf(MissingFontException.class)
                .hasMessageContaining("“仿宋_GB2312”")
                .hasMessageContaining("无法作为字体加载");
    }

    @Test
    void extraFamilyMayNotTakeARoleName() throws IOException {
        // given
        copyFromClasspath("fonts/cn/gkai00mp.ttf", temp.resolve("simkai.ttf"));
        FontProperties properties = new FontProperties(FontProperties.of(FREE_FONTS).roles(), temp.toString(),
                List.of(new FontFileFamily("楷体", "simkai.ttf", null)));
        // when / then
        assertThatThrownBy(() -> new DocumentFonts(properties))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("“楷体”与公文字体角色名称相同");
    }

    private static void copyFromClasspath(String resource, Path target) throws IOException {
        try (InputStream in = DocumentFontsTests.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource + " on the classpath (built by src/build/fetch-fonts.sh)").isNotNull();
            Files.copy(in, target);
        }
    }
}
