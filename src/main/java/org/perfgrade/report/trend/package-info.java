/**
 * 进展趋势: how the shares moved over the campaign, drawn from the stored snapshots only — 图2 (the city's goal shares
 * against the goals, with the review-batch deadlines), the week-on-week table (本周、上周及变化) of the briefing's
 * trend page, the same chart on the console's front page, and each county's own trend (trend-pdf).
 */
package org.perfgrade.report.trend;
