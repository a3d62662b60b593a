package org.perfgrade.report;

/**
 * 三级预警减排措施: what one grade of one industry does at each alert level — 黄色 (Ⅲ级响应), 橙色 (Ⅱ级响应) and 红色
 * (Ⅰ级响应) — as the sentences printed in the emergency-reduction list.
 *
 * @param yellow 黄色预警减排措施
 * @param orange 橙色预警减排措施
 * @param red    红色预警减排措施
 */
public record AlertMeasures(String yellow, String orange, String red) {
}
