package org.perfgrade.snapshot;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.perfgrade.reference.Comparison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.perfgrade.reference.Comparison.GE;
import static org.perfgrade.reference.Comparison.GT;
import static org.perfgrade.reference.Comparison.LE;

class ShareCalculatorTests {

    private static final BigDecimal TWENTY = new BigDecimal("20");
    private static final BigDecimal TWENTY_FIVE = new BigDecimal("25");

    @Test
    void exactlyTwentyPercentDoesNotMeetGreaterThanTwentyAndOneMoreEnterpriseDoes() {
        // given 1 of 5 enterprises = 20 %
        // when
        ShareFigures figures = ShareCalculator.figures(1, 5, TWENTY, GT);
        // then 2/5 = 40 % would meet it
        assertThat(figures.share()).hasToString("0.2000");
        assertThat(figures.target()).hasToString("0.2000");
        assertThat(figures.met()).isFalse();
        assertThat(figures.gap()).isEqualTo(1);
    }

    @Test
    void threeOfFourteenIsTwentyOnePointFourPercentAndMeetsGreaterThanTwenty() {
        // given 3/14 = 0.214285…
        // when
        ShareFigures figures = ShareCalculator.figures(3, 14, TWENTY, GT);
        // then
        assertThat(figures.share()).hasToString("0.2143");
        assertThat(figures.met()).isTrue();
        assertThat(figures.gap()).isZero();
    }

    @Test
    void noEnterpriseGivesZeroShareNotMetAndNoGap() {
        // when
        ShareFigures figures = ShareCalculator.figures(0, 0, TWENTY_FIVE, GT);
        // then
        assertThat(figures.share()).hasToString("0.0000");
        assertThat(figures.target()).hasToString("0.2500");
        assertThat(figures.met()).isFalse();
        assertThat(figures.gap()).isNull();
        assertThat(ShareCalculator.met(0, 0, BigDecimal.ZERO, GE)).isFalse();
    }

    @Test
    void exactlyTwentyFivePercentDoesNotMeetGreaterThanTwentyFive() {
        // when 1/4 = 25 %
        // then 2/4 = 50 % would
        assertThat(ShareCalculator.met(1, 4, TWENTY_FIVE, GT)).isFalse();
        assertThat(ShareCalculator.gap(1, 4, TWENTY_FIVE, GT)).isEqualTo(1);
    }

    @Test
    void theCityGoalsAreNotLowerThanSoTheBoundaryMeetsThem() {
        // 1/5 = 20 % ≥ 20; 1/4 = 25 % ≥ 25; 6/25 = 24 % < 25, 7/25 = 28 %
        assertThat(ShareCalculator.met(1, 5, TWENTY, GE)).isTrue();
        assertThat(ShareCalculator.gap(1, 5, TWENTY, GE)).isZero();
        assertThat(ShareCalculator.met(1, 4, TWENTY_FIVE, GE)).isTrue();
        assertThat(ShareCalculator.met(6, 25, TWENTY_FIVE, GE)).isFalse();
        assertThat(ShareCalculator.gap(6, 25, TWENTY_FIVE, GE)).isEqualTo(1);
        // 0/10 with ≥ 25: 3/10 = 30 % (2.5 rounded up)
        assertThat(ShareCalculator.gap(0, 10, TWENTY_FIVE, GE)).isEqualTo(3);
        // 0/10 with > 25: 3/10 as well; 0/8 with > 25: 3/8 = 37.5 % (2/8 is exactly 25 %)
        assertThat(ShareCalculator.gap(0, 10, TWENTY_FIVE, GT)).isEqualTo(3);
        assertThat(ShareCalculator.gap(0, 8, TWENTY_FIVE, GT)).isEqualTo(3);
        assertThat(ShareCalculator.gap(0, 8, TWENTY_FIVE, GE)).isEqualTo(2);
    }

    @Test
    void aDecimalThresholdIsComparedExactly() {
        // given 22.5 %: 9/40 = 22.5 % exactly
        BigDecimal threshold = new BigDecimal("22.5");
        // then
        assertThat(ShareCalculator.fraction(threshold)).hasToString("0.2250");
        assertThat(ShareCalculator.met(9, 40, threshold, GT)).isFalse();
        assertThat(ShareCalculator.met(9, 40, threshold, GE)).isTrue();
        assertThat(ShareCalculator.gap(9, 40, threshold, GT)).isEqualTo(1);
    }

    @Test
    void aThresholdThatCannotBeReachedHasNoGap() {
        // given more than 100 %
        // then even all enterprises do not meet it
        assertThat(ShareCalculator.met(5, 5, new BigDecimal("100"), GT)).isFalse();
        assertThat(ShareCalculator.gap(0, 5, new BigDecimal("100"), GT)).isNull();
        assertThat(ShareCalculator.gap(0, 5, new BigDecimal("100"), GE)).isEqualTo(5);
    }

    @Test
    void aRoundedShareNeverDecidesWhetherATargetIsMet() {
        // given 20001/100000 = 20.001 %: rounds to 0.2000 and still meets > 20
        ShareFigures figures = ShareCalculator.figures(20_001, 100_000, TWENTY, GT);
        // then
        assertThat(figures.share()).hasToString("0.2000");
        assertThat(figures.met()).isTrue();
        // and 0.199995 rounds up to 0.2000 but does not meet ≥ 20
        ShareFigures below = ShareCalculator.figures(39_999, 200_000, TWENTY, GE);
        assertThat(below.share()).hasToString("0.2000");
        assertThat(below.met()).isFalse();
        assertThat(below.gap()).isEqualTo(1);
    }

    @Test
    void theGapIsTheSmallestNumberThatMeetsTheThreshold() {
        // brute force against the closed form for every small case
        for (Comparison comparison : new Comparison[] { GT, GE }) {
            for (String t : new String[] { "0", "12.5", "20", "25", "30", "33.33", "99.99", "100" }) {
                BigDecimal threshold = new BigDecimal(t);
                for (int d = 1; d <= 30; d++) {
                    for (int n = 0; n <= d; n++) {
                        Integer expected = null;
                        for (int k = 0; n + k <= d; k++) {
                            if (ShareCalculator.met(n + k, d, threshold, comparison)) {
                                expected = k;
                                break;
                            }
                        }
                        assertThat(ShareCalculator.gap(n, d, threshold, comparison))
                                .as("%d/%d %s %s", n, d, comparison, t).isEqualTo(expected);
                    }
                }
            }
        }
    }

    @Test
    void anUpperBoundIsMetOrHasNoGap() {
        // the D-grade goal: at most 0
        assertThat(ShareCalculator.met(0, 10, BigDecimal.ZERO, LE)).isTrue();
        assertThat(ShareCalculator.gap(1, 10, BigDecimal.ZERO, LE)).isNull();
    }

    @Test
    void withoutAThresholdOnlyTheShareIsGiven() {
        // when
        ShareFigures figures = ShareCalculator.figures(2, 3, null, null);
        // then
        assertThat(figures.share()).hasToString("0.6667");
        assertThat(figures.target()).isNull();
        assertThat(figures.met()).isFalse();
        assertThat(figures.gap()).isNull();
    }
}
