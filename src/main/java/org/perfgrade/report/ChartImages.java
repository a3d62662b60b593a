package org.perfgrade.report;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;

import org.jfree.chart.JFreeChart;

/**
 * 图表成图: draws a JFreeChart into a picture for a box of the report, the one way every chart of the documents and
 * the console is turned into pixels (图1, 图2, a county's trend), so that the PDF and the console's PNG agree.
 */
public final class ChartImages {

    private ChartImages() {
    }

    /**
     * The chart drawn at {@code scale} pixels per point, so that a {@code widthPt × heightPt} box in the report gets a
     * sharp picture (scale 4 ≈ 288 dpi), anti-aliased.
     */
    public static BufferedImage draw(JFreeChart chart, int widthPt, int heightPt, int scale) {
        BufferedImage image = new BufferedImage(widthPt * scale, heightPt * scale, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.scale(scale, scale);
            chart.draw(g, new Rectangle2D.Double(0, 0, widthPt, heightPt));
        }
        finally {
            g.dispose();
        }
        return image;
    }
}
