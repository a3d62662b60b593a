package org.perfgrade.ledger.facts;

import java.util.Arrays;
import java.util.Optional;

/** Honours that give an enterprise priority in the campaign (section 三(四) of the plan). */
public enum HonourKind {
    ENERGY_EFFICIENCY_LEADER("能效领跑者"),
    GREEN_FACTORY("绿色工厂"),
    GREEN_DEVELOPMENT_RANKING("绿色发展排行榜");

    private final String label;

    HonourKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<HonourKind> fromLabel(String text) {
        return Arrays.stream(values()).filter(h -> text.contains(h.label)).findFirst();
    }
}
