package org.perfgrade.replay;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonFormat;

import org.perfgrade.snapshot.CityLevelShares;
import org.perfgrade.snapshot.Snapshot;

/**
 * 每周进展: the city's figures at the end of a replayed week (its last working day) — per level the A/B shares
 * applied and passed and the goal share against the goal (方案二) — and the D-grade count, as {@code demo} prints
 * them week by week.
 *
 * @param weekEnding the last replayed working day of the week
 * @param levels     national, then provincial
 * @param dCount     enterprises graded D at one level or more
 */
public record ReplayWeek(LocalDate weekEnding, List<Level> levels, int dCount) {

    public ReplayWeek {
        levels = List.copyOf(levels);
    }

    /**
     * One level's city figures (4-decimal strings in JSON, as {@code nightly --json}); shares null without
     * enterprises.
     */
    public record Level(String level, int counted,
                        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal appliedShare,
                        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal passedShare,
                        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal goalShare,
                        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal goalThreshold,
                        Boolean goalMet) {
    }

    /** The week's figures from the snapshot of its last day. */
    public static ReplayWeek of(Snapshot snapshot) {
        List<Level> levels = snapshot.city().levels().stream().map(ReplayWeek::level).toList();
        return new ReplayWeek(snapshot.asOf(), levels, snapshot.city().dCount());
    }

    private static Level level(CityLevelShares l) {
        return new Level(l.level(), l.counted(), l.appliedShare(), l.passedShare(), l.goalShare(), l.goalThreshold(),
                l.goalMet());
    }
}
