package org.perfgrade.ingest.header;

import java.util.List;

import org.perfgrade.ingest.sheet.HeaderText;

/**
 * A column perfgrade knows in county files, with its official header and the other spellings met in practice.
 * Headers are matched after {@link HeaderText#normalize(String)} (spaces, line breaks, full-width brackets).
 */
public enum Column {
    SEQUENCE("序号", "编号"),
    CITY("省辖市", "市", "地市"),
    COUNTY("县、区", "县区", "县(区)", "县（区）", "所属县区", "区县"),
    CREDIT_CODE("统一社会信用代码", "社会信用代码", "信用代码", "统一信用代码"),
    ENTERPRISE_NAME("企业名称", "单位名称", "企业全称"),
    INDUSTRY("重点行业类型", "行业类型", "重点行业", "所属行业"),
    BRANCH("重点行业分支", "行业分支", "分支"),
    GRADE("绩效级别", "绩效分级", "绩效等级", "现绩效级别", "管控类型"),
    PERMIT_NO("排污许可证编号", "排污许可证号", "许可证编号"),
    TOWNSHIP("乡镇（街道）", "乡镇", "街道", "乡镇街道"),
    ADDRESS("详细地址", "地址", "企业地址"),
    SO2("二氧化硫（吨/年）", "二氧化硫", "SO2", "SO2（吨/年）", "二氧化硫排放量（吨/年）"),
    NOX("氮氧化物（吨/年）", "氮氧化物", "NOx", "NOX（吨/年）", "氮氧化物排放量（吨/年）"),
    PM("颗粒物（吨/年）", "颗粒物", "颗粒物排放量（吨/年）"),
    VOCS("VOCs（吨/年）", "VOCs", "VOCS", "挥发性有机物（吨/年）", "VOCs排放量（吨/年）"),
    PRODUCTS("主要产品", "产品"),
    CAPACITY("产能", "设计产能", "生产能力"),
    PRODUCTION_LINES("生产线", "主要生产线", "生产线及设备"),
    LOW_VOCS("全部使用低VOCs原辅材料", "低VOCs原辅材料", "是否全部使用低VOCs原辅材料"),
    CLEAN_ENERGY("清洁能源替代", "清洁能源", "是否清洁能源替代"),
    GUARANTEE("保障类企业", "保障类", "保障类型"),
    HONOURS("荣誉称号", "荣誉", "获得荣誉"),
    CURRENT_GRADE("绩效现状", "现状级别", "当前绩效级别"),
    TARGET_GRADE("绩效提升目标", "提升目标", "目标级别"),
    DIFFERENTIATING_INDEX("差异化指标", "差异化指标要求"),
    PROBLEMS("存在问题", "主要问题"),
    MEASURES("改造措施", "提升措施", "整改措施"),
    PLANNED_COMPLETION("拟完成时间", "计划完成时间", "完成时间"),
    REMARKS("备注", "说明"),
    APPLIED_GRADE("申报级别", "申报绩效级别"),
    REVIEW_BATCH("审核批次", "批次"),
    COUNTY_RESULT("县级评审结果", "县区评审结果", "县级审核结果"),
    EXPERTS("评审专家", "专家姓名", "专家"),
    OPINION_DATE("专家意见日期", "意见日期", "专家签字日期"),
    CITY_RESULT("市级会审结果", "会审结果", "市级审核结果"),
    PROVINCIAL_RESULT("省级认定结果", "省级结果", "省厅认定结果"),
    PROVINCIAL_DATE("省级认定日期", "认定日期"),
    VIOLATION_TYPE("违法类型", "问题类型", "违法问题类型"),
    FOUND_ON("发现日期", "查处日期", "发现时间"),
    SOURCE_DOCUMENT("依据文书", "文书编号", "处罚决定书编号", "来源"),
    EXPERT_NAME("姓名", "专家姓名（第三方名称）", "专家（第三方）名称"),
    ORGANISATION("工作单位", "单位", "所在单位"),
    FIELD("专业领域", "专业", "擅长行业"),
    REPORTED_ON("报送日期", "上报日期");

    private final String title;
    private final List<String> aliases;

    Column(String title, String... aliases) {
        this.title = title;
        this.aliases = List.of(aliases);
    }

    /** The official header, as written in templates. */
    public String title() {
        return title;
    }

    /** Other headers that mean the same column. */
    public List<String> aliases() {
        return aliases;
    }
}
