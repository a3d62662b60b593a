package org.perfgrade.snapshot.facts;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.perfgrade.reference.ConfigFiles;
import org.perfgrade.reference.County;
import org.perfgrade.reference.ReferenceData;
import org.perfgrade.reference.ReferenceDataReader;
import org.perfgrade.snapshot.CitySnapshot;
import org.perfgrade.snapshot.CountySnapshot;
import org.perfgrade.snapshot.LevelShares;
import org.perfgrade.snapshot.ShareCalculator;
import org.perfgrade.snapshot.ShareFigures;
import org.perfgrade.snapshot.Snapshot;
import org.perfgrade.snapshot.TargetVerdict;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ranking by target completion and the verdicts, on snapshots written by hand against the shipped 附件1 targets
 * (national: applied &gt;25 %, passed &gt;20 %; provincial: applied &gt;30 %, passed &gt;25 %).
 */
class DateFactsCalculatorTests {

    @TempDir
    Path overrides;

    ReferenceData reference;
    DateFactsCalculator calculator;

    @BeforeEach
    void readTargets() {
        reference = new ReferenceDataReader(new ConfigFiles(List.of(overrides))).read();
        calculator = new DateFactsCalculator(reference, RankingProperties.DEFAULT);
    }

    @Test
    void aLevelWithoutEnterprisesIsNotAssessedAndDoesNotCountAgainstTheCounty() {
        // given 龙亭区 with 4 national enterprises, 2 applied (50 % > 25) and 1 passed (25 % > 20), no provincial one
        Snapshot snapshot = snapshot(county("龙亭区", 4, 2, 1, 0, 0, 0));
        // when
        DateFacts facts = calculator.of(snapshot);
        // then the provincial targets are 不考核, the county meets both that apply and ranks first alone
        CountyFacts c = facts.county("龙亭区");
        assertThat(c.targets()).extracting(TargetFact::verdict).containsExactly(TargetVerdict.MET, TargetVerdict.MET,
                TargetVerdict.NOT_ASSESSED, TargetVerdict.NOT_ASSESSED);
        assertThat(c.applicable()).isEqualTo(2);
        assertThat(c.meetsAll()).isTrue();
        assertThat(c.rankText()).isEqualTo("1");
        assertThat(facts.leaders()).containsExactly("龙亭区");
        assertThat(facts.allMet()).isTrue();
        // and the other nine counties have no enterprise: not ranked, neither met nor missed
        assertThat(facts.county("杞县").verdict()).isEqualTo(TargetVerdict.NOT_ASSESSED);
        assertThat(facts.county("杞县").rank()).isNull();
        assertThat(facts.county("杞县").rankText()).isEqualTo("—");
    }

    @Test
    void aDateWithoutDataMeetsNothingAndNamesNobody() {
        // given no enterprise anywhere
        DateFacts facts = calculator.of(snapshot());
        // then
        assertThat(facts.hasEnterprises()).isFalse();
        assertThat(facts.allMet()).isFalse();
        assertThat(facts.dGoalMet()).isFalse();
        assertThat(facts.leaders()).isEmpty();
        assertThat(facts.trailers()).isEmpty();
        assertThat(facts.missing()).isEmpty();
        assertThat(facts.ranking()).allSatisfy(c -> assertThat(c.rank()).isNull());
    }

    @Test
    void theShareOfTargetsMetDecidesFirst() {
        // given 龙亭区 meets 2 of 2 (national only), 鼓楼区 meets 3 of 4 (provincial passed 1/4 = 25 % is not > 25)
        Snapshot snapshot = snapshot(county("龙亭区", 4, 2, 1, 0, 0, 0), county("鼓楼区", 4, 4, 4, 4, 4, 1));
        // when
        DateFacts facts = calculator.of(snapshot);
        // then 2/2 beats 3/4 although 鼓楼区 passes more
        assertThat(facts.ranking()).extracting(CountyFacts::county).startsWith("龙亭区", "鼓楼区");
        assertThat(facts.county("鼓楼区").misses()).extracting(TargetFact::name).containsExactly("省级通过占比");
        assertThat(facts.county("鼓楼区").gap()).isEqualTo(1);
        assertThat(facts.trailers()).containsExactly("鼓楼区");
        assertThat(facts.allMet()).isFalse();
    }

    @Test
    void theTotalGapDecidesBetweenEqualSharesOfTargetsMet() {
        // given both meet 0 of 2 national targets: 龙亭区 10 enterprises, 0 applied (needs 3), 0 passed (needs 3) → 6;
        // 鼓楼区 10 enterprises, 2 applied (needs 1 more), 2 passed (needs 1 more) → 2
        Snapshot snapshot = snapshot(county("龙亭区", 10, 0, 0, 0, 0, 0), county("鼓楼区", 10, 2, 2, 0, 0, 0));
        // when
        DateFacts facts = calculator.of(snapshot);
        // then fewer missing enterprises rank higher
        assertThat(facts.county("龙亭区").gap()).isEqualTo(6);
        assertThat(facts.county("鼓楼区").gap()).isEqualTo(2);
        assertThat(facts.ranking()).extracting(CountyFacts::county).startsWith("鼓楼区", "龙亭区");
        assertThat(facts.leaders()).isEmpty();
        assertThat(facts.trailers()).containsExactly("鼓楼区", "龙亭区");
    }

