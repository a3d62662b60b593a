package org.perfgrade.snapshot;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import org.perfgrade.reference.IndustryLevel;

/**
 * 全市完成情况: the city's figures per level with its goals, and the D-grade goal (全市范围内基本消除D级企业).
 *
 * @param dCount   enterprises whose lowest grade is D at one level or more, each once
 * @param dGoal    the largest number of D-grade enterprises that meets the goal (0), null without such a goal
 * @param dGoalMet whether {@code dCount} meets it; null without such a goal, and null (not assessed) when the city
 *                 counts no enterprise at any level — "基本消除D级企业" is achieved only where there are enterprises
 */
@JsonPropertyOrder({ "levels", "dCount", "dGoal", "dGoalMet" })
public record CitySnapshot(List<CityLevelShares> levels, int dCount, Integer dGoal, Boolean dGoalMet) {

    public CitySnapshot {
        levels = levels == null ? List.of() : List.copyOf(levels);
        if (!levels.isEmpty() && levels.stream().allMatch(l -> l.counted() == 0)) {
            dGoalMet = null;
        }
    }

    /** The D-grade goal: 达标, 未达标, or not assessed without enterprises or goal. */
    public TargetVerdict dGoalVerdict() {
        return TargetVerdict.of(dGoalMet);
    }

    /** Whether the city counts any enterprise at any level. */
    public boolean hasEnterprises() {
        return levels.stream().anyMatch(l -> l.counted() > 0);
    }

    /** The figures of one level. */
    public CityLevelShares level(IndustryLevel level) {
        String key = LevelShares.key(level);
        return levels.stream().filter(l -> l.level().equals(key)).findFirst().orElseThrow();
    }
}
