package org.perfgrade.snapshot.facts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Objects;
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
        List<CountyFacts> missing = counties.stream().filter(c -> c.missed() > 0).toList();
        List<String> leaders = names(groups(ranking.stream().filter(CountyFacts::meetsAll).toList()), true);
        List<List<CountyFacts>> bottom = new ArrayList<>(groups(ranking.stream().filter(c -> c.missed() > 0).toList()));
        Collections.reverse(bottom);
        List<String> trailers = new ArrayList<>(names(bottom, false));
        trailers.sort(Comparator.comparingInt(name -> indexOf(ranking, name)));
        return new DateFacts(snapshot, counties, ranking, leaders, trailers, missing, rule.describe());
    }

    /** The counties split into groups of equal rank, in rank order. */
    private static List<List<CountyFacts>> groups(List<CountyFacts> byRank) {
        List<List<CountyFacts>> groups = new ArrayList<>();
        for (CountyFacts c : byRank) {
            if (groups.isEmpty() || !Objects.equals(groups.get(groups.size() - 1).get(0).rank(), c.rank())) {
                groups.add(new ArrayList<>());
            }
            groups.get(groups.size() - 1).add(c);
        }
        return groups;
    }

    /**
     * Whole groups of equal rank, in the given order, while they fit in {@link RankingProperties#named()}: a tie is
     * never cut. When the first group alone is larger, the leaders name it whole (each of them meets every target);
     * the trailers name nobody rather than single out some of many equals.
     */
    private List<String> names(List<List<CountyFacts>> groups, boolean wholeFirstGroup) {
        List<String> names = new ArrayList<>();
        for (List<CountyFacts> group : groups) {
            if (names.size() + group.size() > rule.named()) {
                if (names.isEmpty() && wholeFirstGroup) {
                    group.forEach(c -> names.add(c.county()));
                }
                break;
            }
            group.forEach(c -> names.add(c.county()));
        }
        return names;
    }

    private static int indexOf(List<CountyFacts> ranking, String county) {
        for (int i = 0; i < ranking.size(); i++) {
            if (ranking.get(i).county().equals(county)) {
                return i;
            }
        }
        return -1;
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
