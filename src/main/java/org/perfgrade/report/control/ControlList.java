package org.perfgrade.report.control;

import java.util.List;
import java.util.function.Function;

import org.perfgrade.ledger.DerivedLists;

/**
 * The four 差异化管控名单 of section 三(四) of the plan, each a document of its own: its manifest kinds, file name,
 * title, the plan's words it follows, the condition a line meets to be on it, and the reason printed on each line.
 */
public enum ControlList {

    /** 河南省监管执法正面清单候选: A级 with clean-energy substitution. */
    POSITIVE("positive-list", "正面清单候选企业名单", "重点行业河南省监管执法正面清单候选企业名单",
            "对实现清洁能源替代、建设高效废气治理工艺、全面稳定达标排放A级企业，在重污染天气预警期间，可自主采取减排措施，"
                    + "并纳入河南省监管执法正面清单，减少现场检查的频次",
            "截至统计日期绩效级别为A级且已实现清洁能源替代的企业（按行业记录列出）。建设高效废气治理工艺、全面稳定达标排放"
                    + "情况由县区生态环境部门核实后，确定是否纳入正面清单",
            "列入正面清单候选",
            lists -> lists.positive(), e -> "A级，已实现清洁能源替代"),

    /** 臭氧污染高发时段涉VOCs排放管控豁免: A/B-class lines of enterprises using only low-VOCs materials. */
    VOCS_EXEMPTION("vocs-exemption", "臭氧污染高发时段VOCs管控豁免企业名单",
            "重点行业臭氧污染高发时段涉VOCs排放管控豁免企业名单",
            "对全部使用低VOCs原辅材料的A、B级企业可豁免臭氧污染高发时段禁止或者限制VOCs排放的要求",
            "截至统计日期绩效级别为A级、B级（含B-级）或绩效引领性且全部使用低VOCs原辅材料的企业（按行业记录列出；"
                    + "绩效引领性企业按统计口径计入A、B级企业）",
            "可豁免臭氧污染高发时段VOCs排放管控要求",
            lists -> lists.vocsExemption(), e -> "全部使用低VOCs原辅材料的" + ControlTexts.gradeName(e.grade()) + "企业"),

    /** 优先纳入绩效分级提升评选范围: enterprises with an honour in recent years. */
    PRIORITY("priority-list", "优先纳入评选范围企业名单", "优先纳入重点行业绩效分级提升评选范围企业名单",
            "对近三年获得‘能效领跑者’、‘绿色工厂’称号和绿色发展排行榜排名靠前的企业优先纳入绩效分级提升评选范围",
            "近三年（含统计日期所在年度）获得能效领跑者、绿色工厂称号或绿色发展排行榜排名靠前的企业（按行业记录列出，"
                    + "括号内为获得年度）",
            "优先纳入绩效分级提升评选范围",
            lists -> lists.priority(), e -> "近三年获得：" + e.note()),

    /** 季节性生产调控: lines graded D. */
    SEASONAL("seasonal-control", "季节性生产调控企业名单", "重点行业季节性生产调控企业名单（D级企业）",
            "对达不到要求的D级企业，可纳入季节性生产调控范围",
            "截至统计日期绩效级别为D级的企业（按行业记录列出）",
            "纳入季节性生产调控范围",
            lists -> lists.seasonal(), e -> "绩效级别为D级，达不到绩效分级要求");

    private final String kind;
    private final String fileStem;
    private final String title;
    private final String planWords;
    private final String condition;
    private final String measure;
    private final Function<DerivedLists.ControlLists, List<DerivedLists.Entry>> entries;
    private final Function<DerivedLists.Entry, String> reason;

    ControlList(String kind, String fileStem, String title, String planWords, String condition, String measure,
                Function<DerivedLists.ControlLists, List<DerivedLists.Entry>> entries,
                Function<DerivedLists.Entry, String> reason) {
        this.kind = kind;
        this.fileStem = fileStem;
        this.title = title;
        this.planWords = planWords;
        this.condition = condition;
        this.measure = measure;
        this.entries = entries;
        this.reason = reason;
    }

    /** The manifest kind of the workbook, e.g. {@code positive-list-xlsx}. */
    public String xlsxKind() {
        return kind + "-xlsx";
    }

    /** The manifest kind of the PDF, e.g. {@code positive-list-pdf}. */
    public String pdfKind() {
        return kind + "-pdf";
    }

    /** The file name without extension, e.g. 正面清单候选企业名单. */
    public String fileStem() {
        return fileStem;
    }

    /** The title after the city's name. */
    public String title() {
        return title;
    }

    /** The plan's own words (section 三(四)) the list follows. */
    public String planWords() {
        return planWords;
    }

    /** Who is on the list. */
    public String condition() {
        return condition;
    }

    /** What the list is for, in the sentence saying it is empty (…无企业列入正面清单候选). */
    public String measure() {
        return measure;
    }

    /** This list's lines among the day's lists. */
    public List<DerivedLists.Entry> entries(DerivedLists.ControlLists lists) {
        return entries.apply(lists);
    }

    /** Why the line is on the list. */
    public String reason(DerivedLists.Entry entry) {
        return reason.apply(entry);
    }
}
