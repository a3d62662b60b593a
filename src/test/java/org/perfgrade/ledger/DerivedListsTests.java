package org.perfgrade.ledger;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.perfgrade.DatabaseTest;
import org.perfgrade.LedgerTables;
import org.perfgrade.ledger.facts.EnterpriseFacts;
import org.perfgrade.ledger.facts.Honour;
import org.perfgrade.ledger.facts.HonourKind;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.perfgrade.ledger.GradingFixtures.enterprise;
import static org.perfgrade.ledger.GradingFixtures.line;
import static org.perfgrade.ledger.LedgerFixtures.LANKAO;
import static org.perfgrade.ledger.LedgerFixtures.TONGXU;
import static org.perfgrade.ledger.LedgerFixtures.creditCode;

/**
 * 差异化管控名单 for two dates: a June ledger, then a September ledger that changes grades and drops a line. Every
 * list of the earlier date is the same after the later changes (reproducible). The lines are dated as recorded on
 * the June import's day, as a real import would have recorded them.
 */
@DatabaseTest
class DerivedListsTests {

    private static final LocalDate JUNE = LocalDate.of(2021, 6, 1);
    private static final LocalDate SEPTEMBER = LocalDate.of(2021, 9, 1);
    private static final LocalDate BEFORE = LocalDate.of(2021, 8, 1);
    private static final LocalDate AFTER = LocalDate.of(2021, 9, 2);

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LedgerImport ledger;

    @Autowired
    DerivedLists lists;

    LedgerFixtures fixtures;

    // 博 (bo) sorts after 安 (an) in Chinese order although its code point is smaller
    EnterpriseFacts bo = enterprise(creditCode(), "通许县博远铸造有限公司", TONGXU, true, true, null, null);
    EnterpriseFacts an = enterprise(creditCode(), "通许县安达制药有限公司", TONGXU, true, false, null, null);
    EnterpriseFacts dong = enterprise(creditCode(), "通许县东方铸造有限公司", TONGXU, false, false, null, null);
    EnterpriseFacts green = enterprise(creditCode(), "通许县绿源机械有限公司", TONGXU, false, false, null,
            List.of(new Honour(HonourKind.GREEN_FACTORY, 2019), new Honour(HonourKind.ENERGY_EFFICIENCY_LEADER, 2021)));
    EnterpriseFacts fresh = enterprise(creditCode(), "通许县新建机械有限公司", TONGXU, false, false, null, null);
    EnterpriseFacts lankao = enterprise(creditCode(), "兰考县阿尔法铸造有限公司", LANKAO, true, true, null,
            List.of(new Honour(HonourKind.GREEN_DEVELOPMENT_RANKING, 2020)));

    @BeforeEach
    void setUp() {
        LedgerTables.clear(jdbc);
        fixtures = new LedgerFixtures(jdbc);
        ledger.applyLedgerRows(fixtures.ledger(LANKAO, JUNE), List.of(line(4, lankao, "铸造", "黑色金属铸造", "A")));
        ledger.applyLedgerRows(fixtures.ledger(TONGXU, JUNE), List.of(
                line(4, bo, "铸造", "黑色金属铸造", "A"), line(5, an, "制药", null, "B"),
                line(6, dong, "铸造", "黑色金属铸造", "D"), line(7, green, "机械加工", null, "C"),
                line(8, fresh, "机械加工", null, null)));
        jdbc.sql("UPDATE ledger_line SET created_at = :june").param("june", JUNE.atTime(12, 0)).update();
        SubmissionContext september = fixtures.ledger(TONGXU, SEPTEMBER);
        ledger.applyLedgerRows(september, List.of(
                line(4, bo, "铸造", "黑色金属铸造", "B"), line(6, dong, "铸造", "黑色金属铸造", "C"),
                line(7, green, "机械加工", null, "C"), line(8, fresh, "机械加工", null, "C")));
        ledger.retireLedgerLines(september); // 安达制药 is no longer listed
    }

    @Test
    void thePositiveListHoldsAGradeLinesOfCleanEnergyEnterprises() {
        assertThat(lists.positiveList(BEFORE)).extracting(DerivedLists.Entry::county, DerivedLists.Entry::enterprise,
                DerivedLists.Entry::grade).containsExactly(tuple("通许县", bo.name(), "A"), tuple("兰考县", lankao.name(), "A"));
        assertThat(lists.positiveList(AFTER)).extracting(DerivedLists.Entry::enterprise).containsExactly(lankao.name());
    }

    @Test
    void theVocsExemptionHoldsAbClassLinesOfLowVocsEnterprisesInChineseOrder() {
        assertThat(lists.vocsExemption(BEFORE)).extracting(DerivedLists.Entry::enterprise, DerivedLists.Entry::industry,
                DerivedLists.Entry::grade).containsExactly(tuple(an.name(), "制药", "B"), tuple(bo.name(), "铸造", "A"),
                tuple(lankao.name(), "铸造", "A"));
        assertThat(lists.vocsExemption(AFTER)).extracting(DerivedLists.Entry::enterprise, DerivedLists.Entry::grade)
                .containsExactly(tuple(bo.name(), "B"), tuple(lankao.name(), "A"));
    }

    @Test
    void seasonalControlHoldsDGradeLines() {
        assertThat(lists.seasonalControl(BEFORE)).singleElement().satisfies(e -> {
            assertThat(e.countyCode()).isEqualTo(TONGXU);
            assertThat(e.creditCode()).isEqualTo(dong.creditCode());
            assertThat(e.branch()).isEqualTo("黑色金属铸造");
            assertThat(e.grade()).isEqualTo("D");
        });
        assertThat(lists.seasonalControl(AFTER)).isEmpty();
    }

    @Test
    void priorityCandidatesHoldAnHonourOfTheLastThreeYears() {
        assertThat(lists.priorityCandidates(BEFORE)).extracting(DerivedLists.Entry::enterprise,
                DerivedLists.Entry::note).containsExactly(tuple(green.name(), "能效领跑者（2021）、绿色工厂（2019）"),
                tuple(lankao.name(), "绿色发展排行榜（2020）"));
        assertThat(lists.priorityCandidates(LocalDate.of(2022, 3, 1))).extracting(DerivedLists.Entry::enterprise,
                DerivedLists.Entry::note).containsExactly(tuple(green.name(), "能效领跑者（2021）"),
                tuple(lankao.name(), "绿色发展排行榜（2020）"));
    }

    @Test
    void neverGradedHoldsEnterprisesWithoutAnyGradeByTheDay() {
        assertThat(lists.neverGraded(BEFORE)).extracting(DerivedLists.Entry::enterprise, DerivedLists.Entry::industry,
                DerivedLists.Entry::grade).containsExactly(tuple(fresh.name(), "机械加工", null));
        assertThat(lists.neverGraded(AFTER)).isEmpty();
        assertThat(lists.neverGraded(JUNE.minusDays(1))).isEmpty();
        assertThat(lists.neverGraded(JUNE)).extracting(DerivedLists.Entry::enterprise).containsExactly(fresh.name());
    }
}
