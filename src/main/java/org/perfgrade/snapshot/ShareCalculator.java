package org.perfgrade.snapshot;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.perfgrade.reference.Comparison;

/**
 * 占比计算: the share arithmetic of the targets (附件1) and goals (方案二), as pure functions. Whether a target is
 * met is decided on the exact fraction by cross-multiplication (n × 100 against threshold × d), never on a rounded
 * figure, so 1/5 is exactly 20 % and does not meet "&gt;20". Thresholds are percentages and may have decimals (22.5).
 */
public final class ShareCalculator {

    /** Decimal places of shares and targets as printed ("0.2143"). */
    public static final int SCALE = 4;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ShareCalculator() {
    }

    /** numerator / denominator, HALF_UP to four places; 0.0000 when the denominator is 0. For display only. */
    public static BigDecimal share(int numerator, int denominator) {
        if (denominator == 0) {
            return BigDecimal.ZERO.setScale(SCALE);
        }
        return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), SCALE, RoundingMode.HALF_UP);
    }

    /** A percentage threshold as a fraction with four places: 25 → 0.2500, 22.5 → 0.2250. */
    public static BigDecimal fraction(BigDecimal thresholdPercent) {
        return thresholdPercent == null ? null
                : thresholdPercent.movePointLeft(2).setScale(SCALE, RoundingMode.HALF_UP);
    }

    /**
     * Whether numerator / denominator meets the threshold, exactly: n × 100 &gt; t × d for GT, ≥ for GE, ≤ for LE.
     * Never met without enterprises (d = 0).
     */
    public static boolean met(int numerator, int denominator, BigDecimal thresholdPercent, Comparison comparison) {
        if (denominator <= 0 || thresholdPercent == null || comparison == null) {
            return false;
        }
        BigDecimal left = BigDecimal.valueOf(numerator).multiply(HUNDRED);
        BigDecimal right = thresholdPercent.multiply(BigDecimal.valueOf(denominator));
        return comparison.isMet(left, right);
    }

    /**
     * 差距: the smallest k ≥ 0 such that (n + k) / d meets the threshold, with k ≤ d − n (the further enterprises come
     * from the same denominator). 0 when met; null when no k can meet it (e.g. "&gt;100"), when there are no
     * enterprises, or for an upper bound (LE) that is exceeded (more enterprises never help).
     */
    public static Integer gap(int numerator, int denominator, BigDecimal thresholdPercent, Comparison comparison) {
        if (denominator <= 0 || thresholdPercent == null || comparison == null) {
            return null;
        }
        if (met(numerator, denominator, thresholdPercent, comparison)) {
            return 0;
        }
        if (comparison == Comparison.LE) {
            return null;
        }
        // the exact count t × d / 100 that the numerator must exceed (GT) or reach (GE)
        BigDecimal bound = thresholdPercent.multiply(BigDecimal.valueOf(denominator)).movePointLeft(2);
        BigDecimal needed = comparison == Comparison.GT
                ? bound.setScale(0, RoundingMode.FLOOR).add(BigDecimal.ONE)
                : bound.setScale(0, RoundingMode.CEILING);
        if (needed.compareTo(BigDecimal.valueOf(denominator)) > 0) {
            return null;
        }
        return Math.max(0, needed.intValueExact() - numerator);
    }

    /** Share, target, met and gap of one figure; without a threshold, target and gap are null and met is false. */
    public static ShareFigures figures(int numerator, int denominator, BigDecimal thresholdPercent,
                                       Comparison comparison) {
        return new ShareFigures(numerator, denominator, share(numerator, denominator), fraction(thresholdPercent),
                thresholdPercent == null ? null : comparison,
                met(numerator, denominator, thresholdPercent, comparison),
                gap(numerator, denominator, thresholdPercent, comparison));
    }
}
