package org.perfgrade.reference;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the bureau's reference data from {@code counties.yml}, {@code industries.yml}, {@code targets.yml},
 * {@code calendar.yml} and {@code authority.yml}. Any problem stops with a {@link ConfigException} naming the
 * file and line.
 */
public final class ReferenceDataReader {

    private final ConfigFiles files;

    public ReferenceDataReader(ConfigFiles files) {
        this.files = files;
    }

    public ReferenceData read() {
        ConfigNode countiesRoot = parse("counties.yml").allowOnly("city", "counties");
        City city = city(countiesRoot.get("city"));
        List<County> counties = counties(countiesRoot);
        IndustryCatalogReader.IndustryCatalog catalog = new IndustryCatalogReader().read(parse("industries.yml"));
        TargetsReader.Targets targets = new TargetsReader().read(parse("targets.yml"), counties);
        ConfigNode calendarRoot = parse("calendar.yml");
        CampaignCalendar calendar = new CalendarReader().read(calendarRoot);
        if (calendar.year() != targets.year()) {
            throw calendarRoot.get("year").error("年度 " + calendar.year() + " 与 targets.yml 的年度 "
                    + targets.year() + " 不一致");
        }
        return new ReferenceData(city, counties, catalog.grades(), catalog.industries(), targets.targets(),
                targets.cityGoals(), calendar, authority(parse("authority.yml")));
    }

    private ConfigNode parse(String name) {
        return ConfigNode.parse(files.read(name));
    }

    private static City city(ConfigNode node) {
        node.allowOnly("name", "code", "province");
        return new City(node.string("name"), node.string("code"), node.string("province"));
    }

    private static List<County> counties(ConfigNode root) {
        List<County> counties = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Set<Integer> orders = new HashSet<>();
        for (ConfigNode item : root.get("counties").items()) {
            item.allowOnly("order", "code", "name", "confirmed", "aliases");
            String code = item.string("code");
            String name = item.string("name");
            if (!code.matches("\\d{6}")) {
                throw item.get("code").error("县区代码“" + code + "”应为 6 位数字");
            }
            List<String> aliases = item.strings("aliases");
            for (String key : concat(code, name, aliases)) {
                if (!seen.add(key)) {
                    throw item.error("“" + key + "”与前面的县区名称、代码或别名重复");
                }
            }
            int order = item.integer("order");
            if (!orders.add(order)) {
                throw item.get("order").error("序号 " + order + " 重复");
            }
            counties.add(new County(code, name, order, item.bool("confirmed", false), aliases));
        }
        if (counties.isEmpty()) {
            throw root.get("counties").error("至少要有一个县区");
        }
        return counties;
    }

    private static List<String> concat(String code, String name, List<String> aliases) {
        List<String> all = new ArrayList<>(List.of(code, name));
        all.addAll(aliases);
        return all;
    }

    private static IssuingAuthority authority(ConfigNode root) {
        return new IssuingAuthorityReader().read(root);
    }
}
