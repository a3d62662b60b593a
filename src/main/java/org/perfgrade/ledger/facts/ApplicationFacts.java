package org.perfgrade.ledger.facts;

import java.time.LocalDate;

/**
 * 绩效分级申报及评审结果: an enterprise's application for a grade in one industry and what each level decided.
 * A result is the grade granted, or null while that level has not decided ({@code 不通过} is stored as the text).
 *
 * @param batch          审核批次 1–4, null when the county did not say (derived from the industry later)
 * @param experts        the signing experts' names, separated by 、
 * @param opinionDate    date of the signed expert opinion
 */
public record ApplicationFacts(EnterpriseFacts enterprise, String industry, String branch, String appliedGrade,
                               Integer batch, String countyResult, String experts, LocalDate opinionDate,
                               String cityResult, String provincialResult, LocalDate provincialDate,
                               String remarks) {
}
