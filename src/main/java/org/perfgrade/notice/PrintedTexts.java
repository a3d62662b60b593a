package org.perfgrade.notice;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.LineBreakMeasurer;
import java.awt.font.TextAttribute;
import java.text.AttributedString;
import java.util.ArrayList;
import java.util.List;

import net.sf.jasperreports.engine.util.JRStringUtil;

import org.perfgrade.document.FontRole;

/**
 * 通报文字: the texts the notice template prints, made from a draft — the body as JasperReports styled text (一、 in
 * 黑体, （一） in 楷体 with the sentence after it in 仿宋), the 附件说明 list and the 版记 lines.
 */
final class PrintedTexts {

    /** The widest signature (in characters) that the template centres over the date; longer ones are right-aligned. */
    static final int CENTRED_SIGNATURE = 13;
    /** The width of the 附件说明 titles column in notice.jrxml. */
    /** 全角空格, as wide as a character. */
    private static final String INDENT = "\u3000";
    static final float ANNEX_WIDTH = 351f;

    private PrintedTexts() {
    }

    /** The body: one paragraph per block, in reading order, as styled text. */
    static String body(List<BodyBlock> blocks) {
        List<String> paragraphs = new ArrayList<>();
        for (BodyBlock block : blocks) {
            String text = switch (block.type()) {
                case HEADING_1 -> styled(FontRole.HEADING, block.text()) + escape(block.rest());
                case HEADING_2 -> styled(FontRole.SUBHEADING, block.text()) + escape(block.rest());
                case PARAGRAPH -> escape(block.text());
            };
            paragraphs.add(text);
        }
        return String.join("\n", paragraphs);
    }

    /**
     * 附件说明 after "附件：": the attachment titles, one a line, as printed in the titles column ({@value #ANNEX_WIDTH}
     * pt wide, so that a long title continues under its own first character); null without attachments.
     */
    static String annexTitles(List<NoticeAttachment> attachments) {
        if (attachments.isEmpty()) {
            return null;
        }
        return String.join("\n", attachments.stream().map(a -> escape(a.title())).toList());
    }

    /**
     * The column left of {@link #annexTitles}: "附件：1." beside the first title, "2." … under "1." beside the others,
     * and an empty line for every further line a long title takes in {@code font} (3号仿宋), so that each number stays
     * beside its title.
     */
    static String annexNumbers(List<NoticeAttachment> attachments, Font font) {
        if (attachments.isEmpty()) {
            return null;
        }
        StringBuilder numbers = new StringBuilder();
        for (int i = 0; i < attachments.size(); i++) {
            numbers.append(i == 0 ? "附件：" : "\n" + INDENT.repeat(3)).append(i + 1).append('.');
            numbers.append("\n".repeat(lines(oneLine(attachments.get(i).title()), font, ANNEX_WIDTH) - 1));
        }
        return numbers.toString();
    }

    /** How many lines a text takes in a box of the given width. */
    static int lines(String text, Font font, float width) {
        if (text.isEmpty()) {
            return 1;
        }
        AttributedString attributed = new AttributedString(text);
        attributed.addAttribute(TextAttribute.FONT, font);
        LineBreakMeasurer measurer = new LineBreakMeasurer(attributed.getIterator(),
                new FontRenderContext(null, true, true));
        int lines = 0;
        while (measurer.getPosition() < text.length()) {
            measurer.nextLayout(width);
            lines++;
        }
        return lines;
    }

    /** "a，b。", printed after "抄送：" in the 版记; null when the notice is copied to no one. */
    static String copyTo(List<String> offices) {
        return offices.isEmpty() ? null : String.join("，", offices) + "。";
    }

    static boolean signatureCentred(String signature) {
        return signature.codePointCount(0, signature.length()) <= CENTRED_SIGNATURE;
    }

    /** A text without line breaks (titles in lists). */
    static String oneLine(String text) {
        return text.replace("\n", "");
    }

    private static String styled(FontRole role, String text) {
        return "<style fontName=\"" + role.family() + "\">" + escape(text) + "</style>";
    }

    /** A plain text as styled text: markup characters escaped, line breaks removed. */
    static String escape(String text) {
        return text == null ? "" : JRStringUtil.xmlEncode(text.replace("\n", ""));
    }
}
