package org.perfgrade.report.trend;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

import org.perfgrade.snapshot.CityLevelShares;
import org.perfgrade.snapshot.CitySnapshot;
import org.perfgrade.snapshot.CountySnapshot;
import org.perfgrade.snapshot.LevelShares;
import org.perfgrade.snapshot.Snapshot;

/**
 * Made-up snapshots of four Mondays (7/26, 8/2, 8/9, 8/16): 兰考县 climbing at the national level with no provincial
 * enterprise, 尉氏县 dipping on 8/16 (a downgrade), 杞县 counted from 8/16 only; the city's goal shares rising, its
 * provincial level without enterprises on 7/26.
 */
public final class TrendSnapshots {

    public static final LocalDate JULY_26 = LocalDate.of(2021, 7, 26);
    public static final LocalDate AUGUST_2 = LocalDate.of(2021, 8, 2);
    public static final LocalDate AUGUST_9 = LocalDate.of(2021, 8, 9);
    public static final LocalDate AUGUST_16 = LocalDate.of(2021, 8, 16);
    public static final List<LocalDate> DATES = List.of(JULY_26, AUGUST_2, AUGUST_9, AUGUST_16);
    /** The city's national goal numerator (of 100) and provincial (of 40, none on 7/26) per date. */
    static final int[] NATIONAL_GOAL = { 10, 12, 15, 18 };
    static final int[] PROVINCIAL_GOAL = { 0, 8, 9, 10 };

    private TrendSnapshots() {
    }

    public static List<Snapshot> all() {
        return DATES.stream().map(TrendSnapshots::on).toList();
    }

    public static Snapshot on(LocalDate date) {
        int i = DATES.indexOf(date);
        CountySnapshot lankao = county("兰考县", 20, 2 + i, i == 0 ? 1 : 2, 0, 0, 0);
        CountySnapshot weishi = i == 3 ? county("尉氏县", 10, 2, 2, 4, 2, 1) : county("尉氏县", 10, 3, 3, 4, 2, 1);
        List<CountySnapshot> counties = i == 3
                ? List.of(lankao, weishi, county("杞县", 10, 1, 0, 0, 0, 0))
                : List.of(lankao, weishi);
        CitySnapshot city = new CitySnapshot(List.of(
                cityLevel("national", 100, 30, 20, "0.2000", NATIONAL_GOAL[i]),
                cityLevel("provincial", i == 0 ? 0 : 40, i == 0 ? 0 : 12, PROVINCIAL_GOAL[i], "0.2500",
                        PROVINCIAL_GOAL[i])), 1, 0, false);
        return new Snapshot(date, List.of("测试口径"), counties, city, List.of(), List.of(), List.of());
    }

    static CountySnapshot county(String name, int nCounted, int nApplied, int nPassed, int pCounted, int pApplied,
                                 int pPassed) {
        return new CountySnapshot(name, List.of(level("national", nCounted, nApplied, nPassed, "0.2500", "0.2000"),
                level("provincial", pCounted, pApplied, pPassed, "0.3000", "0.2500")));
    }

    private static LevelShares level(String level, int counted, int applied, int passed, String appliedTarget,
                                     String passedTarget) {
        return new LevelShares(level, counted, applied, share(applied, counted), passed, share(passed, counted),
                new BigDecimal(appliedTarget), new BigDecimal(passedTarget), false, false, 1, 1, 0);
    }

    private static CityLevelShares cityLevel(String level, int counted, int applied, int passed, String goal,
                                             int goalNumerator) {
        BigDecimal goalShare = share(goalNumerator, counted);
        return new CityLevelShares(level, counted, applied, share(applied, counted), passed, share(passed, counted),
                null, null, null, null, null, null, 0, new BigDecimal(goal), goalShare,
                goalShare.compareTo(new BigDecimal(goal)) >= 0, 0);
    }

    static BigDecimal share(int numerator, int denominator) {
        return denominator == 0 ? new BigDecimal("0.0000")
                : BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), 4, RoundingMode.HALF_UP);
    }
}
