package org.perfgrade.ledger.facts;

import java.math.BigDecimal;

/**
 * 清单台账 row: an enterprise in one industry and branch with its certified grade (null = 未评级) and the optional
 * figures of the emergency-reduction list (t/a).
 */
public record LedgerLineFacts(EnterpriseFacts enterprise, String industry, String branch, String grade,
                              BigDecimal so2, BigDecimal nox, BigDecimal pm, BigDecimal vocs, String mainProducts,
                              String capacity, String productionLines) {
}
