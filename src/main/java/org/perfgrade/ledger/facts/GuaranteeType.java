package org.perfgrade.ledger.facts;

import java.util.Arrays;
import java.util.Optional;

/** 保障类 / 民生保障类: enterprises reviewed in the last batch whatever their industry. */
public enum GuaranteeType {
    SUPPORT("保障类"),
    LIVELIHOOD("民生保障类");

    private final String label;

    GuaranteeType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<GuaranteeType> fromLabel(String text) {
        return Arrays.stream(values()).filter(g -> g.label.equals(text)).findFirst();
    }
}
