/**
 * 统计日台账 (the ledger as of a business day): the read side every later stage uses — the standing lines with their
 * grade on the day, standing plans and applications, the lines graded or listed by a day, grade changes between two
 * days, and what was recorded in a period (barred experts, honours) — all built on the one written
 * {@link org.perfgrade.ledger.asof.StandingRule}. It reads the ledger's tables only and uses neither the write side
 * nor any other room of the ledger.
 */
package org.perfgrade.ledger.asof;
