/**
 * 台账: the city's ledger of enterprises, their lines per industry and branch with the grade history, 附件2 plans,
 * applications and reviews, violations and experts. This top level is the ledger's entrance and the words its rooms
 * share: what other stages call ({@link org.perfgrade.ledger.LedgerImport} for the import job,
 * {@link org.perfgrade.ledger.LedgerQueries}, {@link org.perfgrade.ledger.GradeHistory},
 * {@link org.perfgrade.ledger.GradeCorrection}, {@link org.perfgrade.ledger.DerivedLists},
 * {@link org.perfgrade.ledger.EnterpriseMoves}, {@link org.perfgrade.ledger.ReviewBatches},
 * {@link org.perfgrade.ledger.ExpertRegister}, {@link org.perfgrade.ledger.LedgerTables}) and what every room uses
 * (the submission context, the grade events and their reasons, the grading rules, the violation hold, the text of a
 * fact). The rooms: {@code facts} (what a row says and what the ledger answers), {@code write} (清单台账 and 附件2,
 * enterprises, 退出预估), {@code review} (applications, 省级核定, experts), {@code violation} (环境违法, 违法降级) and
 * {@code asof}, the read side "as of a business day" that later stages read the ledger through.
 */
package org.perfgrade.ledger;
