package org.perfgrade.reference;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.perfgrade.DatabaseTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@DatabaseTest
class ReferenceDataRepositoryTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReferenceData data;

    @Autowired
    ReferenceDataRepository repository;

    @Test
    void startUpLoadsTheReferenceDataIntoTheDatabase() {
        // then (loaded by the start-up runner)
        assertThat(jdbc.sql("SELECT name FROM county ORDER BY display_order").query(String.class).list())
                .containsExactly("城乡一体化示范区", "龙亭区", "鼓楼区", "禹王台区", "顺河回族区", "祥符区", "通许县", "杞县",
                        "尉氏县", "兰考县");
        assertThat(count("SELECT COUNT(*) FROM industry WHERE industry_level = 'NATIONAL' AND active = TRUE"))
                .isEqualTo(39);
        assertThat(count("SELECT COUNT(*) FROM target WHERE campaign_year = 2021")).isEqualTo(40);
        assertThat(jdbc.sql("SELECT b.grade_scheme FROM industry_branch b JOIN industry i ON i.id = b.industry_id "
                + "WHERE i.name = '水泥' AND b.name = '粉磨站'").query(String.class).single()).isEqualTo("引领性,非引领性");
        assertThat(jdbc.sql("SELECT due_on FROM campaign_deadline WHERE review_category = 'BUILDING'")
                .query(java.time.LocalDate.class).single()).isEqualTo(java.time.LocalDate.of(2021, 8, 30));
        assertThat(jdbc.sql("SELECT county_code FROM county_alias WHERE alias = '顺河区'").query(String.class).single())
                .isEqualTo("410203");
    }

    @Test
    void loadingTwiceChangesNothing() {
        // given
        List<Long> before = counts();
        // when
        repository.synchronize(data);
        repository.synchronize(data);
        // then
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void aCorrectedTargetIsUpdatedAndADroppedIndustryKeptInactive() {
        // given a config with one target corrected and the last industry removed
        List<Target> targets = new ArrayList<>(data.targets());
        Target first = targets.get(0);
        targets.set(0, new Target(first.year(), first.countyCode(), first.level(), first.metric(), first.comparison(),
                new BigDecimal("27.5")));
        List<Industry> industries = data.industries().subList(0, data.industries().size() - 1);
        Industry dropped = data.industries().get(data.industries().size() - 1);
        ReferenceData changed = new ReferenceData(data.city(), data.counties(), data.grades(), industries, targets,
                data.cityGoals(), data.calendar(), data.authority());
        try {
            // when
            repository.synchronize(changed);
            // then
            assertThat(jdbc.sql("SELECT threshold FROM target WHERE campaign_year = :y AND county_code = :c "
                    + "AND industry_level = :l AND metric = :m")
                    .param("y", first.year()).param("c", first.countyCode()).param("l", first.level().name())
                    .param("m", first.metric().name()).query(BigDecimal.class).single()).isEqualByComparingTo("27.5");
            assertThat(jdbc.sql("SELECT active FROM industry WHERE name = :n").param("n", dropped.name())
                    .query(Boolean.class).single()).isFalse();
        }
        finally {
            repository.synchronize(data);
        }
        assertThat(jdbc.sql("SELECT active FROM industry WHERE name = :n").param("n", dropped.name())
                .query(Boolean.class).single()).isTrue();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private List<Long> counts() {
        return List.of("county", "county_alias", "grade", "industry", "industry_branch", "target", "city_goal",
                "campaign_stage", "campaign_deadline").stream()
                .map(t -> count("SELECT COUNT(*) FROM " + t)).toList();
    }
}
