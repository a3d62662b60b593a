package org.perfgrade.reference;

/** 重点行业级别: whose technical guide grades the industry, which decides the target an enterprise counts toward. */
public enum IndustryLevel {
    /** 国家级重点行业 (环办大气函〔2020〕340号). */
    NATIONAL("国家级重点行业"),
    /** 省级重点行业 (河南省技术指南). */
    PROVINCIAL("省级重点行业");

    private final String label;

    IndustryLevel(String label) {
        this.label = label;
    }

    /** The Chinese name printed in tables. */
    public String label() {
        return label;
    }
}
