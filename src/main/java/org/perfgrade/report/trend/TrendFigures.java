package org.perfgrade.report.trend;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.perfgrade.reference.CityGoal;
import org.perfgrade.reference.County;
import org.perfgrade.reference.Deadline;
import org.perfgrade.reference.IndustryLevel;
import org.perfgrade.reference.ReferenceData;
import org.perfgrade.reference.Target;
import org.perfgrade.reference.TargetMetric;
import org.perfgrade.snapshot.LevelShares;
import org.perfgrade.snapshot.SnapshotHistory;
import org.perfgrade.snapshot.SnapshotHistory.CityPoint;
import org.perfgrade.snapshot.SnapshotHistory.CountyPoint;

import org.springframework.stereotype.Component;

/**
 * Turns a {@link SnapshotHistory} into what the trend chart draws: for the city (图2) its goal shares per level as
 * the goals count them (方案二: 国家级 A、B级和绩效引领性企业, 省级 A、B级企业) against the goals; for a county its
 * 申报占比 and 通过占比 per level against its 附件1 targets. The review-batch deadlines (第一批…) are marked.
 */
@Component
public class TrendFigures {

    private static final String[] NUMERALS = { "〇", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十" };

    private final ReferenceData reference;

    public TrendFigures(ReferenceData reference) {
        this.reference = reference;
    }

    /** The city's goal shares over the history's dates, up to {@code asOf}. */
    public TrendFigure city(SnapshotHistory history, LocalDate asOf) {
        List<TrendFigure.Panel> panels = new ArrayList<>();
        for (IndustryLevel level : IndustryLevel.values()) {
            String key = LevelShares.key(level);
            Optional<CityGoal> goal = cityGoal(level);
            String name = goal.filter(CityGoal::includeLeading).isPresent() ? "全市A、B级和绩效引领性企业占比"
                    : "全市A、B级企业占比";
            List<TrendFigure.Point> points = new ArrayList<>();
            for (LocalDate date : history.dates()) {
                points.add(new TrendFigure.Point(date, history.city().stream()
                        .filter(p -> p.date().equals(date) && p.level().equals(key)).findFirst()
                        .map(CityPoint::goalShare).map(TrendFigures::percent).orElse(null)));
            }
            List<TrendFigure.Goal> goals = goal.map(g -> List.of(new TrendFigure.Goal(
                    "目标" + g.comparison().symbol() + plain(g.threshold()) + "%", g.threshold(), 0)))
                    .orElse(List.of());
            List<TrendFigure.Line> lines = List.of(new TrendFigure.Line(name, panels.size(), points));
            panels.add(new TrendFigure.Panel(levelName(level) + "（%）", lines, goals));
        }
        return figure(history, asOf, panels);
    }

    /** One county's 申报占比 and 通过占比 per level over the history's dates against its 附件1 targets. */
    public TrendFigure county(SnapshotHistory history, County county, LocalDate asOf) {
        List<CountyPoint> series = history.counties().stream().filter(s -> s.county().equals(county.name()))
                .findFirst().map(SnapshotHistory.CountySeries::series).orElse(List.of());
        Map<String, Target> targets = reference.targets(county.code()).stream()
                .collect(Collectors.toMap(t -> LevelShares.key(t.level()) + "-" + t.metric().name(), t -> t,
                        (a, b) -> a));
        List<TrendFigure.Panel> panels = new ArrayList<>();
        for (IndustryLevel level : IndustryLevel.values()) {
            String key = LevelShares.key(level);
            List<TrendFigure.Line> lines = new ArrayList<>();
            List<TrendFigure.Goal> goals = new ArrayList<>();
            for (TargetMetric metric : List.of(TargetMetric.APPLIED, TargetMetric.PASSED)) {
                boolean applied = metric == TargetMetric.APPLIED;
                List<TrendFigure.Point> points = new ArrayList<>();
                for (LocalDate date : history.dates()) {
                    Predicate<CountyPoint> at = p -> p.date().equals(date) && p.level().equals(key)
                            && p.counted() > 0;
                    points.add(new TrendFigure.Point(date, series.stream().filter(at).findFirst()
                            .map(p -> applied ? p.appliedShare() : p.passedShare()).map(TrendFigures::percent)
                            .orElse(null)));
                }
                String word = applied ? "申报" : "通过";
                lines.add(new TrendFigure.Line(word + "占比", applied ? 0 : 1, points));
                Target target = targets.get(key + "-" + metric.name());
                if (target != null) {
                    goals.add(new TrendFigure.Goal(word + "目标" + target.comparison().symbol()
                            + plain(target.threshold()) + "%", target.threshold(), lines.size() - 1));
                }
            }
            panels.add(new TrendFigure.Panel(levelName(level) + "（%）", lines, goals));
        }
        return figure(history, asOf, panels);
    }

    /** Per level key, the metric the city goal is on. */
    public Map<String, TargetMetric> cityGoalMetrics() {
        return reference.cityGoals().stream().filter(g -> g.level() != null && g.metric() != TargetMetric.COUNT)
                .collect(Collectors.toMap(g -> LevelShares.key(g.level()), CityGoal::metric, (a, b) -> a));
    }

    private TrendFigure figure(SnapshotHistory history, LocalDate asOf, List<TrendFigure.Panel> panels) {
        List<TrendFigure.DateMarker> markers = reference.calendar().deadlines().stream()
                .filter(d -> d.batch() > 0).map(d -> new TrendFigure.DateMarker(batchName(d), d.due())).toList();
        LocalDate start = history.dates().isEmpty() ? asOf : history.dates().get(0);
        LocalDate end = asOf;
        for (TrendFigure.DateMarker marker : markers) {
            end = marker.date().isAfter(end) ? marker.date() : end;
            start = marker.date().isBefore(start) ? marker.date() : start;
        }
        return new TrendFigure(start, end.plusDays(3), panels, markers);
    }

    private Optional<CityGoal> cityGoal(IndustryLevel level) {
        return reference.cityGoals().stream().filter(g -> g.level() == level && g.metric() != TargetMetric.COUNT)
                .findFirst();
    }

    private static String batchName(Deadline deadline) {
        int n = deadline.batch();
        return "第" + (n < NUMERALS.length ? NUMERALS[n] : String.valueOf(n)) + "批";
    }

    static String levelName(IndustryLevel level) {
        return level == IndustryLevel.NATIONAL ? "国家级重点行业" : "省级重点行业";
    }

    private static BigDecimal percent(BigDecimal fraction) {
        return fraction == null ? null : fraction.movePointRight(2);
    }

    private static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }
}