    @Test
    void thePassedShareOverBothLevelsDecidesBetweenEqualGaps() {
        // given both meet all: 龙亭区 3 of 4 national passed (75 %), 鼓楼区 1 of 4 national and 2 of 2 provincial
        // (3 of 6 = 50 % over both levels)
        Snapshot snapshot = snapshot(county("龙亭区", 4, 3, 3, 0, 0, 0), county("鼓楼区", 4, 2, 1, 2, 2, 2));
        // when
        DateFacts facts = calculator.of(snapshot);
        // then
        assertThat(facts.ranking()).extracting(CountyFacts::county).startsWith("龙亭区", "鼓楼区");
        assertThat(facts.county("鼓楼区").rankText()).isEqualTo("2");
    }

    @Test
    void equalCountiesShareARankInAnnex1Order() {
        // given three counties with identical figures, 兰考县 (10th in 附件1) first in the list, and one worse
        Snapshot snapshot = snapshot(county("兰考县", 4, 2, 1, 0, 0, 0), county("龙亭区", 4, 2, 1, 0, 0, 0),
                county("杞县", 4, 2, 1, 0, 0, 0), county("鼓楼区", 4, 0, 0, 0, 0, 0));
        // when
        DateFacts facts = calculator.of(snapshot);
        // then ranks 1, 1, 1 (并列) in 附件1 order, then 4
        assertThat(facts.ranking()).extracting(CountyFacts::county).startsWith("龙亭区", "杞县", "兰考县", "鼓楼区");
        assertThat(facts.ranking()).extracting(CountyFacts::rankText).startsWith("1（并列）", "1（并列）", "1（并列）", "4");
        assertThat(facts.leaders()).containsExactly("龙亭区", "杞县", "兰考县");
        assertThat(facts.trailers()).containsExactly("鼓楼区");
    }

    @Test
    void onlyCountiesMeetingEveryTargetAreNamedLeadingAndAtMostThree() {
        // given four counties meeting all, two missing
        Snapshot snapshot = snapshot(county("龙亭区", 4, 4, 4, 0, 0, 0), county("鼓楼区", 4, 3, 3, 0, 0, 0),
                county("杞县", 4, 2, 2, 0, 0, 0), county("兰考县", 4, 2, 1, 0, 0, 0),
                county("尉氏县", 4, 1, 0, 0, 0, 0), county("祥符区", 4, 0, 0, 0, 0, 0));
        // when
        DateFacts facts = calculator.of(snapshot);
        // then
        assertThat(facts.leaders()).containsExactly("龙亭区", "鼓楼区", "杞县");
        assertThat(facts.trailers()).containsExactly("尉氏县", "祥符区");
        assertThat(facts.missing()).extracting(CountyFacts::county).containsExactly("祥符区", "尉氏县");
    }

    @Test
    void theRuleIsPrintedInTheConfiguredOrder() {
        RankingProperties rule = new RankingProperties(List.of(RankingCriterion.PASSED_SHARE), 2);
        assertThat(rule.describe()).startsWith("排名依次按国家级、省级合计通过占比").contains("并列");
        assertThat(RankingProperties.DEFAULT.describe())
                .containsSubsequence("适用目标达标比例", "尚差企业数合计", "合计通过占比");
    }

    /** A county's figures: national counted/applied/passed, provincial counted/applied/passed. */
    private CountySnapshot county(String name, int nc, int na, int np, int pc, int pa, int pp) {
        String code = reference.county(name).map(County::code).orElseThrow();
        return new CountySnapshot(name, List.of(level("national", code, nc, na, np), level("provincial", code, pc, pa, pp)));
    }

    private LevelShares level(String key, String code, int counted, int applied, int passed) {
        var level = LevelShares.level(key);
        ShareFigures a = figures(code, level, org.perfgrade.reference.TargetMetric.APPLIED, applied, counted);
        ShareFigures p = figures(code, level, org.perfgrade.reference.TargetMetric.PASSED, passed, counted);
        return new LevelShares(key, counted, applied, a.share(), passed, p.share(), a.target(), p.target(), a.met(),
                p.met(), a.gap(), p.gap(), 0);
    }

    private ShareFigures figures(String code, org.perfgrade.reference.IndustryLevel level,
                                 org.perfgrade.reference.TargetMetric metric, int n, int d) {
        var target = reference.targets(code).stream().filter(t -> t.level() == level && t.metric() == metric)
                .findFirst().orElseThrow();
        return ShareCalculator.figures(n, d, target.threshold(), target.comparison());
    }

    /** A snapshot of 2021-09-30 with these counties; the others of 附件1 without enterprises. */
    private Snapshot snapshot(CountySnapshot... given) {
        List<CountySnapshot> counties = new ArrayList<>();
        for (County c : reference.counties()) {
            counties.add(List.of(given).stream().filter(g -> g.county().equals(c.name())).findFirst()
                    .orElseGet(() -> county(c.name(), 0, 0, 0, 0, 0, 0)));
        }
        return new Snapshot(LocalDate.of(2021, 9, 30), List.of(), counties,
                new CitySnapshot(List.of(), 0, 0, true), List.of(), List.of(), List.of());
    }

}
