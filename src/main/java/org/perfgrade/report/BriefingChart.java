package org.perfgrade.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultCategoryDataset;
import org.perfgrade.document.DocumentFonts;
import org.perfgrade.document.FontRole;
import org.perfgrade.reference.IndustryLevel;

import org.springframework.stereotype.Component;

/**
 * 图1 各县区A、B级企业占比与目标: the briefing's bar chart, drawn with JFreeChart (JasperReports' own chart module is
 * not published for 7.0.6) and placed in the report as an image. One panel per level (国家级, 省级) sharing the county
 * axis: bars for 申报占比 and 通过占比, and the county targets as lines with markers. Labels use the table role's
 * font from the font extension, so the chart never falls back to a system font.
 */
@Component
public class BriefingChart {

    /** Series names, also the legend. */
    static final String APPLIED = "申报占比";
    static final String PASSED = "通过占比";
    static final String APPLIED_TARGET = "申报占比目标";
    static final String PASSED_TARGET = "通过占比目标";
    /** The bar colours, also read back by the tests to find the chart on the page. */
    static final Color APPLIED_COLOUR = new Color(0x5B, 0x8F, 0xC9);
    static final Color PASSED_COLOUR = new Color(0x2E, 0x7D, 0x32);
    private static final Color APPLIED_TARGET_COLOUR = new Color(0xE6, 0x7E, 0x22);
    private static final Color PASSED_TARGET_COLOUR = new Color(0xC6, 0x28, 0x28);

    private final DocumentFonts fonts;

    public BriefingChart(DocumentFonts fonts) {
        this.fonts = fonts;
    }

    /** One county's shares and targets at one level, as percentages (null where there is none). */
    public record Bar(String county, IndustryLevel level, BigDecimal applied, BigDecimal passed,
                      BigDecimal appliedTarget, BigDecimal passedTarget) {
    }

    /**
     * Draws the chart at {@code scale} pixels per point, so that a {@code widthPt × heightPt} box in the report
     * gets a sharp picture (scale 4 ≈ 288 dpi).
     */
    public BufferedImage draw(List<Bar> bars, int widthPt, int heightPt, int scale) {
        return ChartImages.draw(chart(bars), widthPt, heightPt, scale);
    }

    JFreeChart chart(List<Bar> bars) {
        Font font = fonts.font(FontRole.TABLE);
        CategoryAxis counties = new CategoryAxis();
        counties.setTickLabelFont(font.deriveFont(8.5f));
        counties.setCategoryMargin(0.25);
        counties.setLowerMargin(0.02);
        counties.setUpperMargin(0.02);
        counties.setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
        counties.setMaximumCategoryLabelLines(3);
        CombinedDomainCategoryPlot plot = new CombinedDomainCategoryPlot(counties);
        plot.setGap(14);
        CategoryPlot national = panel(bars, IndustryLevel.NATIONAL, "国家级重点行业（%）", font);
        plot.add(national, 1);
        plot.add(panel(bars, IndustryLevel.PROVINCIAL, "省级重点行业（%）", font), 1);
        // both panels draw the same four series: list them once
        plot.setFixedLegendItems(national.getLegendItems());
        plot.setOrientation(PlotOrientation.VERTICAL);
        JFreeChart chart = new JFreeChart(null, font.deriveFont(10f), plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        LegendTitle legend = chart.getLegend();
        legend.setItemFont(font.deriveFont(8.5f));
        legend.setPosition(RectangleEdge.TOP);
        legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        chart.addSubtitle(new TextTitle("目标按各县区附件1目标；未设目标或无企业的县区不画目标点", font.deriveFont(7.5f),
                Color.DARK_GRAY, RectangleEdge.BOTTOM, org.jfree.chart.ui.HorizontalAlignment.RIGHT,
                org.jfree.chart.ui.VerticalAlignment.CENTER, org.jfree.chart.ui.RectangleInsets.ZERO_INSETS));
        return chart;
    }

    private CategoryPlot panel(List<Bar> bars, IndustryLevel level, String axisLabel, Font font) {
        DefaultCategoryDataset shares = new DefaultCategoryDataset();
        DefaultCategoryDataset targets = new DefaultCategoryDataset();
        for (Bar bar : bars) {
            if (bar.level() != level) {
                continue;
            }
            shares.addValue(bar.applied(), APPLIED, bar.county());
            shares.addValue(bar.passed(), PASSED, bar.county());
            targets.addValue(bar.appliedTarget(), APPLIED_TARGET, bar.county());
            targets.addValue(bar.passedTarget(), PASSED_TARGET, bar.county());
        }
        NumberAxis percent = new NumberAxis(axisLabel);
        percent.setLabelFont(font.deriveFont(9f));
        percent.setTickLabelFont(font.deriveFont(8f));
        percent.setLowerBound(0);
        percent.setUpperBound(upperBound(bars, level));
        percent.setAutoRange(false);
        BarRenderer barRenderer = new BarRenderer();
        barRenderer.setBarPainter(new StandardBarPainter());
        barRenderer.setShadowVisible(false);
        barRenderer.setItemMargin(0.05);
        barRenderer.setSeriesPaint(0, APPLIED_COLOUR);
        barRenderer.setSeriesPaint(1, PASSED_COLOUR);
        CategoryPlot panel = new CategoryPlot(shares, null, percent, barRenderer);
        LineAndShapeRenderer targetRenderer = new LineAndShapeRenderer(true, true);
        targetRenderer.setSeriesPaint(0, APPLIED_TARGET_COLOUR);
        targetRenderer.setSeriesPaint(1, PASSED_TARGET_COLOUR);
        float[] dash = { 4f, 3f };
        targetRenderer.setSeriesStroke(0, new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                dash, 0f));
        targetRenderer.setSeriesStroke(1, new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                dash, 0f));
        panel.setDataset(1, targets);
        panel.setRenderer(1, targetRenderer);
        panel.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        panel.setBackgroundPaint(Color.WHITE);
        panel.setRangeGridlinePaint(new Color(0xBD, 0xBD, 0xBD));
        panel.setOutlineVisible(false);
        return panel;
    }

    /** Up to the next ten above the highest share or target, at least 50 %. */
    private static double upperBound(List<Bar> bars, IndustryLevel level) {
        double max = 0;
        for (Bar bar : bars) {
            if (bar.level() == level) {
                for (BigDecimal v : new BigDecimal[] { bar.applied(), bar.passed(), bar.appliedTarget(),
                        bar.passedTarget() }) {
                    if (v != null) {
                        max = Math.max(max, v.doubleValue());
                    }
                }
            }
        }
        return Math.max(50, Math.min(100, Math.ceil((max + 5) / 10) * 10));
    }
}
