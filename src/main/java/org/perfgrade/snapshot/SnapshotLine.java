package org.perfgrade.snapshot;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.perfgrade.reference.IndustryLevel;

/**
 * 快照明细: the stored figures of one county (or of the city, under the city's code) at one level on one date.
 *
 * @param appliedMet null for the city (no 附件1 target)
 * @param goalMet    the city goal of the level; null for counties
 */
public record SnapshotLine(LocalDate asOf, String countyCode, IndustryLevel level, int counted, int applied,
                           int passed, int dCount, BigDecimal appliedShare, BigDecimal passedShare,
                           Boolean appliedMet, Boolean passedMet, Integer appliedGap, Integer passedGap,
                           Boolean goalMet) {
}
