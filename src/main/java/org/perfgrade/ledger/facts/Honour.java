package org.perfgrade.ledger.facts;

/** An honour and the year it was awarded (e.g. 绿色工厂（2020）). */
public record Honour(HonourKind kind, int year) {
}
