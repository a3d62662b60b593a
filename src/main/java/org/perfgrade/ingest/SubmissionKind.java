package org.perfgrade.ingest;

import java.util.Arrays;
import java.util.Optional;

/**
 * 报送类型: what a county file holds. The short names ({@code ledger}, {@code improvement}, …) are used everywhere:
 * templates, JSON output, the manifest.
 */
public enum SubmissionKind {
    /** 重点行业绩效分级清单台账. */
    LEDGER("ledger", "重点行业绩效分级清单台账", "清单台账"),
    /** 重点行业绩效分级提升企业清单 (附件2). */
    IMPROVEMENT("improvement", "重点行业绩效分级提升企业清单", "提升企业清单"),
    /** 绩效分级申报及评审结果. */
    APPLICATION("application", "重点行业绩效分级申报及评审结果", "申报评审"),
    /** 环境违法问题. */
    VIOLATION("violation", "重点行业企业环境违法问题清单", "违法问题"),
    /** 专家（第三方）名单. */
    EXPERT("expert", "绩效分级评审专家（第三方）名单", "专家名单");

    private final String code;
    private final String title;
    private final String sheetName;

    SubmissionKind(String code, String title, String sheetName) {
        this.code = code;
        this.title = title;
        this.sheetName = sheetName;
    }

    /** The short name used in templates, JSON and the manifest. */
    public String code() {
        return code;
    }

    /** The title printed on the first row of a template. */
    public String title() {
        return title;
    }

    /** The sheet name of the template. */
    public String sheetName() {
        return sheetName;
    }

    public static Optional<SubmissionKind> fromCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equalsIgnoreCase(code)).findFirst();
    }
}
