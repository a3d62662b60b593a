package org.perfgrade.ingest.rules;

import org.perfgrade.ingest.SubmissionKind;
import org.perfgrade.ingest.header.SourceRow;

/**
 * 行规则: checks one data row of a county file of one {@link SubmissionKind} against the campaign's reference data
 * and turns it into the typed facts the ledger stores. Every problem of the row is reported, not only the first.
 * What needs the database (duplicates within a file, registered names, 备注 completion, unknown enterprises) is
 * checked later, by the ledger side.
 *
 * @param <T> the facts record of the kind (LedgerLineFacts, ImprovementPlanFacts …)
 */
public interface RowValidator<T> {

    /** The kind of file whose rows this validator checks. */
    SubmissionKind kind();

    /** Checks a row; never throws for bad content. */
    ValidatedRow<T> validate(SourceRow row);
}
