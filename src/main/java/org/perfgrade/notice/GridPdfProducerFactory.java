package org.perfgrade.notice;

import java.awt.font.TextAttribute;
import java.text.AttributedCharacterIterator.Attribute;
import java.util.Locale;
import java.util.Map;

import net.sf.jasperreports.pdf.classic.ClassicChunk;
import net.sf.jasperreports.pdf.classic.ClassicPdfProducer;
import net.sf.jasperreports.pdf.common.PdfProducer;
import net.sf.jasperreports.pdf.common.PdfProducerContext;
import net.sf.jasperreports.pdf.common.PdfProducerFactory;
import net.sf.jasperreports.pdf.common.PdfTextChunk;

/**
 * 版心字距: GB/T 9704 puts 28 characters of 3号 (16 pt) type on a 156 mm line, a pitch of 15.79 pt — slightly
 * less than the 16 pt a character is wide. JasperReports has no letter spacing, so the notice templates lay 16 pt
 * text out in a column of 28 × 16 pt (449 pt: the fill measures 28 characters as 448.0009 pt) and this producer
 * draws every 16 pt chunk with a character spacing of −0.207 pt, so that a full line ends at 156 mm. Other sizes
 * (header, title, tables, 版记) are left as they are.
 */
final class GridPdfProducerFactory implements PdfProducerFactory {

    /** 3号: the size of the body grid. */
    static final float GRID_SIZE = 16f;
    /** 156 mm / 28 − 16 pt. */
    static final float SPACING = (float) (156 / 25.4 * 72 / 28 - GRID_SIZE);

    @Override
    public PdfProducer createProducer(PdfProducerContext context) {
        return new ClassicPdfProducer(context) {
            @Override
            public PdfTextChunk createChunk(String text, Map<Attribute, Object> attributes, Locale locale) {
                PdfTextChunk chunk = super.createChunk(text, attributes, locale);
                if (attributes.get(TextAttribute.SIZE) instanceof Number size
                        && Math.abs(size.floatValue() - GRID_SIZE) < 0.01f && chunk instanceof ClassicChunk classic) {
                    classic.getChunk().setCharacterSpacing(SPACING);
                }
                return chunk;
            }
        };
    }
}
