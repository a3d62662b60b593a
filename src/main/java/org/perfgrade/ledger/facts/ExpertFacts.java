package org.perfgrade.ledger.facts;

import java.time.LocalDate;

/** 专家（第三方）: an expert or third-party organisation a county engaged for reviews, as reported to the city. */
public record ExpertFacts(String name, String organisation, String field, String countyCode, LocalDate reportedOn,
                          String remarks) {
}
