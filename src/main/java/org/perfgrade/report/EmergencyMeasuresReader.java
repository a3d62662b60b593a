package org.perfgrade.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.perfgrade.reference.ConfigFiles;
import org.perfgrade.reference.ConfigNode;
import org.perfgrade.reference.GradeScheme;
import org.perfgrade.reference.Industry;
import org.perfgrade.reference.ReferenceData;

/**
 * Reads {@code emergency-measures.yml} (重污染天气应急减排措施), looked up like every other config file (the override
 * folder, then ./config, then the packed default). Strict like the reference readers: an unknown key, industry,
 * branch or grade, a grade outside the industry's scheme, a grade left out, or an empty measure stops with a
 * {@link org.perfgrade.reference.ConfigException} naming the file and line.
 */
public final class EmergencyMeasuresReader {

    public static final String FILE = "emergency-measures.yml";

    private final ConfigFiles files;
    private final ReferenceData reference;

    public EmergencyMeasuresReader(ConfigFiles files, ReferenceData reference) {
        this.files = files;
        this.reference = reference;
    }

    public EmergencyMeasures read() {
        ConfigFiles.Source source = files.read(FILE);
        ConfigNode root = ConfigNode.parse(source).allowOnly("default", "rules");
        ConfigNode defaultNode = root.get("default").allowOnly("confirmed", "basis", "grades");
        Map<String, AlertMeasures> defaultGrades = grades(defaultNode.get("grades"), null);
        for (String code : reference.grades().keySet()) {
            if (!defaultGrades.containsKey(code)) {
                throw defaultNode.get("grades").error("通用默认措施缺少级别“" + code + "”（industries.yml 的 grades "
                        + "中的每个级别都要有默认措施）");
            }
        }
        EmergencyMeasureRule defaults = new EmergencyMeasureRule(null, null, defaultNode.bool("confirmed", false),
                defaultNode.string("basis", null), defaultGrades, defaultNode.line());
        List<EmergencyMeasureRule> rules = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ConfigNode item : root.list("rules")) {
            rules.add(rule(item, seen));
        }
        return new EmergencyMeasures(source.location(), defaults, rules);
    }

    private EmergencyMeasureRule rule(ConfigNode item, Set<String> seen) {
        item.allowOnly("industry", "branch", "confirmed", "basis", "grades");
        ConfigNode industryNode = item.get("industry");
        Industry industry = reference.industry(industryNode.text()).orElseThrow(() -> industryNode.error("行业“"
                + industryNode.text() + "”不在 industries.yml 中（名称须与 industries.yml 完全一致）"));
        String branch = null;
        if (item.find("branch").isPresent()) {
            ConfigNode branchNode = item.get("branch");
            branch = branchNode.text();
            if (industry.branch(branch).isEmpty()) {
                throw branchNode.error("行业“" + industry.name() + "”没有分支“" + branch + "”（可用："
                        + String.join("、", industry.branches().stream().map(b -> b.name()).toList()) + "）");
            }
        }
        String key = industry.name() + "/" + (branch == null ? "" : branch);
        if (!seen.add(key)) {
            throw item.error("行业“" + industry.name() + "”" + (branch == null ? "" : "分支“" + branch + "”")
                    + "的措施重复");
        }
        GradeScheme scheme = industry.schemeFor(branch);
        ConfigNode gradesNode = item.get("grades");
        Map<String, AlertMeasures> grades = grades(gradesNode, scheme);
        for (String code : scheme.grades()) {
            if (!grades.containsKey(code)) {
                throw gradesNode.error("缺少级别“" + code + "”的措施（级别方案 " + scheme.name() + "："
                        + String.join("、", scheme.grades()) + "）");
            }
        }
        return new EmergencyMeasureRule(industry.name(), branch, item.bool("confirmed", false),
                item.string("basis", null), grades, item.line());
    }

    /** grade → measures; every grade must be in the vocabulary and, for an industry, in its scheme. */
    private Map<String, AlertMeasures> grades(ConfigNode node, GradeScheme scheme) {
        Map<String, AlertMeasures> grades = new LinkedHashMap<>();
        for (Map.Entry<String, ConfigNode> entry : node.entries().entrySet()) {
            String code = entry.getKey();
            ConfigNode value = entry.getValue();
            if (!reference.grades().containsKey(code)) {
                throw value.error("级别“" + code + "”未在 industries.yml 的 grades 中定义（可用："
                        + String.join("、", reference.grades().keySet()) + "）");
            }
            if (scheme != null && !scheme.allows(code)) {
                throw value.error("级别“" + code + "”不在该行业的级别方案 " + scheme.name() + "（"
                        + String.join("、", scheme.grades()) + "）中");
            }
            value.allowOnly("yellow", "orange", "red");
            grades.put(code, new AlertMeasures(value.string("yellow"), value.string("orange"), value.string("red")));
        }
        if (grades.isEmpty()) {
            throw node.error("至少要有一个级别的措施");
        }
        return grades;
    }
}
