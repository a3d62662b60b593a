package org.perfgrade.report.trend;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.text.DecimalFormat;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import java.util.TimeZone;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickMarkPosition;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.perfgrade.document.DocumentFonts;
import org.perfgrade.document.FontRole;
import org.perfgrade.report.ChartImages;

import org.springframework.stereotype.Component;

/**
 * 图2 进展趋势: a {@link TrendFigure} drawn with JFreeChart, one panel per level on a shared date axis — each share
 * a line with markers (the first solid with circles, the second dashed with squares, so they read apart in black and
 * white too; the legend shows the same line and marker), each goal a thin horizontal line labelled with its
 * threshold, and the review-batch deadlines as labelled vertical lines. A date without a figure draws nothing; with
 * no figure at all the panels read "暂无历史数据", a level without any figure "无企业（不考核）". Text uses the
 * table role's font, never a system font.
 */
@Component
public class TrendChart {

    /** The message of a chart without figures. */
    public static final String NO_DATA = "暂无历史数据";
    /** The message of a panel without figures in a chart with some: the level has no enterprise. */
    public static final String NOT_ASSESSED = "无企业（不考核）";
    /** The share lines' colours, in order; read back by the tests. */
    public static final Color[] COLOURS = { new Color(0x1F, 0x5A, 0xA6), new Color(0x2E, 0x7D, 0x32) };
    private static final Color GOAL_COLOUR = new Color(0xC6, 0x28, 0x28);
    private static final Color CLEAR = new Color(255, 255, 255, 0);
    private static final Color MARKER_COLOUR = new Color(0x75, 0x75, 0x75);
    private static final Stroke[] STROKES = {
            new BasicStroke(1.6f),
            new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] { 5f, 3f }, 0f) };
    private static final Shape[] SHAPES = { new Ellipse2D.Double(-2.5, -2.5, 5, 5),
            new Rectangle2D.Double(-2.5, -2.5, 5, 5) };
    private static final float[][] GOAL_DASHES = { { 1.5f, 2f }, { 6f, 2f, 1.5f, 2f } };

    private final DocumentFonts fonts;

    public TrendChart(DocumentFonts fonts) {
        this.fonts = fonts;
    }

    /** Draws the figure at {@code scale} pixels per point for a {@code widthPt × heightPt} box. */
    public BufferedImage draw(TrendFigure figure, int widthPt, int heightPt, int scale) {
        return ChartImages.draw(chart(figure), widthPt, heightPt, scale);
    }

    JFreeChart chart(TrendFigure figure) {
        Font font = fonts.font(FontRole.TABLE);
        DateAxis dates = new DateAxis();
        dates.setTimeZone(TimeZone.getTimeZone(ZoneOffset.UTC));
        SimpleDateFormat format = new SimpleDateFormat("M月d日");
        format.setTimeZone(TimeZone.getTimeZone(ZoneOffset.UTC));
        dates.setDateFormatOverride(format);
        dates.setTickMarkPosition(DateTickMarkPosition.START);
        dates.setTickLabelFont(font.deriveFont(8f));
        dates.setRange(millis(figure.start()), millis(figure.end()));
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(dates);
        plot.setGap(12);
        boolean data = figure.hasData();
        boolean first = true;
        LegendItemCollection legend = new LegendItemCollection();
        Set<String> listed = new HashSet<>();
        for (TrendFigure.Panel panel : figure.panels()) {
            XYPlot subplot = panel(figure, panel, font, data, first);
            plot.add(subplot, 1);
            first = false;
            LegendItemCollection items = subplot.getLegendItems();
            for (int i = 0; i < items.getItemCount(); i++) {
                LegendItem item = items.get(i);
                if (listed.add(item.getLabel())) {
                    legend.add(item);
                }
            }
        }
        plot.setFixedLegendItems(legend);
        JFreeChart chart = new JFreeChart(null, font.deriveFont(10f), plot, data);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.setPadding(new RectangleInsets(2, 2, 2, 8));
        LegendTitle title = chart.getLegend();
        if (title != null) {
            title.setItemFont(font.deriveFont(8.5f));
            title.setPosition(RectangleEdge.TOP);
            title.setFrame(BlockBorder.NONE);
        }
        return chart;
    }

    private XYPlot panel(TrendFigure figure, TrendFigure.Panel panel, Font font, boolean data, boolean first) {
        XYSeriesCollection lines = new XYSeriesCollection();
        boolean panelHasData = panel.lines().stream().flatMap(l -> l.points().stream())
                .anyMatch(p -> p.percent() != null);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        double max = 0;
        int index = 0;
        for (TrendFigure.Line line : panel.lines()) {
            XYSeries series = new XYSeries(line.name(), true, false);
            if (panelHasData) {
                for (TrendFigure.Point point : line.points()) {
                    series.add(millis(point.date()), point.percent());
                    max = point.percent() == null ? max : Math.max(max, point.percent().doubleValue());
                }
            }
            lines.addSeries(series);
            int style = line.style() % COLOURS.length;
            renderer.setSeriesPaint(index, COLOURS[style]);
            renderer.setSeriesStroke(index, STROKES[style]);
            renderer.setSeriesShape(index, SHAPES[style]);
            index++;
        }
        renderer.setDrawSeriesLineAsPath(false);
        NumberAxis percent = new NumberAxis(panel.axisLabel());
        percent.setLabelFont(font.deriveFont(9f));
        percent.setTickLabelFont(font.deriveFont(8f));
        percent.setNumberFormatOverride(new DecimalFormat("0'%'"));
        for (TrendFigure.Goal goal : panel.goals()) {
            max = Math.max(max, goal.percent().doubleValue());
        }
        percent.setRange(0, Math.max(40, Math.min(100, Math.ceil((max + 8) / 10) * 10)));
        XYPlot plot = new XYPlot(lines, null, percent, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xD0, 0xD0, 0xD0));
        plot.setDomainGridlinesVisible(false);
        plot.setOutlineVisible(false);
        plot.setNoDataMessage(data ? NOT_ASSESSED : NO_DATA);
        plot.setNoDataMessageFont(font.deriveFont(11f));
        int g = 0;
        for (TrendFigure.Goal goal : panel.goals()) {
            ValueMarker line = new ValueMarker(goal.percent().doubleValue(), GOAL_COLOUR,
                    new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                            GOAL_DASHES[g++ % GOAL_DASHES.length], 0f));
            line.setLabel(goal.label());
            line.setLabelFont(font.deriveFont(7.5f));
            line.setLabelPaint(GOAL_COLOUR);
            line.setLabelBackgroundColor(CLEAR);
            line.setLabelAnchor(g == 1 ? RectangleAnchor.TOP_LEFT : RectangleAnchor.BOTTOM_LEFT);
            line.setLabelTextAnchor(g == 1 ? TextAnchor.BOTTOM_LEFT : TextAnchor.TOP_LEFT);
            line.setLabelOffset(new RectangleInsets(2, 4, 2, 4));
            plot.addRangeMarker(line, Layer.BACKGROUND);
        }
        for (TrendFigure.DateMarker deadline : figure.markers()) {
            ValueMarker line = new ValueMarker(millis(deadline.date()), MARKER_COLOUR,
                    new BasicStroke(0.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] { 3f, 2f },
                            0f));
            if (first) {
                line.setLabel(deadline.label());
                line.setLabelFont(font.deriveFont(7.5f));
                line.setLabelPaint(MARKER_COLOUR);
                line.setLabelBackgroundColor(CLEAR);
                line.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
                line.setLabelTextAnchor(TextAnchor.TOP_LEFT);
                line.setLabelOffset(new RectangleInsets(1, 1, 1, 1));
            }
            plot.addDomainMarker(line, Layer.BACKGROUND);
        }
        return plot;
    }

    private static double millis(LocalDate date) {
        return date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }
}
