/**
 * 行数据与处理结果: what one accepted row of a county file says, as the ledger takes it — the facts of a 清单台账 line,
 * an enterprise (with its 保障类型 and honours), a 附件2 plan, an application, a violation, an expert — and what the
 * ledger answers about it ({@link org.perfgrade.ledger.facts.RowOutcome}: stored or not, with its
 * {@link org.perfgrade.ledger.facts.LedgerIssue}s). Ingest's row validators build these records; the writers of the
 * other rooms read them. Plain records and enums only: this room uses no other room of the ledger.
 */
package org.perfgrade.ledger.facts;
