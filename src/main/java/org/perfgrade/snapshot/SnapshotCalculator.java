package org.perfgrade.snapshot;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.perfgrade.reference.CampaignStage;
import org.perfgrade.reference.CityGoal;
import org.perfgrade.reference.County;
import org.perfgrade.reference.IndustryLevel;
import org.perfgrade.reference.ReferenceData;
import org.perfgrade.reference.Target;
import org.perfgrade.reference.TargetMetric;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 进展统计: computes the snapshot of a business day from the ledger as it stood that day — per county (附件1 order)
 * and level the enterprises, A/B-class applications and passes, shares against the 附件1 targets, gaps and D-grade
 * counts; the city totals against the goals of 方案二; the overdue and late items. Counting follows
 * {@link CountingRules}. Reads two streamed queries, so tens of thousands of lines are fine.
 */
@Service
public class SnapshotCalculator {

    private final AsOfLedger ledger;
    private final CampaignProgress progress;
    private final ReferenceData data;
    private final CountingRules rules;
    private final GradeRanking ranking;

    SnapshotCalculator(AsOfLedger ledger, CampaignProgress progress, ReferenceData data, CountingRules rules) {
        this.ledger = ledger;
        this.progress = progress;
        this.data = data;
        this.rules = rules;
        this.ranking = new GradeRanking(data, rules);
    }

    /** The snapshot at the end of the day; its {@code changes} are empty (see {@link SnapshotChanges}). */
    @Transactional(readOnly = true)
    public Snapshot compute(LocalDate asOf) {
        Map<Long, String> applications = ledger.applications(asOf, data.calendar().year());
        Set<Long> appliedLines = applications.entrySet().stream().filter(e -> ranking.abClass(e.getValue()))
                .map(Map.Entry::getKey).collect(Collectors.toCollection(HashSet::new));
        LevelTally tally = LevelTally.of(ledger.lines(asOf), appliedLines, ranking, rules);
        List<CountySnapshot> counties = new ArrayList<>();
        for (County county : data.counties()) {
            List<LevelShares> levels = new ArrayList<>();
            for (IndustryLevel level : IndustryLevel.values()) {
                LevelCount count = tally.count(county.code(), level);
                levels.add(LevelShares.of(level, count,
                        figures(count.applied(), count.counted(), target(county, level, TargetMetric.APPLIED)),
                        figures(count.passed(), count.counted(), target(county, level, TargetMetric.PASSED))));
            }
            counties.add(new CountySnapshot(county.name(), levels));
        }
        CampaignProgress.Deadlines deadlines = progress.deadlines(asOf);
        return new Snapshot(asOf, rules.describe(data), counties, city(tally), deadlines.overdue(), deadlines.late(),
                List.of());
    }

    /** 当前阶段 of the calendar on the day (see {@link CampaignProgress#currentStage}). */
    public Optional<CampaignStage> currentStage(LocalDate day) {
        return progress.currentStage(day);
    }

    private CitySnapshot city(LevelTally tally) {
        List<CityLevelShares> levels = new ArrayList<>();
        for (IndustryLevel level : IndustryLevel.values()) {
            LevelCount sum = data.counties().stream().map(c -> tally.count(c.code(), level))
                    .reduce(LevelCount.NONE, LevelCount::plus);
            Optional<CityGoal> goal = data.cityGoals().stream()
                    .filter(g -> g.level() == level && g.metric() != TargetMetric.COUNT).findFirst();
            int goalNumerator = goal.map(g -> sum.goalNumerator(g.includeLeading())).orElse(sum.passed());
            ShareFigures goalFigures = ShareCalculator.figures(goalNumerator, sum.counted(),
                    goal.map(CityGoal::threshold).orElse(null), goal.map(CityGoal::comparison).orElse(null));
            levels.add(new CityLevelShares(LevelShares.key(level), sum.counted(), sum.applied(),
                    ShareCalculator.share(sum.applied(), sum.counted()), sum.passed(),
                    ShareCalculator.share(sum.passed(), sum.counted()), null, null, null, null, null, null,
                    sum.dCount(), goalFigures.target(), goalFigures.share(), goalFigures.met(), goalFigures.gap()));
        }
        Set<String> codes = data.counties().stream().map(County::code).collect(Collectors.toSet());
        int dCount = tally.countedGradeEnterprises(codes);
        Optional<CityGoal> dGoal = data.cityGoals().stream().filter(g -> g.metric() == TargetMetric.COUNT)
                .findFirst();
        return new CitySnapshot(levels, dCount, dGoal.map(g -> g.threshold().intValue()).orElse(null),
                dGoal.map(g -> g.comparison().isMet(BigDecimal.valueOf(dCount), g.threshold()))
                        .orElse(null));
    }

    private Optional<Target> target(County county, IndustryLevel level, TargetMetric metric) {
        int year = data.calendar().year();
        return data.targets(county.code()).stream()
                .filter(t -> t.year() == year && t.level() == level && t.metric() == metric).findFirst();
    }

    private static ShareFigures figures(int numerator, int denominator, Optional<Target> target) {
        return ShareCalculator.figures(numerator, denominator, target.map(Target::threshold).orElse(null),
                target.map(Target::comparison).orElse(null));
    }
}
