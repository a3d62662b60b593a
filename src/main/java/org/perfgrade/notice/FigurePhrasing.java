package org.perfgrade.notice;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Collator;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Locale;

import org.perfgrade.reference.Comparison;

/**
 * 通报用语: the phrasing of figures — how numbers, shares, grades and dates are written in a notice's sentences and
 * tables (not the sentences themselves: those are {@code notices.yml}'s, checked by {@link RequiredSentences}).
 */
final class FigurePhrasing {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private FigurePhrasing() {
    }

    /** 2021年8月16日. */
    static String date(LocalDate day) {
        return NoticeDraft.chineseDate(day);
    }

    /** A share with four places ("0.2143", as in the snapshot) as a percentage with two: "21.43%". */
    static String percent(BigDecimal share) {
        return share == null ? "—" : percentNumber(share) + "%";
    }

    /** The same without the sign, for table cells under a "（%）" header: "21.43". */
    static String percentNumber(BigDecimal share) {
        return share == null ? "—" : share.multiply(HUNDRED).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** A threshold ("0.2000") as the plan writes it: "20%" (or "22.5%"). */
    static String threshold(BigDecimal fraction) {
        return fraction.multiply(HUNDRED).stripTrailingZeros().toPlainString() + "%";
    }

    /** "不低于20%", "高于25%". */
    static String goal(Comparison comparison, BigDecimal fraction) {
        String words = switch (comparison == null ? Comparison.GE : comparison) {
            case GE -> "不低于";
            case GT -> "高于";
            case LE -> "不高于";
        };
        return words + threshold(fraction);
    }

    /** "A级", "B-级"; grades without a letter (引领性, 非引领性) as written; null as 未评级. */
    static String grade(String code) {
        if (code == null) {
            return "未评级";
        }
        return code.matches("[A-Za-z][+-]?") ? code + "级" : code;
    }

    /** Items joined with 、. */
    static String list(Collection<String> items) {
        return String.join("、", items);
    }

    /** The collator every Chinese sort uses. */
    static Collator collator() {
        return Collator.getInstance(Locale.CHINA);
    }
}
