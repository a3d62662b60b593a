package org.perfgrade.snapshot.facts;

import java.math.BigDecimal;

import org.perfgrade.reference.Comparison;
import org.perfgrade.reference.IndustryLevel;
import org.perfgrade.reference.TargetMetric;
import org.perfgrade.snapshot.TargetVerdict;

/**
 * 单项目标完成情况: one county's share at one level and metric against its 附件1 target.
 *
 * @param counted    enterprises of the level (分母)
 * @param numerator  enterprises counted in the share
 * @param share      the share (four places), null when not assessed
 * @param target     the target as a fraction, null without one
 * @param comparison how the share is held against it, null without a target
 * @param gap        further enterprises needed (0 when met), null when not assessed or unreachable
 */
public record TargetFact(IndustryLevel level, TargetMetric metric, int counted, int numerator, BigDecimal share,
                         BigDecimal target, Comparison comparison, TargetVerdict verdict, Integer gap) {

    /** Whether the target applies: the county has enterprises at the level and the level a target. */
    public boolean applies() {
        return verdict != TargetVerdict.NOT_ASSESSED;
    }

    /**
     * The enterprises this target still lacks, for the ranking: 0 unless missed; the gap when one can close it,
     * else every enterprise not yet counted.
     */
    public int shortfall() {
        if (verdict != TargetVerdict.MISSED) {
            return 0;
        }
        return gap != null ? gap : counted - numerator;
    }

    /** "国家级通过占比" and so on. */
    public String name() {
        return (level == IndustryLevel.NATIONAL ? "国家级" : "省级") + (metric == TargetMetric.APPLIED ? "申报占比" : "通过占比");
    }
}
