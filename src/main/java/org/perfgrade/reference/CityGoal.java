package org.perfgrade.reference;

import java.math.BigDecimal;

/**
 * 全市工作目标 (section 二): a share of an industry level, or a count of enterprises holding a grade.
 *
 * @param level          the industry level of a share goal, null for a count goal
 * @param grade          the grade counted by a count goal (D), null for a share goal
 * @param includeLeading whether 绩效引领性 enterprises count in the numerator
 */
public record CityGoal(int year, int number, IndustryLevel level, String grade, TargetMetric metric,
                       Comparison comparison, BigDecimal threshold, boolean includeLeading, String label) {
}
