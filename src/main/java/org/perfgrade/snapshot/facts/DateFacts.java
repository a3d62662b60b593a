package org.perfgrade.snapshot.facts;

import java.time.LocalDate;
import java.util.List;

import org.perfgrade.snapshot.CitySnapshot;
import org.perfgrade.snapshot.Snapshot;

/**
 * 统计日结论: the one set of facts every document of a date states — the snapshot's figures, each county's verdicts
 * and rank, the counties named as leading and trailing, the counties missing targets and whether all meet theirs.
 *
 * @param counties    every county in 附件1 order
 * @param ranking     the counties by rank (ties in 附件1 order), those not ranked last in 附件1 order
 * @param leaders     位居前列: up to {@link RankingProperties#named()} top-ranked counties that meet every target that
 *                    applies to them, whole ties only (a first tie larger than that is named whole); empty when none
 *                    meets all
 * @param trailers    排名靠后: up to that many of the lowest-ranked counties that miss a target, whole ties only, in
 *                    rank order; empty when the lowest tie alone is larger
 * @param missing     the counties missing at least one target, in 附件1 order
 * @param rankingRule the ranking rule in words
 */
public record DateFacts(Snapshot snapshot, List<CountyFacts> counties, List<CountyFacts> ranking,
                        List<String> leaders, List<String> trailers, List<CountyFacts> missing, String rankingRule) {

    public DateFacts {
        counties = List.copyOf(counties);
        ranking = List.copyOf(ranking);
        leaders = List.copyOf(leaders);
        trailers = List.copyOf(trailers);
        missing = List.copyOf(missing);
    }

    public LocalDate asOf() {
        return snapshot.asOf();
    }

    public CitySnapshot city() {
        return snapshot.city();
    }

    /** Whether any county counts an enterprise. */
    public boolean hasEnterprises() {
        return counties.stream().anyMatch(CountyFacts::hasEnterprises);
    }

    /**
     * 各县区均达到: at least one county has a target that applies, and every such county meets all of its targets.
     * False on a date without data.
     */
    public boolean allMet() {
        return counties.stream().anyMatch(c -> c.applicable() > 0) && missing.isEmpty();
    }

    /** 已实现基本消除D级企业: there are enterprises and the D-grade goal is met. */
    public boolean dGoalMet() {
        return city() != null && Boolean.TRUE.equals(city().dGoalMet()) && hasEnterprises();
    }

    /** A county's facts by its name. */
    public CountyFacts county(String name) {
        return counties.stream().filter(c -> c.county().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("统计中没有县区：" + name));
    }
}
