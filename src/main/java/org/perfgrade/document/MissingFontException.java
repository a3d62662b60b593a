package org.perfgrade.document;

import java.nio.file.Path;
import java.util.Collection;

/**
 * 缺少字体: a document font that is not there or cannot be used. perfgrade never substitutes another font for a
 * missing one, so this stops the start-up with a paragraph in Chinese saying what was looked for and how to fix it.
 */
public class MissingFontException extends RuntimeException {

    private static final String FIX = "请检查 config/application.yml 中的 perfgrade.fonts：roles 为各角色指定字体族；"
            + "families 登记放在 PERFGRADE_FONTS_DIR（perfgrade.fonts.dir）目录中的字体文件（.ttf 或 .otf）。"
            + "jar 内置的免费字体（AR PL SungtiL GB、AR PL KaitiM GB、FandolFang、FandolHei、FandolSong）缺失时，"
            + "请用 mvn package 重新构建以获取这些字体。程序不会用其他字体代替缺失的字体。";

    private final FontRole role;
    private final String family;

    MissingFontException(FontRole role, String family, String message, Throwable cause) {
        super(message + FIX, cause);
        this.role = role;
        this.family = family;
    }

    /** The role that has no usable font, or null when the problem is an extra family itself. */
    public FontRole role() {
        return role;
    }

    /** The font family that was looked for. */
    public String family() {
        return family;
    }

    static MissingFontException roleNotConfigured(FontRole role) {
        return new MissingFontException(role, null, roleName(role) + "没有指定字体族。", null);
    }

    static MissingFontException unknownFamily(FontRole role, String family, Collection<String> available) {
        return new MissingFontException(role, family, roleName(role) + "指定的字体族“" + family + "”不存在。"
                + "已在 jar 内的字体扩展（fonts/cn/fonts.xml）和 perfgrade.fonts.families 中查找，现有字体族："
                + (available.isEmpty() ? "（无）" : String.join("、", available)) + "。", null);
    }

    static MissingFontException unusableFace(FontRole role, String family, String file, String problem,
                                             Throwable cause) {
        return new MissingFontException(role, family, roleName(role) + "所用字体族“" + family + "”的字体文件 " + file
                + " " + problem + "。", cause);
    }

    static MissingFontException unusableFile(String family, Path file, String problem, Throwable cause) {
        return new MissingFontException(null, family, "perfgrade.fonts.families 中登记的字体族“" + family
                + "”的字体文件 " + file + " " + problem + "。", cause);
    }

    static MissingFontException brokenExtension(Throwable cause) {
        return new MissingFontException(null, null, "jar 内的字体扩展（fonts/cn/fonts.xml）无法加载：" + cause.getMessage()
                + "。", cause);
    }

    /** 公文字体角色“仿宋”（正文，配置项 perfgrade.fonts.roles.body） */
    private static String roleName(FontRole role) {
        return "公文字体角色“" + role.family() + "”（" + role.label() + "，配置项 perfgrade.fonts.roles." + role.key()
                + "）";
    }
}
