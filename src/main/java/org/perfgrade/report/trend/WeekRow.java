package org.perfgrade.report.trend;

/**
 * 周变化表的一行: a county (or the city, last) with its four shares now and a week ago — 国家级申报、国家级通过、
 * 省级申报、省级通过.
 */
public record WeekRow(String name, boolean city, ShareChange nationalApplied, ShareChange nationalPassed,
                      ShareChange provincialApplied, ShareChange provincialPassed) {
}
