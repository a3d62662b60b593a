package org.perfgrade.report.trend;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.perfgrade.reference.TargetMetric;
import org.perfgrade.snapshot.SnapshotHistory;
import org.perfgrade.snapshot.SnapshotHistory.CityPoint;
import org.perfgrade.snapshot.SnapshotHistory.CountyPoint;
import org.perfgrade.snapshot.SnapshotHistory.CountySeries;

/**
 * 各县区占比周变化: each county's four shares on a date and a week earlier — the latest stored snapshot on or before
 * the date minus seven days — read from the stored history, never recomputed. The city's row comes last; in the
 * column its goal is on (方案二: 通过占比) it shows the goal's share (国家级 with 绩效引领性), as 附件1 does.
 *
 * @param asOf    the date of the table
 * @param weekAgo the date compared with, null when no snapshot is a week old
 */
public record WeekOnWeek(LocalDate asOf, LocalDate weekAgo, List<WeekRow> rows) {

    /** The row name of the city. */
    public static final String CITY = "全市";
    /** How far back "a week ago" looks. */
    public static final int DAYS = 7;

    public WeekOnWeek {
        rows = List.copyOf(rows);
    }

    /**
     * The table of {@code asOf} from a history that holds it: one row per name of {@code counties} (in that order;
     * a county without figures reads {@value ShareChange#NONE}), then the city's when {@code withCity}.
     *
     * @param cityGoalMetric per level key ({@code national}), the metric the city goal is on
     */
    public static WeekOnWeek of(SnapshotHistory history, LocalDate asOf, List<String> counties,
                                Map<String, TargetMetric> cityGoalMetric, boolean withCity) {
        LocalDate weekAgo = history.dates().stream().filter(d -> !d.isAfter(asOf.minusDays(DAYS)))
                .max(LocalDate::compareTo).orElse(null);
        Map<String, CountySeries> byName = history.counties().stream()
                .collect(Collectors.toMap(CountySeries::county, Function.identity()));
        List<WeekRow> rows = new ArrayList<>();
        for (String name : counties) {
            List<CountyPoint> series = Optional.ofNullable(byName.get(name)).map(CountySeries::series)
                    .orElse(List.of());
            rows.add(new WeekRow(name, false,
                    county(series, "national", true, asOf, weekAgo), county(series, "national", false, asOf, weekAgo),
                    county(series, "provincial", true, asOf, weekAgo),
                    county(series, "provincial", false, asOf, weekAgo)));
        }
        if (withCity) {
            rows.add(new WeekRow(CITY, true,
                    city(history, "national", TargetMetric.APPLIED, cityGoalMetric, asOf, weekAgo),
                    city(history, "national", TargetMetric.PASSED, cityGoalMetric, asOf, weekAgo),
                    city(history, "provincial", TargetMetric.APPLIED, cityGoalMetric, asOf, weekAgo),
                    city(history, "provincial", TargetMetric.PASSED, cityGoalMetric, asOf, weekAgo)));
        }
        return new WeekOnWeek(asOf, weekAgo, rows);
    }

    private static ShareChange county(List<CountyPoint> series, String level, boolean applied, LocalDate asOf,
                                      LocalDate weekAgo) {
        return new ShareChange(countyShare(series, level, applied, asOf), countyShare(series, level, applied,
                weekAgo));
    }

    private static BigDecimal countyShare(List<CountyPoint> series, String level, boolean applied, LocalDate date) {
        if (date == null) {
            return null;
        }
        return series.stream().filter(p -> p.date().equals(date) && p.level().equals(level) && p.counted() > 0)
                .findFirst().map(p -> applied ? p.appliedShare() : p.passedShare()).orElse(null);
    }

    private static ShareChange city(SnapshotHistory history, String level, TargetMetric metric,
                                    Map<String, TargetMetric> cityGoalMetric, LocalDate asOf, LocalDate weekAgo) {
        boolean goal = cityGoalMetric.get(level) == metric;
        return new ShareChange(cityShare(history, level, metric, goal, asOf),
                cityShare(history, level, metric, goal, weekAgo));
    }

    private static BigDecimal cityShare(SnapshotHistory history, String level, TargetMetric metric, boolean goal,
                                        LocalDate date) {
        if (date == null) {
            return null;
        }
        Optional<CityPoint> point = history.city().stream()
                .filter(p -> p.date().equals(date) && p.level().equals(level)).findFirst();
        return point.map(p -> goal && p.goalShare() != null ? p.goalShare()
                : metric == TargetMetric.APPLIED ? p.appliedShare() : p.passedShare()).orElse(null);
    }
}
