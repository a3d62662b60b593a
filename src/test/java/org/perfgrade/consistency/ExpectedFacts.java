package org.perfgrade.consistency;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * 预期事实: what a data set means, written by hand in the test — for each county its verdict on the four targets of
 * 附件1 (国家级申报、国家级通过、省级申报、省级通过: 达标 / 未达标 / 不考核), the ranks (并列 where tied), the counties
 * the ranking sentence names as 位居前列 and 排名靠后, and the city goals (met, missed, or null: nothing to assess).
 *
 * @param verdicts  each county of 附件1, in its order, to its four verdicts
 * @param ranks     each ranked county to its rank (a county with no enterprise at all is not ranked)
 * @param tied      the ranked counties printed "并列"
 * @param leaders   the counties "位居前列" names (empty: the sentence says none meets every target)
 * @param laggards  the counties "排名靠后" names
 * @param counts    each county with enterprises to its counts: 企业数, 申报数, 通过数 at the national level, then at the
 *                  provincial level
 */
record ExpectedFacts(Map<String, List<Verdict>> verdicts, Map<String, Integer> ranks, Set<String> tied,
                     Set<String> leaders, Set<String> laggards, Boolean nationalGoalMet, Boolean provincialGoalMet,
                     Boolean dGoalMet, Map<String, List<Integer>> counts) {

    /** The counties of 附件1 in its order (config/counties.yml). */
    static final List<String> COUNTIES = List.of("城乡一体化示范区", "龙亭区", "鼓楼区", "禹王台区", "顺河回族区", "祥符区",
            "通许县", "杞县", "尉氏县", "兰考县");

    /** The four targets of a county, in the order of 附件1 and of these verdicts. */
    static final List<String> TARGETS = List.of("国家级申报占比", "国家级通过占比", "省级申报占比", "省级通过占比");

    static Builder builder() {
        return new Builder();
    }

    /** The counties missing at least one target that applies to them (the 未达标 paragraph names them). */
    Set<String> missing() {
        Set<String> missing = new LinkedHashSet<>();
        verdicts.forEach((county, v) -> {
            if (v.contains(Verdict.MISSED)) {
                missing.add(county);
            }
        });
        return missing;
    }

    /** The counties with an enterprise at some level (every other county is not assessed at all). */
    Set<String> withEnterprises() {
        Set<String> counties = new LinkedHashSet<>();
        verdicts.forEach((county, v) -> {
            if (v.stream().anyMatch(x -> x != Verdict.NOT_ASSESSED)) {
                counties.add(county);
            }
        });
        return counties;
    }

    /** "各县区均达到" holds: some county has enterprises and every such county meets every target that applies. */
    boolean everyCountyMeets() {
        return !withEnterprises().isEmpty() && missing().isEmpty();
    }

    /** Writes the facts of a data set county by county. */
    static final class Builder {

        private final Map<String, List<Verdict>> verdicts = new LinkedHashMap<>();
        private final Map<String, Integer> ranks = new LinkedHashMap<>();
        private final Set<String> tied = new LinkedHashSet<>();
        private final Map<String, List<Integer>> counts = new LinkedHashMap<>();
        private Set<String> leaders = Set.of();
        private Set<String> laggards = Set.of();
        private Boolean nationalGoal;
        private Boolean provincialGoal;
        private Boolean dGoal;

        private Builder() {
            for (String county : COUNTIES) {
                verdicts.put(county, Collections.nCopies(4, Verdict.NOT_ASSESSED));
            }
        }

        /** The county's verdicts: national applied, national passed, provincial applied, provincial passed. */
        Builder county(String county, Verdict nationalApplied, Verdict nationalPassed, Verdict provincialApplied,
                       Verdict provincialPassed) {
            if (!verdicts.containsKey(county)) {
                throw new IllegalArgumentException("not a county of 附件1: " + county);
            }
            verdicts.put(county, List.of(nationalApplied, nationalPassed, provincialApplied, provincialPassed));
            return this;
        }

        /** The county's 企业数, 申报数, 通过数: national, then provincial. */
        Builder counts(String county, int national, int nationalApplied, int nationalPassed, int provincial,
                       int provincialApplied, int provincialPassed) {
            counts.put(county, List.of(national, nationalApplied, nationalPassed, provincial, provincialApplied,
                    provincialPassed));
            return this;
        }

        Builder rank(String county, int rank) {
            ranks.put(county, rank);
            return this;
        }

        Builder tiedRank(int rank, String... counties) {
            for (String county : counties) {
                ranks.put(county, rank);
                tied.add(county);
            }
            return this;
        }

        Builder leaders(String... counties) {
            leaders = new LinkedHashSet<>(Arrays.asList(counties));
            return this;
        }

        Builder laggards(String... counties) {
            laggards = new LinkedHashSet<>(Arrays.asList(counties));
            return this;
        }

        Builder cityGoals(Boolean national, Boolean provincial, Boolean noDGrade) {
            nationalGoal = national;
            provincialGoal = provincial;
            dGoal = noDGrade;
            return this;
        }

        ExpectedFacts build() {
            ExpectedFacts facts = new ExpectedFacts(new LinkedHashMap<>(verdicts), new LinkedHashMap<>(ranks),
                    new LinkedHashSet<>(tied), leaders, laggards, nationalGoal, provincialGoal, dGoal,
                    new LinkedHashMap<>(counts));
            // the facts must be coherent among themselves before any document is held to them
            List<String> wrong = new ArrayList<>();
            if (!facts.withEnterprises().equals(ranks.keySet().stream().sorted(
                    (a, b) -> COUNTIES.indexOf(a) - COUNTIES.indexOf(b)).collect(LinkedHashSet::new, Set::add,
                    Set::addAll))) {
                wrong.add("ranked counties " + ranks.keySet() + " are not those with enterprises "
                        + facts.withEnterprises());
            }
            leaders.stream().filter(c -> facts.missing().contains(c)).forEach(c -> wrong.add("leader misses: " + c));
            laggards.stream().filter(c -> !facts.missing().contains(c)).forEach(c -> wrong.add("laggard meets: " + c));
            if (!wrong.isEmpty()) {
                throw new IllegalStateException(String.join("; ", wrong));
            }
            return facts;
        }
    }
}
