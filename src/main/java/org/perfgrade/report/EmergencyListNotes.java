package org.perfgrade.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * 说明: the notes printed under the emergency-reduction list — how the grade was taken, how ungraded lines are
 * controlled, the base of the output cuts, and which measures are the general default or not yet checked — so that
 * no reader mistakes a default measure for the official rule.
 */
final class EmergencyListNotes {

    /** 备注 of a line that used the general default. */
    static final String DEFAULT_USED = "采用通用默认措施";
    /** Added to {@link #DEFAULT_USED} while the default is not confirmed. */
    static final String DEFAULT_PENDING = "（待完善，非正式规定）";
    /** 备注 of a line whose industry rule is not yet checked against the guide. */
    static final String RULE_PENDING = "行业措施待核实";

    private EmergencyListNotes() {
    }

    /** The 备注 of one line: which measures it took, when they are not a confirmed industry rule (null otherwise). */
    static String remark(EmergencyMeasures.Applied applied) {
        EmergencyMeasureRule rule = applied.rule();
        if (rule.isDefault()) {
            return DEFAULT_USED + (rule.confirmed() ? "" : DEFAULT_PENDING);
        }
        return rule.confirmed() ? null : RULE_PENDING;
    }

    /** The notes, one paragraph each, numbered. */
    static List<String> notes(LocalDate asOf, EmergencyMeasures measures) {
        List<String> notes = new ArrayList<>();
        notes.add("本清单按" + ImprovementListWorkbook.chineseDate(asOf) + "（含）以前生效的最新绩效级别编制，"
                + "企业每个重点行业（分支）列一行，“其他行业类型”列出该企业同日涉及的其他重点行业。");
        notes.add("未评级的行业记录按其行业级别方案中的最低级别（如D级、非引领性）采取减排措施，"
                + "“绩效级别/管控类型”列写作“未评级（按D级管控）”。");
        notes.add("限产比例以环评批复产能、排污许可证载明产能、上一年度实际产量三者中的最小值为基准；"
                + "黄色、橙色、红色预警分别对应Ⅲ级、Ⅱ级、Ⅰ级应急响应。");
        StringBuilder rules = new StringBuilder();
        for (EmergencyMeasureRule rule : measures.rules()) {
            if (!rules.isEmpty()) {
                rules.append("；");
            }
            rules.append(rule.branch() == null ? rule.industry() : rule.industry() + "（" + rule.branch() + "）");
            rules.append(rule.confirmed() ? "" : "（待核实）");
            if (rule.basis() != null) {
                rules.append("，依据").append(rule.basis());
            }
        }
        notes.add("已制定行业减排措施的行业：" + (rules.isEmpty() ? "无" : rules) + "。其他行业及行业措施未列出的级别，"
                + "“备注”列注明“" + DEFAULT_USED + "”，所列为配置文件中的通用默认措施"
                + (measures.defaults().confirmed() ? "" : "，并非正式规定，待按技术指南补充完善")
                + "；注明“" + RULE_PENDING + "”的行业措施尚未与技术指南原文逐条核对。");
        List<String> numbered = new ArrayList<>();
        for (int i = 0; i < notes.size(); i++) {
            numbered.add((i + 1) + ". " + notes.get(i));
        }
        return numbered;
    }
}
