package org.perfgrade.ledger.facts;

import java.util.List;

/**
 * What a county reports about an enterprise. A null field means "not reported" and leaves what is stored alone;
 * the credit code is null when the county does not know it (the enterprise is then matched by county and name).
 */
public record EnterpriseFacts(String creditCode, String name, String countyCode, String permitNo, String township,
                              String address, Boolean lowVocsMaterials, Boolean cleanEnergy, GuaranteeType guarantee,
                              List<Honour> honours) {

    public EnterpriseFacts {
        honours = honours == null ? null : List.copyOf(honours);
    }

    /** Only the identity: credit code, name and county. */
    public static EnterpriseFacts identity(String creditCode, String name, String countyCode) {
        return new EnterpriseFacts(creditCode, name, countyCode, null, null, null, null, null, null, null);
    }
}
