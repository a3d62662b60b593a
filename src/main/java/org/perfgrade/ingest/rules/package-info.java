/**
 * 逐行核对: the row rules R01–R33 — one validator per submission kind
 * ({@link org.perfgrade.ingest.rules.RowValidators}) reading a row's cells through
 * {@link org.perfgrade.ingest.rules.RowContext} into typed ledger facts, with the readers they share: enterprise
 * identity and county, industry and grade, dates (exact and planned), figures, flags and honours, text limits and the
 * normalising of what counties type. Each row comes out as a {@link org.perfgrade.ingest.rules.ValidatedRow}: its
 * facts, or the problems that refuse it, and the corrections (更正) and warnings that keep it.
 */
package org.perfgrade.ingest.rules;
