package org.perfgrade.report.trend;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * 占比周变化: one share now and a week ago, as fractions (0.2143); null where it is not assessed (no enterprise at the
 * level) or there was no snapshot a week ago. The change is read in percentage points on the shares as printed
 * (two places), so the three cells of a row always agree.
 */
public record ShareChange(BigDecimal now, BigDecimal weekAgo) {

    /** Shown where there is no figure. */
    public static final String NONE = "—";
    /** 持平: no change at the printed precision. */
    public static final String FLAT = "持平";

    /** The share now, "21.43%", or {@value #NONE}. */
    public String nowText() {
        return percentText(now);
    }

    /** The share a week ago, "18.18%", or {@value #NONE}. */
    public String weekAgoText() {
        return percentText(weekAgo);
    }

    /** The change in percentage points, null unless both shares are there. */
    public BigDecimal points() {
        if (now == null || weekAgo == null) {
            return null;
        }
        return percent(now).subtract(percent(weekAgo));
    }

    /** "↑3.25个百分点", "↓1.00个百分点", {@value #FLAT}, or {@value #NONE} without both shares. */
    public String changeText() {
        BigDecimal points = points();
        if (points == null) {
            return NONE;
        }
        return switch (points.signum()) {
            case 0 -> FLAT;
            case 1 -> "↑" + points.toPlainString() + "个百分点";
            default -> "↓" + points.negate().toPlainString() + "个百分点";
        };
    }

    private static String percentText(BigDecimal fraction) {
        return fraction == null ? NONE : percent(fraction).toPlainString() + "%";
    }

    private static BigDecimal percent(BigDecimal fraction) {
        return fraction.movePointRight(2).setScale(2, RoundingMode.HALF_UP);
    }
}
