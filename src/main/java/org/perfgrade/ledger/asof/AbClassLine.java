package org.perfgrade.ledger.asof;

/**
 * A standing line whose grade on the day the {@code grade} table marks as A/B-class or 引领性: what a filing package
 * counts of it (its enterprise, industry and 保障类 type, as stored; null when none).
 */
public record AbClassLine(long enterpriseId, String industry, String guaranteeType) {
}
