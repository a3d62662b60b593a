package org.perfgrade.notice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.perfgrade.reference.Comparison;
import org.perfgrade.reference.County;
import org.perfgrade.reference.IndustryLevel;
import org.perfgrade.reference.ReferenceData;
import org.perfgrade.reference.TargetMetric;
import org.perfgrade.snapshot.CityLevelShares;
import org.perfgrade.snapshot.CitySnapshot;
import org.perfgrade.snapshot.CountySnapshot;
import org.perfgrade.snapshot.LateItem;
import org.perfgrade.snapshot.LevelShares;
import org.perfgrade.snapshot.OverdueItem;
import org.perfgrade.snapshot.ShareCalculator;
import org.perfgrade.snapshot.ShareFigures;
import org.perfgrade.snapshot.Snapshot;

/**
 * Snapshots of 2021-09-30 written by hand for the progress notice, against the shipped 附件1 targets (national:
 * applied &gt;25 %, passed &gt;20 %; provincial: applied &gt;30 %, passed &gt;25 %) and city goals (national ≥20 %,
 * provincial ≥25 %, no D-grade enterprise); counties not given have no enterprise.
 */
final class ProgressDataSets {

    static final LocalDate AS_OF = LocalDate.of(2021, 9, 30);

    private final ReferenceData reference;

    ProgressDataSets(ReferenceData reference) {
        this.reference = reference;
    }

    /** A county's figures: national counted/applied/passed, provincial counted/applied/passed. */
    CountySnapshot county(String name, int nc, int na, int np, int pc, int pa, int pp) {
        String code = reference.county(name).map(County::code).orElseThrow();
        return new CountySnapshot(name, List.of(level("national", code, nc, na, np), level("provincial", code, pc, pa,
                pp)));
    }

    /** The snapshot with these counties, the city summed from them, {@code dCount} D-grade enterprises. */
    Snapshot snapshot(int dCount, List<OverdueItem> overdue, List<LateItem> late, CountySnapshot... given) {
        List<CountySnapshot> counties = new ArrayList<>();
        for (County c : reference.counties()) {
            counties.add(List.of(given).stream().filter(g -> g.county().equals(c.name())).findFirst()
                    .orElseGet(() -> county(c.name(), 0, 0, 0, 0, 0, 0)));
        }
        List<CityLevelShares> city = List.of(city(counties, "national", 20), city(counties, "provincial", 25));
        return new Snapshot(AS_OF, List.of(), counties, new CitySnapshot(city, dCount, 0, dCount == 0), overdue, late,
                List.of());
    }

    Snapshot snapshot(CountySnapshot... given) {
        return snapshot(0, List.of(), List.of(), given);
    }

    private static CityLevelShares city(List<CountySnapshot> counties, String key, int goal) {
        int counted = 0;
        int applied = 0;
        int passed = 0;
        for (CountySnapshot c : counties) {
            LevelShares l = c.levels().stream().filter(x -> x.level().equals(key)).findFirst().orElseThrow();
            counted += l.counted();
            applied += l.applied();
            passed += l.passed();
        }
        BigDecimal threshold = BigDecimal.valueOf(goal);
        return new CityLevelShares(key, counted, applied, ShareCalculator.share(applied, counted), passed,
                ShareCalculator.share(passed, counted), null, null, null, null, null, null, 0,
                ShareCalculator.fraction(threshold), ShareCalculator.share(passed, counted),
                ShareCalculator.met(passed, counted, threshold, Comparison.GE),
                ShareCalculator.gap(passed, counted, threshold, Comparison.GE));
    }

    private LevelShares level(String key, String code, int counted, int applied, int passed) {
        IndustryLevel level = LevelShares.level(key);
        ShareFigures a = figures(code, level, TargetMetric.APPLIED, applied, counted);
        ShareFigures p = figures(code, level, TargetMetric.PASSED, passed, counted);
        return new LevelShares(key, counted, applied, a.share(), passed, p.share(), a.target(), p.target(), a.met(),
                p.met(), a.gap(), p.gap(), 0);
    }

    private ShareFigures figures(String code, IndustryLevel level, TargetMetric metric, int n, int d) {
        var target = reference.targets(code).stream().filter(t -> t.level() == level && t.metric() == metric)
                .findFirst().orElseThrow();
        return ShareCalculator.figures(n, d, target.threshold(), target.comparison());
    }
}
