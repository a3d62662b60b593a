package org.perfgrade.reference;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Reads {@code targets.yml}: every county's 附件1 thresholds (defaults plus overrides) and the city goals. */
final class TargetsReader {

    record Targets(int year, List<Target> targets, List<CityGoal> cityGoals) {
    }

    Targets read(ConfigNode root, List<County> counties) {
        root.allowOnly("year", "defaults", "overrides", "city");
        int year = root.integer("year");
        Map<String, Target> byKey = new LinkedHashMap<>();
        List<ConfigNode> defaults = root.get("defaults").items();
        for (County county : counties) {
            for (ConfigNode item : defaults) {
                item.allowOnly("level", "metric", "comparison", "threshold");
                Target target = target(item, year, county.code());
                if (byKey.put(key(target), target) != null) {
                    throw item.error("默认目标重复（同一级别、同一指标只能有一条）");
                }
            }
        }
        for (ConfigNode item : root.list("overrides")) {
            item.allowOnly("county", "level", "metric", "comparison", "threshold");
            ConfigNode countyNode = item.get("county");
            County county = counties.stream()
                    .filter(c -> c.name().equals(countyNode.text()) || c.code().equals(countyNode.text())
                            || c.aliases().contains(countyNode.text()))
                    .findFirst()
                    .orElseThrow(() -> countyNode.error("县区“" + countyNode.text() + "”不在 counties.yml 中"));
            Target target = target(item, year, county.code());
            byKey.put(key(target), target);
        }
        List<CityGoal> goals = new ArrayList<>();
        for (ConfigNode item : root.list("city")) {
            item.allowOnly("level", "grade", "metric", "comparison", "threshold", "includeLeading", "label");
            TargetMetric metric = item.choice("metric", TargetMetric.class, TargetMetric::configName);
            Optional<ConfigNode> level = item.find("level");
            Optional<ConfigNode> grade = item.find("grade");
            if (metric == TargetMetric.COUNT ? grade.isEmpty() : level.isEmpty()) {
                throw item.error(metric == TargetMetric.COUNT ? "企业数目标须写明 grade" : "占比目标须写明 level");
            }
            goals.add(new CityGoal(year, goals.size() + 1,
                    level.isPresent() ? level(item) : null,
                    grade.map(ConfigNode::text).orElse(null), metric,
                    item.choice("comparison", Comparison.class, Comparison::configName),
                    item.decimal("threshold"), item.bool("includeLeading", false), item.string("label")));
        }
        return new Targets(year, List.copyOf(byKey.values()), goals);
    }

    private static Target target(ConfigNode item, int year, String countyCode) {
        TargetMetric metric = item.choice("metric", TargetMetric.class, TargetMetric::configName);
        if (metric == TargetMetric.COUNT) {
            throw item.get("metric").error("县区目标只能是 applied 或 passed");
        }
        return new Target(year, countyCode, level(item), metric,
                item.choice("comparison", Comparison.class, Comparison::configName), item.decimal("threshold"));
    }

    private static IndustryLevel level(ConfigNode item) {
        return item.choice("level", IndustryLevel.class, l -> l.name().toLowerCase(Locale.ROOT));
    }

    private static String key(Target t) {
        return t.countyCode() + "/" + t.level() + "/" + t.metric();
    }
}
