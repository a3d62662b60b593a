package org.perfgrade.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.perfgrade.reference.CityGoal;
import org.perfgrade.reference.Comparison;
import org.perfgrade.reference.County;
import org.perfgrade.reference.IndustryLevel;
import org.perfgrade.reference.ReferenceData;
import org.perfgrade.reference.TargetMetric;
import org.perfgrade.snapshot.CityLevelShares;
import org.perfgrade.snapshot.CitySnapshot;
import org.perfgrade.snapshot.LevelShares;
import org.perfgrade.snapshot.TargetVerdict;
import org.perfgrade.snapshot.facts.CountyFacts;
import org.perfgrade.snapshot.facts.DateFacts;
import org.perfgrade.snapshot.facts.TargetFact;

import static org.perfgrade.report.TargetTableReport.NONE;

/**
 * The rows of 附件1 目标表 (and of the briefing's county table) as the date's facts state them: every county in 附件1
 * order with its enterprises per level and, per target, the count, target, share and verdict of {@link TargetFact};
 * then the city against its goals. Nothing is decided here: a level without enterprises reads 无企业（不考核）.
 */
final class TargetTableRows {

    private final ReferenceData reference;

    TargetTableRows(ReferenceData reference) {
        this.reference = reference;
    }

    /** Every county in 附件1 order and the city, or the one county. */
    List<TargetTableRow> of(DateFacts facts, County countyOrNull) {
        List<TargetTableRow> rows = new ArrayList<>();
        if (countyOrNull != null) {
            CountyFacts county = facts.counties().stream().filter(c -> c.county().equals(countyOrNull.name()))
                    .findFirst().orElseThrow(() -> new IllegalArgumentException(
                            TargetTableReport.chineseDate(facts.asOf()) + "的统计中没有县区" + countyOrNull.name()));
            rows.add(countyRow(String.valueOf(countyOrNull.order()), county));
            return rows;
        }
        Set<String> printed = new HashSet<>();
        for (County county : reference.counties()) {
            Optional<CountyFacts> figures = facts.counties().stream().filter(c -> c.county().equals(county.name()))
                    .findFirst();
            rows.add(figures.map(f -> countyRow(null, f)).orElseGet(() -> missingRow(county)));
            printed.add(county.name());
        }
        for (CountyFacts other : facts.counties()) {
            if (printed.add(other.county())) {
                rows.add(countyRow(null, other));
            }
        }
        List<TargetTableRow> numbered = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            numbered.add(rows.get(i).numbered(String.valueOf(i + 1)));
        }
        if (facts.city() != null) {
            numbered.add(cityRow(facts.city()));
        }
        return numbered;
    }

    private static TargetTableRow countyRow(String number, CountyFacts county) {
        return new TargetTableRow(number, county.county(), false, counted(county, IndustryLevel.NATIONAL),
                counted(county, IndustryLevel.PROVINCIAL),
                cell(county, IndustryLevel.NATIONAL, TargetMetric.APPLIED),
                cell(county, IndustryLevel.NATIONAL, TargetMetric.PASSED),
                cell(county, IndustryLevel.PROVINCIAL, TargetMetric.APPLIED),
                cell(county, IndustryLevel.PROVINCIAL, TargetMetric.PASSED));
    }

    private static String counted(CountyFacts county, IndustryLevel level) {
        return county.figures().levels().stream().filter(l -> l.level().equals(LevelShares.key(level)))
                .findFirst().map(l -> String.valueOf(l.counted())).orElse(NONE);
    }

    private static TargetTableRow.Cell cell(CountyFacts county, IndustryLevel level, TargetMetric metric) {
        Optional<TargetFact> fact = county.target(level, metric);
        if (fact.isEmpty()) {
            return new TargetTableRow.Cell(NONE, NONE, NONE, "无数据");
        }
        TargetFact t = fact.get();
        String target = TargetTableReport.threshold(t.comparison(), t.target());
        if (t.counted() == 0) {
            return new TargetTableRow.Cell(NONE, target, NONE, cellText(TargetVerdict.NOT_ASSESSED.words()));
        }
        String status = t.target() == null ? NONE : status(t.verdict(), t.gap());
        return new TargetTableRow.Cell(String.valueOf(t.numerator()), target, TargetTableReport.percent(t.share()),
                cellText(status));
    }

    /** 达标, 未达标（差n家）, 未达标 (unreachable), 无企业（不考核）. */
    static String status(TargetVerdict verdict, Integer gap) {
        return switch (verdict) {
            case MET -> verdict.words();
            case MISSED -> gap == null ? verdict.words() : verdict.words() + "（差" + gap + "家）";
            case NOT_ASSESSED -> verdict.words();
        };
    }

    /** A verdict in a narrow cell: the remark in brackets on a line of its own ("未达标\n（差3家）"). */
    static String cellText(String status) {
        return status.replace("（", "\n（");
    }

    private static TargetTableRow missingRow(County county) {
        TargetTableRow.Cell none = new TargetTableRow.Cell(NONE, NONE, NONE, "无数据");
        return new TargetTableRow(null, county.name(), false, NONE, NONE, none, none, none, none);
    }

    private TargetTableRow cityRow(CitySnapshot city) {
        return new TargetTableRow("", TargetTableReport.CITY, true, cityCounted(city, IndustryLevel.NATIONAL),
                cityCounted(city, IndustryLevel.PROVINCIAL),
                cityCell(city, IndustryLevel.NATIONAL, TargetMetric.APPLIED),
                cityCell(city, IndustryLevel.NATIONAL, TargetMetric.PASSED),
                cityCell(city, IndustryLevel.PROVINCIAL, TargetMetric.APPLIED),
                cityCell(city, IndustryLevel.PROVINCIAL, TargetMetric.PASSED));
    }

    private static String cityCounted(CitySnapshot city, IndustryLevel level) {
        return city.levels().stream().filter(l -> l.level().equals(LevelShares.key(level))).findFirst()
                .map(l -> String.valueOf(l.counted())).orElse(NONE);
    }

    /**
     * The city carries no 附件1 target: the column of the metric a city goal (方案二) measures shows that goal
     * ("≥20") and whether the city meets it; the other column shows the count and share only.
     */
    private TargetTableRow.Cell cityCell(CitySnapshot city, IndustryLevel level, TargetMetric metric) {
        CityLevelShares shares = city.levels().stream().filter(l -> l.level().equals(LevelShares.key(level)))
                .findFirst().orElse(null);
        if (shares == null) {
            return new TargetTableRow.Cell(NONE, NONE, NONE, "无数据");
        }
        boolean applied = metric == TargetMetric.APPLIED;
        Optional<CityGoal> goal = reference.cityGoals().stream()
                .filter(g -> g.level() == level && g.metric() != TargetMetric.COUNT).findFirst();
        TargetMetric goalMetric = goal.map(CityGoal::metric).orElse(TargetMetric.PASSED);
        boolean hasGoal = shares.goalThreshold() != null && goalMetric == metric;
        String target = hasGoal ? TargetTableReport.threshold(goal.map(CityGoal::comparison).orElse(Comparison.GE),
                shares.goalThreshold()) : NONE;
        if (shares.counted() == 0) {
            return new TargetTableRow.Cell(NONE, target, NONE, cellText(TargetVerdict.NOT_ASSESSED.words()));
        }
        BigDecimal share = hasGoal && shares.goalShare() != null ? shares.goalShare()
                : applied ? shares.appliedShare() : shares.passedShare();
        String count = String.valueOf(applied ? shares.applied() : shares.passed());
        return new TargetTableRow.Cell(count, target, TargetTableReport.percent(share),
                hasGoal ? cellText(status(shares.goalVerdict(), shares.goalGap())) : NONE);
    }
}
