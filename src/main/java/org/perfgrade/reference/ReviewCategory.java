package org.perfgrade.reference;

/**
 * 审核评定行业类别: the category of an industry decides its review batch and deadline (section 四(三) of the plan).
 * The config names are the short codes used in {@code config/industries.yml} and {@code config/calendar.yml}.
 */
public enum ReviewCategory {
    /** 涉VOCs行业. */
    VOCS("vocs", "涉VOCs行业"),
    /** 金属类行业. */
    METAL("metal", "金属类行业"),
    /** 建材类行业. */
    BUILDING("building", "建材类行业"),
    /** 河南省本地重点行业（及保障类企业）. */
    HENAN("henan", "河南省本地重点行业");

    private final String configName;
    private final String label;

    ReviewCategory(String configName, String label) {
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
