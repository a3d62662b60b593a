package org.perfgrade.document;

import java.util.Arrays;
import java.util.Optional;

/**
 * 公文字体角色: the five kinds of type an official document uses (GB/T 9704). Templates name only these role
 * families in {@code fontName}; {@link DocumentFonts} registers each as an alias of the physical font family that
 * {@code perfgrade.fonts.roles} assigns to it, so that a bureau can switch to its licensed 方正 fonts in config.
 */
public enum FontRole {

    /** 标题 in 小标宋 (方正小标宋简体). */
    TITLE("title", "小标宋", "标题"),
    /** 正文 in 仿宋 (仿宋_GB2312). */
    BODY("body", "仿宋", "正文"),
    /** 一级标题 "一、" in 黑体. */
    HEADING("heading", "黑体", "一级标题"),
    /** 二级标题 "（一）" in 楷体 (楷体_GB2312). */
    SUBHEADING("subheading", "楷体", "二级标题"),
    /** 表格 in 宋体. */
    TABLE("table", "宋体", "表格");

    private final String key;
    private final String family;
    private final String label;

    FontRole(String key, String family, String label) {
        this.key = key;
        this.family = family;
        this.label = label;
    }

    /** The key under {@code perfgrade.fonts.roles}, e.g. {@code body}. */
    public String key() {
        return key;
    }

    /** The role family name jrxml templates use as {@code fontName}, e.g. {@code 仿宋}. */
    public String family() {
        return family;
    }

    /** What the role is used for, in Chinese, e.g. {@code 正文}. */
    public String label() {
        return label;
    }

    /** "仿宋（正文）": how messages name the role. */
    public String describe() {
        return family + "（" + label + "）";
    }

    public static Optional<FontRole> ofKey(String key) {
        return Arrays.stream(values()).filter(role -> role.key.equals(key)).findFirst();
    }
}
