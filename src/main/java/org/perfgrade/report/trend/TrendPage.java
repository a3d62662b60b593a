package org.perfgrade.report.trend;

import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.perfgrade.reference.County;
import org.perfgrade.reference.ReferenceData;
import org.perfgrade.report.TargetTableReport;
import org.perfgrade.snapshot.Snapshot;
import org.perfgrade.snapshot.SnapshotHistories;
import org.perfgrade.snapshot.SnapshotHistory;

import org.springframework.stereotype.Service;

/**
 * 进展趋势页: the trend of a snapshot's date — 图2 and the week-on-week table — for the city (the briefing's page 2,
 * the console's front page) or one county (its trend-pdf, its console chart). Everything is read from the stored
 * snapshots up to the date through {@link SnapshotHistories}, the loader of {@code perfgrade history}.
 */
@Service
public class TrendPage {

    /** The caption of the city's chart. */
    public static final String CAPTION = "图2　全市A、B级企业占比变化趋势";
    /** The chart's box in points on an A4 portrait page, and the pixels per point in print. */
    public static final int WIDTH = 515;
    public static final int HEIGHT = 280;
    public static final int PRINT_SCALE = 4;
    /** The briefing's section of the trend page (before 二、各县区完成情况), and the fields telling its parts apart. */
    static final String BRIEFING_SECTION = "1";
    static final String SECTION = "section";
    static final String PART = "trendPart";

    private final SnapshotHistories histories;
    private final TrendFigures figures;
    private final TrendChart chart;
    private final ReferenceData reference;

    public TrendPage(SnapshotHistories histories, TrendFigures figures, TrendChart chart, ReferenceData reference) {
        this.histories = histories;
        this.figures = figures;
        this.chart = chart;
        this.reference = reference;
    }

    /** What one trend page shows: the history it was drawn from, the figure and the week-on-week table. */
    public record Trend(SnapshotHistory history, TrendFigure figure, WeekOnWeek week) {
    }

    /** The city's trend up to the snapshot's date: every county's row and the city's. */
    public Trend city(Snapshot snapshot) {
        SnapshotHistory history = histories.upTo(snapshot, null);
        return new Trend(history, figures.city(history, snapshot.asOf()), WeekOnWeek.of(history, snapshot.asOf(),
                reference.counties().stream().map(County::name).toList(), figures.cityGoalMetrics(), true));
    }

    /** One county's own trend up to the snapshot's date: its shares against its 附件1 targets, its row only. */
    public Trend county(Snapshot snapshot, County county) {
        SnapshotHistory history = histories.upTo(snapshot, county);
        return new Trend(history, figures.county(history, county, snapshot.asOf()),
                WeekOnWeek.of(history, snapshot.asOf(), List.of(county.name()), Map.of(), false));
    }

    /** The figure drawn at {@code scale} pixels per point in the {@value #WIDTH} × {@value #HEIGHT} box. */
    public BufferedImage image(TrendFigure figure, int scale) {
        return chart.draw(figure, WIDTH, HEIGHT, scale);
    }

    /** The briefing's parameters of the trend page: {@code trendCaption} and {@code trendChart}. */
    public Map<String, Object> briefingParams(Trend trend) {
        return Map.of("trendCaption", CAPTION, "trendChart", image(trend.figure(), PRINT_SCALE));
    }

    /** The briefing's records of the trend page, all of {@code section} 1: the chart's, then the table's. */
    public static List<Map<String, ?>> briefingLines(Trend trend) {
        List<Map<String, ?>> lines = new ArrayList<>();
        lines.add(Map.of(SECTION, BRIEFING_SECTION, PART, "chart"));
        lines.addAll(lines(trend.week(), BRIEFING_SECTION));
        return lines;
    }

    /** The table's heading with the dates compared. */
    public static String weekHeading(WeekOnWeek week) {
        boolean city = week.rows().stream().anyMatch(WeekRow::city);
        String who = city || week.rows().isEmpty() ? "各县区" : week.rows().get(0).name();
        return who + "A、B级企业占比周变化（本期" + chineseDate(week.asOf())
                + (week.weekAgo() == null ? "；一周前无统计）" : "，与" + chineseDate(week.weekAgo()) + "相比）");
    }

    /** The table's note: where the figures come from and what "—" means. */
    public static String weekNote(boolean withCity) {
        return "注：一周前指统计日期前第" + WeekOnWeek.DAYS + "天及以前最近一次统计；变化按表中两位小数的占比计算，"
                + "单位为百分点；“—”表示无企业（不考核）或一周前无统计。"
                + (withCity ? "全市行中达标口径与全市目标一致（国家级通过占比含绩效引领性企业）。" : "");
    }

    /**
     * The table's records for a report: one per row with the fields {@code county}, {@code city} and per level
     * ({@code n}, {@code p}) and metric ({@code a}pplied, {@code p}assed) {@code Now}, {@code Week} and
     * {@code Change}, e.g. {@code naNow}; then a record with the {@code trendNote}. Each carries {@code section}
     * and its {@code trendPart}: {@code head} (the heading {@code weekHeading} and column header), {@code row},
     * {@code note}.
     */
    public static List<Map<String, ?>> lines(WeekOnWeek week, String section) {
        List<Map<String, ?>> lines = new ArrayList<>();
        Map<String, Object> head = new HashMap<>();
        head.put(SECTION, section);
        head.put(PART, "head");
        head.put("weekHeading", weekHeading(week));
        lines.add(head);
        for (WeekRow row : week.rows()) {
            Map<String, Object> fields = new HashMap<>();
            fields.put(SECTION, section);
            fields.put(PART, "row");
            fields.put("county", row.name());
            fields.put("city", row.city());
            put(fields, "na", row.nationalApplied());
            put(fields, "np", row.nationalPassed());
            put(fields, "pa", row.provincialApplied());
            put(fields, "pp", row.provincialPassed());
            lines.add(fields);
        }
        Map<String, Object> note = new HashMap<>();
        note.put(SECTION, section);
        note.put(PART, "note");
        note.put("trendNote", weekNote(week.rows().stream().anyMatch(WeekRow::city)));
        lines.add(note);
        return lines;
    }

    private static void put(Map<String, Object> fields, String prefix, ShareChange change) {
        fields.put(prefix + "Now", change.nowText());
        fields.put(prefix + "Week", change.weekAgoText());
        fields.put(prefix + "Change", change.changeText());
    }

    static String chineseDate(LocalDate date) {
        return TargetTableReport.chineseDate(date);
    }
}
