package org.perfgrade.ingest.problem;

/**
 * The stable codes of everything the importer can find wrong. F-codes concern a whole file, R-codes a row; the
 * code never changes meaning, so counties and scripts can rely on it.
 */
public enum ProblemCode {
    F01_NOT_SPREADSHEET("F01", ProblemLevel.ERROR, "不是 Excel 文件"),
    F02_CORRUPT("F02", ProblemLevel.ERROR, "文件已损坏或不完整"),
    F03_ENCRYPTED("F03", ProblemLevel.ERROR, "文件设有密码"),
    F04_EMPTY("F04", ProblemLevel.ERROR, "文件中没有数据"),
    F05_TOO_LARGE("F05", ProblemLevel.ERROR, "文件过大"),
    F06_TOO_MANY_ROWS("F06", ProblemLevel.ERROR, "行数超过上限"),
    F07_EXPANDS_TOO_FAR("F07", ProblemLevel.ERROR, "解压后体积异常（疑似压缩炸弹）"),
    F08_HEADER_NOT_FOUND("F08", ProblemLevel.ERROR, "找不到表头行"),
    F09_MISSING_COLUMNS("F09", ProblemLevel.ERROR, "缺少必需的列"),
    F10_KIND_UNKNOWN("F10", ProblemLevel.ERROR, "无法识别报送类型"),
    F11_COUNTY_UNKNOWN("F11", ProblemLevel.ERROR, "无法确定报送县区"),
    F12_UNKNOWN_COLUMN("F12", ProblemLevel.WARNING, "未识别的列，已忽略"),
    R01_REQUIRED_MISSING("R01", ProblemLevel.ERROR, "必填项为空"),
    R02_COUNTY_UNKNOWN("R02", ProblemLevel.ERROR, "县区不是本市的县区"),
    R03_COUNTY_MISMATCH("R03", ProblemLevel.ERROR, "县区与报送县区不一致"),
    R04_INDUSTRY_UNKNOWN("R04", ProblemLevel.ERROR, "重点行业类型不在国家和河南省行业名录中"),
    R05_BRANCH_UNKNOWN("R05", ProblemLevel.ERROR, "重点行业分支不属于该行业"),
    R06_GRADE_NOT_IN_SCHEME("R06", ProblemLevel.ERROR, "绩效级别不属于该行业的分级方案"),
    R07_TARGET_NOT_ABOVE_CURRENT("R07", ProblemLevel.ERROR, "绩效提升目标不高于绩效现状"),
    R08_DATE_INVALID("R08", ProblemLevel.ERROR, "日期无法识别"),
    R09_CREDIT_CODE_INVALID("R09", ProblemLevel.ERROR, "统一社会信用代码长度或字符错误"),
    R10_CREDIT_CODE_CHECK("R10", ProblemLevel.WARNING, "统一社会信用代码校验位不符，请核实"),
    R11_DUPLICATE_LINE("R11", ProblemLevel.ERROR, "同一企业同一行业在本文件中重复"),
    R12_NAME_MISMATCH("R12", ProblemLevel.ERROR, "企业名称与登记名称不一致"),
    R13_REMARKS_COMPLETED("R13", ProblemLevel.WARNING, "备注未标注企业涉及的其他行业，已补充"),
    R14_ENTERPRISE_ADDED("R14", ProblemLevel.WARNING, "企业尚不在清单台账中，已按本行新增"),
    R15_NUMBER_INVALID("R15", ProblemLevel.ERROR, "数值无法识别"),
    R16_VALUE_INVALID("R16", ProblemLevel.ERROR, "取值无效"),
    R17_CITY_MISMATCH("R17", ProblemLevel.ERROR, "省辖市不是本市"),
    R18_TEXT_TOO_LONG("R18", ProblemLevel.ERROR, "内容过长"),
    R19_NOT_IN_LEDGER("R19", ProblemLevel.ERROR, "企业或其行业不在清单台账中"),
    R20_INDUSTRY_NOT_IN_LEDGER("R20", ProblemLevel.WARNING, "该行业不在企业的清单台账中，已按企业登记"),
    R21_BATCH_CORRECTED("R21", ProblemLevel.WARNING, "审核批次与行动方案不符，已按行业类别更正"),
    R22_EXPERT_OPINION_MISSING("R22", ProblemLevel.ERROR, "A、B级（含B-）和引领性申请缺少经专家签字的意见"),
    R23_EXPERT_BARRED("R23", ProblemLevel.ERROR, "签字专家处于禁入期（全市通报批评），专家意见不予采用"),
    R24_EXPERT_NOT_REGISTERED("R24", ProblemLevel.WARNING, "签字专家不在本县区专家（第三方）名单中"),
    R25_GRADE_HELD_AFTER_VIOLATION("R25", ProblemLevel.WARNING, "因环境违法问题已降级，须重新评审后方可恢复"),
    // ── 更正（corrections）: the cell's meaning is certain, so the row is kept with the value read and a warning
    //    showing the original and what it was read as; perfgrade.ingest.strict=true makes each of them an error ──
    R26_BRANCH_INFERRED("R26", ProblemLevel.WARNING, "重点行业分支未填，已按绩效级别确定", true),
    R27_BRANCH_PENDING("R27", ProblemLevel.WARNING, "重点行业分支未填，待补充", true),
    R28_GRADE_READ("R28", ProblemLevel.WARNING, "绩效级别写法不规范，已按规范级别读取", true),
    R29_INDUSTRY_READ("R29", ProblemLevel.WARNING, "重点行业名称写法不规范，已按技术指南名称读取", true),
    R30_PLANNED_DATE_READ("R30", ProblemLevel.WARNING, "拟完成时间不是具体日期，已按所指日期读取", true),
    R31_DATE_READ("R31", ProblemLevel.WARNING, "日期写法不规范，已按所指日期读取", true),
    R32_COUNTY_READ("R32", ProblemLevel.WARNING, "县区写法不规范，已按规范名称读取", true),
    // ── 属地（ownership）: one county never changes another county's data ──
    R33_OTHER_COUNTY_ENTERPRISE("R33", ProblemLevel.ERROR, "该企业已登记在其他县区");

    private final String code;
    private final ProblemLevel level;
    private final String title;
    private final boolean correction;

    ProblemCode(String code, ProblemLevel level, String title) {
        this(code, level, title, false);
    }

    ProblemCode(String code, ProblemLevel level, String title, boolean correction) {
        this.code = code;
        this.level = level;
        this.title = title;
        this.correction = correction;
    }

    /** The stable short code, e.g. R04. */
    public String code() {
        return code;
    }

    /** The level in the default (forgiving) mode; a correction is an error in strict mode, see {@link #level(boolean)}. */
    public ProblemLevel level() {
        return level;
    }

    /** The level under {@code perfgrade.ingest.strict}: every correction becomes an error there. */
    public ProblemLevel level(boolean strict) {
        return strict && correction ? ProblemLevel.ERROR : level;
    }

    /**
     * Whether this is a correction (更正): a cell written loosely but with a certain meaning, stored as read with a
     * warning that shows the original and the value read.
     */
    public boolean correction() {
        return correction;
    }

    /** A short Chinese title; the full message of a problem adds the details. */
    public String title() {
        return title;
    }
}
