package org.perfgrade.reference;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code industries.yml}: the grade vocabulary, the grade schemes and the industries with their branches and
 * aliases (别名; an alias may not be an industry's name, and may be shared by two industries only to mark it
 * ambiguous).
 */
final class IndustryCatalogReader {

    /** The grades and the industries that use them. */
    record IndustryCatalog(Map<String, Grade> grades, List<Industry> industries) {
    }

    IndustryCatalog read(ConfigNode root) {
        root.allowOnly("grades", "schemes", "industries");
        Map<String, Grade> grades = readGrades(root);
        Map<String, GradeScheme> schemes = readSchemes(root.get("schemes"), grades);
        List<Industry> industries = new ArrayList<>();
        Set<String> names = new HashSet<>();
        int order = 0;
        Set<String> allNames = new HashSet<>();
        root.get("industries").items().forEach(item -> allNames.add(item.string("name")));
        for (ConfigNode item : root.get("industries").items()) {
            item.allowOnly("name", "level", "category", "scheme", "confirmed", "branches", "aliases");
            String name = item.string("name");
            if (!names.add(name)) {
                throw item.error("行业“" + name + "”重复");
            }
            GradeScheme scheme = scheme(item, schemes);
            List<IndustryBranch> branches = new ArrayList<>();
            Set<String> branchNames = new HashSet<>();
            for (ConfigNode branch : item.list("branches")) {
                branch.allowOnly("name", "scheme");
                String branchName = branch.string("name");
                if (!branchNames.add(branchName)) {
                    throw branch.error("行业“" + name + "”的分支“" + branchName + "”重复");
                }
                GradeScheme branchScheme = branch.find("scheme").isPresent() ? scheme(branch, schemes) : scheme;
                branches.add(new IndustryBranch(branchName, branchScheme, branches.size() + 1));
            }
            List<String> aliases = new ArrayList<>();
            for (ConfigNode alias : item.list("aliases")) {
                if (allNames.contains(alias.text())) {
                    throw alias.error("别名“" + alias.text() + "”与行业名称相同");
                }
                if (aliases.contains(alias.text())) {
                    throw alias.error("行业“" + name + "”的别名“" + alias.text() + "”重复");
                }
                aliases.add(alias.text());
            }
            industries.add(new Industry(name,
                    item.choice("level", IndustryLevel.class, l -> l.name().toLowerCase(java.util.Locale.ROOT)),
                    item.choice("category", ReviewCategory.class, ReviewCategory::configName),
                    scheme, item.bool("confirmed", false), ++order, branches, aliases));
        }
        if (industries.isEmpty()) {
            throw root.get("industries").error("至少要有一个行业");
        }
        return new IndustryCatalog(grades, industries);
    }

    private static Map<String, Grade> readGrades(ConfigNode root) {
        Map<String, Grade> grades = new LinkedHashMap<>();
        for (ConfigNode item : root.get("grades").items()) {
            item.allowOnly("code", "rank", "abClass", "leading", "countsAs");
            String code = item.string("code");
            if (grades.containsKey(code)) {
                throw item.error("级别“" + code + "”重复");
            }
            grades.put(code, new Grade(code, item.integer("rank"), item.bool("abClass", false),
                    item.bool("leading", false), item.string("countsAs", code)));
        }
        for (ConfigNode item : root.get("grades").items()) {
            String countsAs = item.string("countsAs", item.string("code"));
            if (!grades.containsKey(countsAs)) {
                throw item.error("countsAs“" + countsAs + "”不是已定义的级别");
            }
        }
        return grades;
    }

    private static Map<String, GradeScheme> readSchemes(ConfigNode node, Map<String, Grade> grades) {
        Map<String, GradeScheme> schemes = new LinkedHashMap<>();
        for (Map.Entry<String, ConfigNode> entry : node.entries().entrySet()) {
            List<String> codes = new ArrayList<>();
            for (ConfigNode code : entry.getValue().items()) {
                if (!grades.containsKey(code.text())) {
                    throw code.error("级别“" + code.text() + "”未在 grades 中定义");
                }
                if (codes.contains(code.text())) {
                    throw code.error("级别“" + code.text() + "”在方案中重复");
                }
                codes.add(code.text());
            }
            if (codes.isEmpty()) {
                throw entry.getValue().error("级别方案不能为空");
            }
            schemes.put(entry.getKey(), new GradeScheme(entry.getKey(), codes));
        }
        return schemes;
    }

    private static GradeScheme scheme(ConfigNode item, Map<String, GradeScheme> schemes) {
        ConfigNode value = item.get("scheme");
        GradeScheme scheme = schemes.get(value.text());
        if (scheme == null) {
            throw value.error("级别方案“" + value.text() + "”未在 schemes 中定义（可用："
                    + String.join("、", schemes.keySet()) + "）");
        }
        return scheme;
    }
}
