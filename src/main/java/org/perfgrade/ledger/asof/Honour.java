package org.perfgrade.ledger.asof;

/** An enterprise's honour (能效领跑者、绿色工厂 …) as stored: its {@code HonourKind} name and the year awarded. */
public record Honour(long enterpriseId, String kind, int awardedYear) {
}
