/**
 * 环境违法与违法降级: the rows of 环境违法问题 — each violation written once per enterprise, type, day found and source
 * document, marked for the credit platform when its type is one the rule lists — the downgrade it brings to every
 * graded line of the enterprise by the downgrade table of config/violations.yml (section 三(六) of the plan), and the
 * credit-platform list read back with each line's grade before and after ({@link
 * org.perfgrade.ledger.violation.CreditListings}). The hold that keeps such a line downgraded until a new
 * review ({@link org.perfgrade.ledger.ViolationHold}) stays at the ledger's entrance, since the 清单台账 writer reads it
 * too.
 */
package org.perfgrade.ledger.violation;
