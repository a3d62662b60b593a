package org.perfgrade.notice;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.perfgrade.reference.Comparison;
import org.perfgrade.reference.County;
import org.perfgrade.reference.IndustryLevel;
import org.perfgrade.reference.ReferenceData;
import org.perfgrade.reference.Target;
import org.perfgrade.reference.TargetMetric;
import org.perfgrade.snapshot.CountySnapshot;
import org.perfgrade.snapshot.LevelShares;
import org.perfgrade.snapshot.Snapshot;

/**
 * 县区进展排名: the counties of a snapshot ranked by their national A/B passed share, then the provincial one (equal
 * shares share a rank, 附件1 order within it), with the snapshot's figures as printed in 附件1 of the progress notice
 * and the targets each county misses. A level where a county has no enterprise carries no target for it; a county
 * without any enterprise is neither met nor missed.
 */
final class CountyRanking {

    /** Shares are printed without "%" (the header says it), so that "66.67" fits its column on one line. */
    static final List<String> COLUMNS = List.of("排名", "县区", "国家级企业数", "国家级申报数", "国家级申报占比（%）",
            "国家级通过数", "国家级通过占比（%）", "省级企业数", "省级申报数", "省级申报占比（%）", "省级通过数",
            "省级通过占比（%）", "是否达标");
    static final List<Integer> WIDTHS = List.of(5, 13, 6, 6, 9, 6, 9, 6, 6, 9, 6, 9, 10);

    private static final List<IndustryLevel> LEVELS = List.of(IndustryLevel.NATIONAL, IndustryLevel.PROVINCIAL);

    private final List<Ranked> ranked;

    private CountyRanking(List<Ranked> ranked) {
        this.ranked = ranked;
    }

    static CountyRanking of(Snapshot snapshot, ReferenceData reference) {
        Comparator<CountySnapshot> byShares = Comparator
                .comparing((CountySnapshot c) -> passed(c, IndustryLevel.NATIONAL),
                        Comparator.nullsFirst(Comparator.<BigDecimal>naturalOrder()))
                .thenComparing(c -> passed(c, IndustryLevel.PROVINCIAL),
                        Comparator.nullsFirst(Comparator.<BigDecimal>naturalOrder())).reversed();
        List<CountySnapshot> sorted = snapshot.counties().stream().sorted(byShares).toList();
        List<Ranked> ranked = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            CountySnapshot c = sorted.get(i);
            int rank = i > 0 && byShares.compare(sorted.get(i - 1), c) == 0 ? ranked.get(i - 1).rank() : i + 1;
            ranked.add(new Ranked(rank, c, misses(c, reference)));
        }
        return new CountyRanking(ranked);
    }

    /** The counties, best first. */
    List<Ranked> ranked() {
        return ranked;
    }

    /** The rows of 附件1. */
    List<List<String>> rows() {
        return ranked.stream().map(r -> {
            List<String> row = new ArrayList<>();
            row.add(String.valueOf(r.rank()));
            row.add(r.county().county());
            for (IndustryLevel level : LEVELS) {
                LevelShares l = r.county().level(level);
                row.add(String.valueOf(l.counted()));
                row.add(String.valueOf(l.applied()));
                row.add(FigurePhrasing.percentNumber(l.appliedShare()));
                row.add(String.valueOf(l.passed()));
                row.add(FigurePhrasing.percentNumber(l.passedShare()));
            }
            row.add(r.status());
            return row;
        }).toList();
    }

    /** The names of the first and of the last counties with enterprises, up to three each and never overlapping. */
    List<List<String>> ends() {
        List<String> names = ranked.stream().filter(Ranked::hasEnterprises).map(r -> r.county().county()).toList();
        int k = Math.min(3, names.size() / 2);
        return List.of(names.subList(0, k), names.subList(names.size() - k, names.size()));
    }

    private static BigDecimal passed(CountySnapshot c, IndustryLevel level) {
        return c.level(level).passedShare();
    }

    /** "国家级通过占比20.00%（目标高于20%）" for each target the county misses at a level with enterprises. */
    private static List<String> misses(CountySnapshot c, ReferenceData reference) {
        String code = reference.county(c.county()).map(County::code).orElse(c.county());
        List<String> misses = new ArrayList<>();
        for (IndustryLevel level : LEVELS) {
            LevelShares l = c.level(level);
            if (l.counted() == 0) {
                continue;
            }
            String name = level == IndustryLevel.NATIONAL ? "国家级" : "省级";
            if (Boolean.FALSE.equals(l.appliedMet())) {
                misses.add(name + "申报占比" + FigurePhrasing.percent(l.appliedShare()) + "（目标"
                        + target(reference, code, level, TargetMetric.APPLIED, l.appliedTarget()) + "）");
            }
            if (Boolean.FALSE.equals(l.passedMet())) {
                misses.add(name + "通过占比" + FigurePhrasing.percent(l.passedShare()) + "（目标"
                        + target(reference, code, level, TargetMetric.PASSED, l.passedTarget()) + "）");
            }
        }
        return misses;
    }

    private static String target(ReferenceData reference, String code, IndustryLevel level, TargetMetric metric,
                                 BigDecimal fraction) {
        Optional<Target> t = reference.targets(code).stream()
                .filter(x -> x.level() == level && x.metric() == metric).findFirst();
        Comparison comparison = t.map(Target::comparison).orElse(Comparison.GT);
        return fraction == null ? "未设定" : FigurePhrasing.goal(comparison, fraction);
    }

    /**
     * One county in the ranking.
     *
     * @param misses the targets it misses, in words; empty when it meets them all or has no enterprise
     */
    record Ranked(int rank, CountySnapshot county, List<String> misses) {

        boolean hasEnterprises() {
            return county.levels().stream().anyMatch(l -> l.counted() > 0);
        }

        /** 达标 / 未达标 / 无重点行业企业. */
        String status() {
            return !hasEnterprises() ? "无重点行业企业" : misses.isEmpty() ? "达标" : "未达标";
        }
    }
}
