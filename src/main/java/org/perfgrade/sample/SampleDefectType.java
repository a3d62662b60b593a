package org.perfgrade.sample;

/** What is wrong with a deliberately bad row, so an import test can expect the matching finding. */
public enum SampleDefectType {
    /** 统一社会信用代码 not 18 characters. */
    CREDIT_CODE_LENGTH(false),
    /** 统一社会信用代码 holding a character outside GB 32100 (I, O, Z, S, V). */
    CREDIT_CODE_CHARACTER(false),
    /** 统一社会信用代码 with a wrong check character: a warning the county must confirm. */
    CREDIT_CODE_CHECK_CHARACTER(true),
    /** 重点行业类型 not in the configured industries. */
    UNKNOWN_INDUSTRY(false),
    /** 绩效级别 or 绩效提升目标 not allowed by the line's grade scheme. */
    GRADE_NOT_IN_SCHEME(false),
    /** 县、区 naming another county than the one that sent the file. */
    COUNTY_MISMATCH(false),
    /** 企业名称 missing. */
    MISSING_ENTERPRISE_NAME(false),
    /** 拟完成时间 written as text that is no date. */
    UNPARSEABLE_DATE(false),
    /** The same credit code, industry and branch a second time in one ledger (the later row is the defect). */
    DUPLICATE_LINE(false);

    private final boolean warning;

    SampleDefectType(boolean warning) {
        this.warning = warning;
    }

    /** Whether an importer should only warn (and may still take the row) rather than reject it. */
    public boolean warning() {
        return warning;
    }
}
