package org.perfgrade.snapshot;

import java.math.BigDecimal;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import org.perfgrade.reference.IndustryLevel;

/**
 * 县区分级别完成情况 (附件1 one row, one level): enterprises counted, A/B-class applications and passes with their
 * shares, the targets as fractions, met or not and the gap. Shares and targets are written as decimal strings with
 * four places ("0.2143", "0.2500"). A county without enterprises at the level has counted 0, shares "0.0000",
 * met false and gap null.
 *
 * @param level  {@code national} or {@code provincial}
 * @param dCount enterprises whose lowest grade at the level is D
 */
@JsonPropertyOrder({ "level", "counted", "applied", "appliedShare", "passed", "passedShare", "appliedTarget",
        "passedTarget", "appliedMet", "passedMet", "appliedGap", "passedGap", "dCount" })
public record LevelShares(String level, int counted, int applied,
                          @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal appliedShare,
                          int passed,
                          @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal passedShare,
                          @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal appliedTarget,
                          @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal passedTarget,
                          Boolean appliedMet, Boolean passedMet, Integer appliedGap, Integer passedGap,
                          int dCount) {

    public LevelShares {
        if (counted == 0) {
            appliedShare = null;
            passedShare = null;
            appliedMet = null;
            passedMet = null;
            appliedGap = null;
            passedGap = null;
        }
        if (appliedTarget == null) {
            appliedMet = null;
            appliedGap = null;
        }
        if (passedTarget == null) {
            passedMet = null;
            passedGap = null;
        }
    }

    /** The 申报占比 against its target. */
    public TargetVerdict appliedVerdict() {
        return TargetVerdict.of(appliedMet);
    }

    /** The 通过占比 against its target. */
    public TargetVerdict passedVerdict() {
        return TargetVerdict.of(passedMet);
    }

    static LevelShares of(IndustryLevel level, LevelCount count, ShareFigures applied, ShareFigures passed) {
        return new LevelShares(key(level), count.counted(), count.applied(), applied.share(), count.passed(),
                passed.share(), applied.target(), passed.target(), applied.met(), passed.met(), applied.gap(),
                passed.gap(), count.dCount());
    }

    /** The JSON name of a level: {@code national} / {@code provincial}. */
    public static String key(IndustryLevel level) {
        return level.name().toLowerCase(Locale.ROOT);
    }

    /** The level of a JSON name. */
    public static IndustryLevel level(String key) {
        return IndustryLevel.valueOf(key.toUpperCase(Locale.ROOT));
    }
}
