package org.perfgrade.ledger.facts;

import java.util.Objects;

/**
 * One accepted row of a county file (报送文件中的一行) with the facts read from it. The row number is the one Excel
 * shows, so that every issue the ledger reports points at the county's own row.
 */
public record RowFacts<T>(int rowNumber, T facts) {

    public RowFacts {
        Objects.requireNonNull(facts, "facts");
    }
}
