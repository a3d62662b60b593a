package org.perfgrade.notice;

/**
 * One block of a notice's body, in reading order: a level-1 heading (一、… 黑体), a level-2 heading ((一)… 楷体),
 * or a paragraph (仿宋, indented two characters). A heading may carry a sentence after it on the same line, as
 * offices write "（一）总体情况。截至…": {@code text} holds the heading, {@code rest} the following text (may be empty).
 */
public record BodyBlock(Type type, String text, String rest) {

    /** The kinds of block. */
    public enum Type {
        HEADING_1, HEADING_2, PARAGRAPH
    }

    public BodyBlock {
        rest = rest == null ? "" : rest;
    }

    public static BodyBlock heading1(String text) {
        return new BodyBlock(Type.HEADING_1, text, "");
    }

    public static BodyBlock heading2(String text, String rest) {
        return new BodyBlock(Type.HEADING_2, text, rest);
    }

    public static BodyBlock paragraph(String text) {
        return new BodyBlock(Type.PARAGRAPH, text, "");
    }
}
