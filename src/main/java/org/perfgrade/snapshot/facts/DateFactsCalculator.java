package org.perfgrade.snapshot.facts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import org.perfgrade.reference.Comparison;
import org.perfgrade.reference.County;
import org.perfgrade.reference.IndustryLevel;
import org.perfgrade.reference.ReferenceData;
import org.perfgrade.reference.Target;
import org.perfgrade.reference.TargetMetric;
import org.perfgrade.snapshot.CountySnapshot;
import org.perfgrade.snapshot.LevelShares;
import org.perfgrade.snapshot.Snapshot;
import org.perfgrade.snapshot.TargetVerdict;

/**
 * Reads the {@link DateFacts} of a snapshot: the verdict of every county on each of its four targets, the ranking
 * by the configured criteria ({@link RankingProperties}), with equal counties sharing a rank (1, 1, 3 …) in 附件1
 * order, and the counties named at either end. Pure arithmetic over the snapshot's counts (cross-multiplied, never on
 * rounded shares), so rendering one date twice, or on H2 and on MySQL, gives the same facts.
 */
@Component
public class DateFactsCalculator {

    private static final List<IndustryLevel> LEVELS = List.of(IndustryLevel.NATIONAL, IndustryLevel.PROVINCIAL);
    private static final List<TargetMetric> METRICS = List.of(TargetMetric.APPLIED, TargetMetric.PASSED);

    private final ReferenceData reference;
    private final RankingProperties rule;

    public DateFactsCalculator(ReferenceData reference, RankingProperties rule) {
        this.reference = reference;
        this.rule = rule;
    }

    /** The facts of the snapshot's date. */
    public DateFacts of(Snapshot snapshot) {
        List<CountyFacts> unranked = snapshot.counties().stream().map(this::targets).toList();
        Comparator<CountyFacts> order = comparator();
        List<CountyFacts> ranked = unranked.stream().filter(c -> c.applicable() > 0).sorted(order).toList();
        List<CountyFacts> ranking = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            CountyFacts c = ranked.get(i);
            int first = i;
            while (first > 0 && order.compare(ranked.get(first - 1), c) == 0) {
                first--;
            }
            boolean tied = first < i || i + 1 < ranked.size() && order.compare(ranked.get(i + 1), c) == 0;
            ranking.add(new CountyFacts(c.figures(), c.targets(), first + 1, tied));
        }
        unranked.stream().filter(c -> c.applicable() == 0).forEach(ranking::add);
        List<CountyFacts> counties = unranked.stream()
                .map(c -> ranking.stream().filter(r -> r.county().equals(c.county())).findFirst().orElseThrow())
                .toList();
        List<String> leaders = ranking.stream().filter(CountyFacts::meetsAll).limit(rule.named())
                .map(CountyFacts::county).toList();
        List<CountyFacts> missing = counties.stream().filter(c -> c.missed() > 0).toList();
        List<CountyFacts> missingByRank = ranking.stream().filter(c -> c.missed() > 0).toList();
        List<String> trailers = missingByRank.subList(Math.max(0, missingByRank.size() - rule.named()),
                missingByRank.size()).stream().map(CountyFacts::county).toList();
        return new DateFacts(snapshot, counties, ranking, leaders, trailers, missing, rule.describe());
    }

    private CountyFacts targets(CountySnapshot county) {
        Optional<String> code = reference.county(county.county()).map(County::code);
        List<TargetFact> targets = new ArrayList<>();
        for (IndustryLevel level : LEVELS) {
            Optional<LevelShares> shares = county.levels().stream()
                    .filter(l -> l.level().equals(LevelShares.key(level))).findFirst();
            for (TargetMetric metric : METRICS) {
                targets.add(shares.map(l -> fact(l, level, metric, comparison(code, level, metric)))
                        .orElseGet(() -> new TargetFact(level, metric, 0, 0, null, null, null,
                                TargetVerdict.NOT_ASSESSED, null)));
            }
        }
        return new CountyFacts(county, targets, null, false);
    }

    private static TargetFact fact(LevelShares l, IndustryLevel level, TargetMetric metric, Comparison comparison) {
        boolean applied = metric == TargetMetric.APPLIED;
        BigDecimal target = applied ? l.appliedTarget() : l.passedTarget();
        return new TargetFact(level, metric, l.counted(), applied ? l.applied() : l.passed(),
                applied ? l.appliedShare() : l.passedShare(), target, target == null ? null : comparison,
                applied ? l.appliedVerdict() : l.passedVerdict(), applied ? l.appliedGap() : l.passedGap());
    }

    private Comparison comparison(Optional<String> code, IndustryLevel level, TargetMetric metric) {
        int year = reference.calendar().year();
        return code.flatMap(c -> reference.targets(c).stream()
                        .filter(t -> t.year() == year && t.level() == level && t.metric() == metric).findFirst())
                .map(Target::comparison).orElse(null);
    }

    /** Best first: each criterion in the configured order. */
    private Comparator<CountyFacts> comparator() {
        Comparator<CountyFacts> order = (a, b) -> 0;
        for (RankingCriterion criterion : rule.criteria()) {
            order = order.thenComparing(switch (criterion) {
                // a/b higher first: compare b.met × a.applicable with a.met × b.applicable
                case TARGETS_MET_SHARE -> (CountyFacts a, CountyFacts b) ->
                        Long.compare((long) b.met() * a.applicable(), (long) a.met() * b.applicable());
                case TOTAL_GAP -> Comparator.comparingInt(CountyFacts::gap);
                case PASSED_SHARE -> (CountyFacts a, CountyFacts b) ->
                        Long.compare((long) b.passed() * a.counted(), (long) a.passed() * b.counted());
            });
        }
        return order;
    }
}
