package org.perfgrade.snapshot.facts;

import java.util.List;
import java.util.Optional;

import org.perfgrade.reference.IndustryLevel;
import org.perfgrade.reference.TargetMetric;
import org.perfgrade.snapshot.CountySnapshot;
import org.perfgrade.snapshot.LevelShares;
import org.perfgrade.snapshot.TargetVerdict;

/**
 * 县区完成情况结论: one county's figures, its verdict on every target and its place in the ranking.
 *
 * @param figures the county's snapshot figures (counts and shares per level)
 * @param targets its four targets (national/provincial × applied/passed), in that order
 * @param rank    its rank (1 = best), null when it is not ranked (no target applies: no enterprise)
 * @param tied    whether another county shares the rank (printed 并列)
 */
public record CountyFacts(CountySnapshot figures, List<TargetFact> targets, Integer rank, boolean tied) {

    public CountyFacts {
        targets = List.copyOf(targets);
    }

    public String county() {
        return figures.county();
    }

    /** Whether it counts any enterprise at any level. */
    public boolean hasEnterprises() {
        return figures.levels().stream().anyMatch(l -> l.counted() > 0);
    }

    /** The targets that apply. */
    public int applicable() {
        return (int) targets.stream().filter(TargetFact::applies).count();
    }

    /** The targets met. */
    public int met() {
        return (int) targets.stream().filter(t -> t.verdict() == TargetVerdict.MET).count();
    }

    /** The targets missed. */
    public int missed() {
        return applicable() - met();
    }

    /** The enterprises still lacking over the targets missed (see {@link TargetFact#shortfall()}). */
    public int gap() {
        return targets.stream().mapToInt(TargetFact::shortfall).sum();
    }

    /** Whether it meets every target that applies, at least one applying. */
    public boolean meetsAll() {
        return applicable() > 0 && missed() == 0;
    }

    /** Σ passed over both levels. */
    public int passed() {
        return figures.levels().stream().mapToInt(LevelShares::passed).sum();
    }

    /** Σ counted over both levels. */
    public int counted() {
        return figures.levels().stream().mapToInt(LevelShares::counted).sum();
    }

    /** The missed targets. */
    public List<TargetFact> misses() {
        return targets.stream().filter(t -> t.verdict() == TargetVerdict.MISSED).toList();
    }

    /** The target of a level and metric. */
    public Optional<TargetFact> target(IndustryLevel level, TargetMetric metric) {
        return targets.stream().filter(t -> t.level() == level && t.metric() == metric).findFirst();
    }

    /** 达标 when it meets every target that applies, 未达标 when it misses one, 无企业（不考核） when none applies. */
    public TargetVerdict verdict() {
        return applicable() == 0 ? TargetVerdict.NOT_ASSESSED : missed() == 0 ? TargetVerdict.MET : TargetVerdict.MISSED;
    }

    /** The rank as printed: "3", "3（并列）", or "—" when not ranked. */
    public String rankText() {
        return rank == null ? "—" : tied ? rank + "（并列）" : String.valueOf(rank);
    }
}
