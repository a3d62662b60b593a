package org.perfgrade.ledger.write;

import java.math.BigDecimal;

import org.perfgrade.ledger.FactText;
import org.perfgrade.ledger.facts.LedgerLineFacts;

/**
 * The descriptive part of a 清单台账 line: annual emissions (t/a), products, capacity and production lines. A figure
 * the county left empty keeps the stored one, so a ledger without these columns does not wipe them.
 */
record LineFigures(BigDecimal so2, BigDecimal nox, BigDecimal pm, BigDecimal vocs, String mainProducts,
                   String capacity, String productionLines) {

    static final LineFigures NONE = new LineFigures(null, null, null, null, null, null, null);

    static LineFigures of(LedgerLineFacts f) {
        return new LineFigures(f.so2(), f.nox(), f.pm(), f.vocs(), FactText.clean(f.mainProducts()),
                FactText.clean(f.capacity()), FactText.clean(f.productionLines()));
    }

    /** These figures where reported, the stored ones elsewhere. */
    LineFigures over(LineFigures stored) {
        return new LineFigures(FactText.orStored(so2, stored.so2), FactText.orStored(nox, stored.nox),
                FactText.orStored(pm, stored.pm), FactText.orStored(vocs, stored.vocs),
                FactText.orStored(mainProducts, stored.mainProducts), FactText.orStored(capacity, stored.capacity),
                FactText.orStored(productionLines, stored.productionLines));
    }

    /** Equality with figures compared by value (1.5 = 1.5000). */
    boolean sameAs(LineFigures o) {
        return FactText.same(so2, o.so2) && FactText.same(nox, o.nox) && FactText.same(pm, o.pm)
                && FactText.same(vocs, o.vocs) && FactText.same(mainProducts, o.mainProducts)
                && FactText.same(capacity, o.capacity) && FactText.same(productionLines, o.productionLines);
    }
}
