package org.perfgrade.sample;

/** The two workbooks a county sends, so a defect can say in which one it sits. */
public enum SampleFileKind {
    /** 重点行业绩效分级清单台账. */
    LEDGER("重点行业绩效分级清单台账", "清单台账"),
    /** 重点行业绩效分级提升企业清单 (附件2). */
    IMPROVEMENT_LIST("重点行业绩效分级提升企业清单", "提升企业清单");

    private final String title;
    private final String sheetName;

    SampleFileKind(String title, String sheetName) {
        this.title = title;
        this.sheetName = sheetName;
    }

    /** The document title, also the file name after the county name. */
    public String title() {
        return title;
    }

    public String sheetName() {
        return sheetName;
    }

    /** The file name a county uses, e.g. 兰考县重点行业绩效分级清单台账.xlsx. */
    public String fileName(String countyName, boolean legacyXls) {
        return countyName + title + (legacyXls ? ".xls" : ".xlsx");
    }
}
