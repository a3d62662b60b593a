package org.perfgrade.reference;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Everything a bureau configures about its campaign, read from {@code config/*.yml}: the city and its counties,
 * the grade vocabulary, the industries, the targets, the calendar and the issuing authority. Another city or year
 * is a different set of files, never different code.
 */
public record ReferenceData(City city, List<County> counties, Map<String, Grade> grades, List<Industry> industries,
                            List<Target> targets, List<CityGoal> cityGoals, CampaignCalendar calendar,
                            IssuingAuthority authority) {

    public ReferenceData {
        counties = counties.stream().sorted(Comparator.comparingInt(County::order)).toList();
        grades = Map.copyOf(grades);
        industries = industries.stream().sorted(Comparator.comparingInt(Industry::order)).toList();
        targets = List.copyOf(targets);
        cityGoals = List.copyOf(cityGoals);
    }

    /** A county by its name, code or one of its aliases. */
    public Optional<County> county(String nameOrAlias) {
        if (nameOrAlias == null) {
            return Optional.empty();
        }
        String key = nameOrAlias.strip();
        return counties.stream()
                .filter(c -> c.name().equals(key) || c.code().equals(key) || c.aliases().contains(key))
                .findFirst();
    }

    public Optional<Industry> industry(String name) {
        return name == null ? Optional.empty()
                : industries.stream().filter(i -> i.name().equals(name.strip())).findFirst();
    }

    public Optional<Grade> grade(String code) {
        return Optional.ofNullable(code == null ? null : grades.get(code.strip()));
    }

    public List<Industry> industries(IndustryLevel level) {
        return industries.stream().filter(i -> i.level() == level).toList();
    }

    public List<Target> targets(String countyCode) {
        return targets.stream().filter(t -> t.countyCode().equals(countyCode)).toList();
    }

    public Map<String, County> countiesByCode() {
        return counties.stream().collect(Collectors.toMap(County::code, Function.identity()));
    }
}
