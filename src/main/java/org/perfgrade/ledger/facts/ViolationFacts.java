package org.perfgrade.ledger.facts;

import java.time.LocalDate;

/**
 * 环境违法问题: a violation found at an enterprise. {@code industry} is null when the violation concerns the whole
 * enterprise; {@code description} keeps the county's wording for type OTHER.
 */
public record ViolationFacts(EnterpriseFacts enterprise, String industry, ViolationType type, String description,
                             LocalDate foundOn, String sourceDocument, String remarks) {
}
