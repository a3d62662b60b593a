package org.perfgrade.ledger.asof;

import java.time.LocalDate;

/**
 * An application the city or the province did not pass (不通过), with its signatories as written and its line's
 * enterprise and industry.
 */
public record RefusedOpinion(long id, String experts, String appliedGrade, LocalDate opinionDate, String cityResult,
                             String provincialResult, String remarks, String countyCode, String enterprise,
                             String industry) {
}
