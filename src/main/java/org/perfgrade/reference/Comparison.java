package org.perfgrade.reference;

import java.math.BigDecimal;

/** How an actual figure is held against a threshold: 附件1 writes "&gt;25" (strictly greater), section 二 "不低于". */
public enum Comparison {
    GT("gt", "＞"),
    GE("ge", "≥"),
    LE("le", "≤");

    private final String configName;
    private final String symbol;

    Comparison(String configName, String symbol) {
        this.configName = configName;
        this.symbol = symbol;
    }

    public String configName() {
        return configName;
    }

    /** The sign printed before a threshold in tables. */
    public String symbol() {
        return symbol;
    }

    public boolean isMet(BigDecimal actual, BigDecimal threshold) {
        int c = actual.compareTo(threshold);
        return switch (this) {
            case GT -> c > 0;
            case GE -> c >= 0;
            case LE -> c <= 0;
        };
    }
}
