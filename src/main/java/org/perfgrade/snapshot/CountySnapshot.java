package org.perfgrade.snapshot;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import org.perfgrade.reference.IndustryLevel;

/** 县区完成情况: one county (by its name, in 附件1 order) with its national and provincial figures. */
@JsonPropertyOrder({ "county", "levels" })
public record CountySnapshot(String county, List<LevelShares> levels) {

    public CountySnapshot {
        levels = levels == null ? List.of() : List.copyOf(levels);
    }

    /** The figures of one level. */
    public LevelShares level(IndustryLevel level) {
        String key = LevelShares.key(level);
        return levels.stream().filter(l -> l.level().equals(key)).findFirst().orElseThrow();
    }
}
