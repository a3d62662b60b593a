package org.perfgrade.notice;

import java.awt.Color;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;

/**
 * 信函格式的版头: what GB/T 9704-2012 §10.1 puts on a letter's first page outside the body template, drawn with OpenPDF
 * so that every distance is exact whatever the fonts' metrics — the issuer's name (发文机关标志, without "文件") in red
 * 小标宋, centred over the text block, its top edge 30 mm from the top of the page; 4 mm under it a red double rule
 * (thick above, thin below) and 20 mm above the bottom edge another (thin above, thick below), both 170 mm long and
 * centred on the page; the 发文字号 in 3号仿宋 flush right at the text block's right edge, its top 7/8 of a 3号
 * character (14 pt) under the rule. The rules are 1 pt (thick) and 0.35 pt (thin) with 0.75 mm clear between them.
 * A glyph's top edge is its baseline less its size (the em box), as the tests measure it.
 *
 * @param name       发文机关标志 (the issuer's full name)
 * @param nameFont   the 小标宋 role's font
 * @param number     发文字号
 * @param numberFont the 仿宋 role's font
 */
record LetterHead(String name, BaseFont nameFont, String number, BaseFont numberFont) {

    static final float MM = (float) (72 / 25.4);
    /** 二号: the name's size; a name too long for one 156 mm line at this size is set smaller. */
    static final float NAME_SIZE = 22f;
    /** The name's top edge below the top of the page. */
    static final float NAME_TOP = 30 * MM;
    static final float THICK = 1f;
    static final float THIN = 0.35f;
    static final float GAP = 0.75f * MM;
    static final float RULE_LENGTH = 170 * MM;
    /** 3号 and 7/8 of it: the number's size and its distance to the upper rule. */
    static final float NUMBER_SIZE = 16f;
    static final float NUMBER_GAP = NUMBER_SIZE * 7 / 8;
    static final Color RED = new Color(255, 0, 0);

    /**
     * The number's baseline below the top of the page (what {@code reports/letter.jrxml} lays its title out
     * from): name top + name size + 4 mm + the double rule + 7/8 × 3号 + 3号.
     */
    static float numberBaseline() {
        return NAME_TOP + NAME_SIZE + 4 * MM + THICK + GAP + THIN + NUMBER_GAP + NUMBER_SIZE;
    }

    /** The name's size: 二号, or as large as fits on one 156 mm line. */
    float nameSize() {
        int characters = Math.max(1, name.codePointCount(0, name.length()));
        return Math.min(NAME_SIZE, (float) Math.floor(PageNumbersAndBookmarks.BLOCK_WIDTH / characters * 10) / 10);
    }

    /** Draws the head and both double rules on the first page, {@code width} × {@code height} points. */
    void draw(PdfContentByte canvas, float width, float height) {
        // the name's em box ends where a 二号 one would, so that the rules and the number never move
        float nameBaseline = NAME_TOP + NAME_SIZE;
        float centre = PageNumbersAndBookmarks.BLOCK_LEFT + PageNumbersAndBookmarks.BLOCK_WIDTH / 2;
        canvas.saveState();
        canvas.setColorFill(RED);
        canvas.beginText();
        canvas.setFontAndSize(nameFont, nameSize());
        canvas.showTextAligned(PdfContentByte.ALIGN_CENTER, name, centre, height - nameBaseline, 0);
        canvas.endText();
        canvas.restoreState();
        float upper = nameBaseline + 4 * MM;
        doubleRule(canvas, width, height, upper, true);
        doubleRule(canvas, width, height, height - 20 * MM - (THICK + GAP + THIN), false);
        canvas.beginText();
        canvas.setFontAndSize(numberFont, NUMBER_SIZE);
        canvas.showTextAligned(PdfContentByte.ALIGN_RIGHT, number,
                PageNumbersAndBookmarks.BLOCK_LEFT + PageNumbersAndBookmarks.BLOCK_WIDTH, height - numberBaseline(), 0);
        canvas.endText();
    }

    /** A double rule whose top edge is {@code top} below the top of the page; thick above thin, or thin above thick. */
    private static void doubleRule(PdfContentByte canvas, float width, float height, float top, boolean thickAbove) {
        float first = thickAbove ? THICK : THIN;
        float second = thickAbove ? THIN : THICK;
        rule(canvas, width, height, top + first / 2, first);
        rule(canvas, width, height, top + first + GAP + second / 2, second);
    }

    private static void rule(PdfContentByte canvas, float width, float height, float centre, float thickness) {
        float left = (width - RULE_LENGTH) / 2;
        canvas.saveState();
        canvas.setColorStroke(RED);
        canvas.setLineWidth(thickness);
        canvas.moveTo(left, height - centre);
        canvas.lineTo(left + RULE_LENGTH, height - centre);
        canvas.stroke();
        canvas.restoreState();
    }
}
