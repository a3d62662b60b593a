package org.perfgrade.snapshot;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * 全市分级别完成情况: the county figures of one level summed over the counties, with the city goal of the level
 * (方案二: national A/B + 绩效引领性 ≥ 20 %, provincial A/B ≥ 25 %). The city carries no 附件1 target, so
 * {@code appliedTarget}, {@code passedTarget}, the met flags and the gaps of the targets are null.
 *
 * @param goalThreshold the goal as a fraction ("0.2000"), null when the level has no goal
 * @param goalShare     the goal's numerator (A/B, with or without 绩效引领性 as the goal says) over the enterprises
 * @param goalMet       decided on the exact fraction; null (not assessed) when the city counts no enterprise at the level
 *                      or the level has no goal; shares and goal share are null without enterprises too
 * @param goalGap       further enterprises needed to meet the goal (0 when met, null when unreachable or no goal)
 */
@JsonPropertyOrder({ "level", "counted", "applied", "appliedShare", "passed", "passedShare", "appliedTarget",
        "passedTarget", "appliedMet", "passedMet", "appliedGap", "passedGap", "dCount", "goalThreshold",
        "goalShare", "goalMet", "goalGap" })
public record CityLevelShares(String level, int counted, int applied,
                              @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal appliedShare,
                              int passed,
                              @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal passedShare,
                              @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal appliedTarget,
                              @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal passedTarget,
                              Boolean appliedMet, Boolean passedMet, Integer appliedGap, Integer passedGap,
                              int dCount,
                              @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal goalThreshold,
                              @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal goalShare,
                              Boolean goalMet, Integer goalGap) {

    public CityLevelShares {
        if (counted == 0) {
            appliedShare = null;
            passedShare = null;
            goalShare = null;
            goalMet = null;
            goalGap = null;
        }
        if (goalThreshold == null) {
            goalMet = null;
            goalGap = null;
        }
    }

    /** The city goal of the level: 达标, 未达标, or not assessed without enterprises or goal. */
    public TargetVerdict goalVerdict() {
        return TargetVerdict.of(goalMet);
    }
}
