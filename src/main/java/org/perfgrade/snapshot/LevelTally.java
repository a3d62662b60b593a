package org.perfgrade.snapshot;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.perfgrade.reference.IndustryLevel;

/**
 * 按级别计数: turns the lines of the day into enterprise counts per county and level. A multi-industry enterprise
 * counts once per level, by its lowest grade there (就低); it is 申报 when the rules say so for its grade or for an
 * A/B-class application on one of its lines at that level. Pure: no database, no Spring.
 */
final class LevelTally {

    private final Map<String, Map<IndustryLevel, LevelCount>> byCounty = new LinkedHashMap<>();
    private final Map<Long, String> countedGradeCounty = new HashMap<>();

    private LevelTally() {
    }

    /**
     * @param lines        the lines that count on the day, with their grade that day
     * @param appliedLines the lines with an A/B-class application counted on the day
     */
    static LevelTally of(Collection<AsOfLine> lines, Set<Long> appliedLines, GradeRanking ranking,
                         CountingRules rules) {
        Map<Key, Lowest> enterprises = new HashMap<>();
        for (AsOfLine line : lines) {
            String grade = ranking.effective(line.grade(), line.industry(), line.branch());
            Lowest lowest = enterprises.computeIfAbsent(new Key(line.enterpriseId(), line.level()),
                    k -> new Lowest(line.countyCode()));
            int rank = ranking.rank(grade);
            if (!lowest.seen || rank > lowest.rank) {
                lowest.seen = true;
                lowest.rank = rank;
                lowest.grade = grade;
            }
            lowest.application |= appliedLines.contains(line.lineId());
        }
        LevelTally tally = new LevelTally();
        enterprises.forEach((key, lowest) -> {
            boolean passed = ranking.abClass(lowest.grade);
            boolean leading = ranking.leading(lowest.grade);
            boolean applied = (rules.passedCountsAsApplied() && passed)
                    || (rules.applicationCountsAsApplied() && lowest.application);
            boolean counted = ranking.counted(lowest.grade);
            if (counted) {
                tally.countedGradeCounty.put(key.enterpriseId(), lowest.countyCode);
            }
            LevelCount one = new LevelCount(1, applied ? 1 : 0, passed ? 1 : 0, passed && !leading ? 1 : 0,
                    leading ? 1 : 0, counted ? 1 : 0);
            tally.byCounty.computeIfAbsent(lowest.countyCode, c -> new EnumMap<>(IndustryLevel.class))
                    .merge(key.level(), one, LevelCount::plus);
        });
        return tally;
    }

    /** The count of a county at a level; {@link LevelCount#NONE} when it has no enterprise there. */
    LevelCount count(String countyCode, IndustryLevel level) {
        return byCounty.getOrDefault(countyCode, Map.of()).getOrDefault(level, LevelCount.NONE);
    }

    /** Enterprises whose lowest grade is D at one level or more, each once (the city's D-grade count). */
    int countedGradeEnterprises(Set<String> countyCodes) {
        return (int) countedGradeCounty.values().stream().filter(countyCodes::contains).count();
    }

    private record Key(long enterpriseId, IndustryLevel level) {
    }

    private static final class Lowest {
        private final String countyCode;
        private boolean seen;
        private int rank;
        private String grade;
        private boolean application;

        Lowest(String countyCode) {
            this.countyCode = countyCode;
        }
    }
}
