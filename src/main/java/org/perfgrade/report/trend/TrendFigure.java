package org.perfgrade.report.trend;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a trend chart draws, in percentages: one panel per industry level (国家级, 省级), each with its share lines
 * over the snapshot dates and its goal lines, on a date axis from {@code start} to {@code end} with the review-batch
 * deadlines marked. A point without a figure is null and draws nothing.
 */
public record TrendFigure(LocalDate start, LocalDate end, List<Panel> panels, List<DateMarker> markers) {

    public TrendFigure {
        panels = List.copyOf(panels);
        markers = List.copyOf(markers);
    }

    /** Whether any line has a figure to draw. */
    public boolean hasData() {
        return panels.stream().flatMap(p -> p.lines().stream()).flatMap(l -> l.points().stream())
                .anyMatch(p -> p.percent() != null);
    }

    /** One level's panel: its axis label, share lines and goal lines. */
    public record Panel(String axisLabel, List<Line> lines, List<Goal> goals) {

        public Panel {
            lines = List.copyOf(lines);
            goals = List.copyOf(goals);
        }
    }

    /**
     * One share over the dates (its legend name); {@code percent} null where there is no figure. Lines of the same
     * {@code style} (0, 1) draw alike — colour, dash and marker — and are listed once in the legend.
     */
    public record Line(String name, int style, List<Point> points) {

        public Line {
            points = List.copyOf(points);
        }
    }

    /** One date's figure in percent (27.88), null without one. */
    public record Point(LocalDate date, BigDecimal percent) {
    }

    /** A horizontal goal line at a percentage, labelled ("目标≥20%"); {@code line} the index of its share line. */
    public record Goal(String label, BigDecimal percent, int line) {
    }

    /** A labelled date on the axis (第一批 on 2021-08-05). */
    public record DateMarker(String label, LocalDate date) {
    }
}
