package org.perfgrade.snapshot;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import org.perfgrade.reference.IndustryLevel;

/**
 * 全市完成情况: the city's figures per level with its goals, and the D-grade goal (全市范围内基本消除D级企业).
 *
 * @param dCount   enterprises whose lowest grade is D at one level or more, each once
 * @param dGoal    the largest number of D-grade enterprises that meets the goal (0), null without such a goal
 * @param dGoalMet whether {@code dCount} meets it, null without such a goal
 */
@JsonPropertyOrder({ "levels", "dCount", "dGoal", "dGoalMet" })
public record CitySnapshot(List<CityLevelShares> levels, int dCount, Integer dGoal, Boolean dGoalMet) {

    public CitySnapshot {
        levels = levels == null ? List.of() : List.copyOf(levels);
    }

    /** The figures of one level. */
    public CityLevelShares level(IndustryLevel level) {
        String key = LevelShares.key(level);
        return levels.stream().filter(l -> l.level().equals(key)).findFirst().orElseThrow();
    }
}
