package org.perfgrade.reference;

import java.math.BigDecimal;

/** 提升目标 (附件1): one county's threshold for one metric of one industry level in one campaign year. */
public record Target(int year, String countyCode, IndustryLevel level, TargetMetric metric, Comparison comparison,
                     BigDecimal threshold) {
}
