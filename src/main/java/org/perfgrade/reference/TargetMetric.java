package org.perfgrade.reference;

/** What a target measures. */
public enum TargetMetric {
    /** A、B级企业申报占比. */
    APPLIED("applied", "A、B级企业申报占比"),
    /** A、B级企业通过占比. */
    PASSED("passed", "A、B级企业通过占比"),
    /** 企业数 (the city's D-grade goal). */
    COUNT("count", "企业数");

    private final String configName;
    private final String label;

    TargetMetric(String configName, String label) {
        this.configName = configName;
        this.label = label;
    }

    public String configName() {
        return configName;
    }

    public String label() {
        return label;
    }
}
