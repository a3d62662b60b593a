package org.perfgrade.ledger.facts;

import java.time.LocalDate;

/**
 * 附件2 row: the county's plan to lift one enterprise × industry (× branch) from its current grade
 * (绩效现状; null = 未评级) to a target grade.
 */
public record ImprovementPlanFacts(EnterpriseFacts enterprise, String industry, String branch, String currentGrade,
                                   String targetGrade, String differentiatingIndex, String problems, String measures,
                                   LocalDate plannedCompletion, String remarks) {
}
