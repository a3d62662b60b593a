package org.perfgrade.ingest;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * 报送类型: what a county file holds. The short names ({@code ledger}, {@code improvement}, …) are used everywhere:
 * templates, JSON output, the manifest. Every kind but {@link #WORK_PLAN} is a spreadsheet of rows with a blank
 * template ({@link #tabular()}); a work plan is a document (PDF, Word, OFD) recorded as received, without rows.
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
    EXPERT("expert", "绩效分级评审专家（第三方）名单", "专家名单"),
    /** 县区重点行业绩效分级工作计划及动员部署情况: a document, recorded as received (方案 动员部署 by 5/31). */
    WORK_PLAN("work-plan", "县区重点行业绩效分级工作计划及动员部署情况", null);

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

    /** The sheet name of the template; null for a document kind. */
    public String sheetName() {
        return sheetName;
    }

    /** Whether files of the kind are spreadsheets of rows, with a blank template (all but the work plan). */
    public boolean isTabular() {
        return sheetName != null;
    }

    /** The kinds sent as spreadsheets of rows, in declaration order: those with a template. */
    public static List<SubmissionKind> tabular() {
        return Arrays.stream(values()).filter(SubmissionKind::isTabular).toList();
    }

    public static Optional<SubmissionKind> fromCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equalsIgnoreCase(code)).findFirst();
    }
}
