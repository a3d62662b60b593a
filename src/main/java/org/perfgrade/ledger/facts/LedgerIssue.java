package org.perfgrade.ledger.facts;

import java.util.Objects;

/**
 * One issue the ledger found with a row (台账比对问题), for the county's receipt.
 *
 * @param message a complete Chinese sentence: what was found and what was done
 * @param detail  the value the ledger stored instead (e.g. the completed 备注), or null
 */
public record LedgerIssue(LedgerIssueType type, String message, String detail) {

    public LedgerIssue {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(message, "message");
    }

    public static LedgerIssue of(LedgerIssueType type, String message) {
        return new LedgerIssue(type, message, null);
    }
}
