package org.perfgrade.ledger.write;

import java.util.Collection;
import java.util.Set;

/**
 * 保留名单: the ids of a county's active ledger lines or plans that a submission under a held check names, noted
 * pass by pass by {@link RetirementPreview}. Intake owns where they are kept (they belong to the submission), so
 * intake implements this and the ledger never names intake's tables.
 */
public interface KeptTargets {

    /** Forgets what an earlier pass of the submission noted. */
    void forget(long submissionId);

    /** Of {@code ids}, those already noted for the submission. */
    Set<Long> noted(long submissionId, Collection<Long> ids);

    /** Notes ids for the submission (none of them noted yet). */
    void note(long submissionId, Collection<Long> ids);

    /** Every id noted for the submission. */
    Set<Long> all(long submissionId);
}
