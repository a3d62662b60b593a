package org.perfgrade.reference;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReferenceDataReaderTests {

    @TempDir
    Path overrides;

    private ReferenceData readDefaults() {
        // an empty override folder: every file comes from the packaged defaults
        return new ReferenceDataReader(new ConfigFiles(List.of(overrides))).read();
    }

    @Test
    void readsTheTenUnitsInTheOrderOfAttachment1() {
        // when
        ReferenceData data = readDefaults();
        // then
        assertThat(data.counties()).extracting(County::name).containsExactly("城乡一体化示范区", "龙亭区", "鼓楼区",
                "禹王台区", "顺河回族区", "祥符区", "通许县", "杞县", "尉氏县", "兰考县");
        assertThat(data.county("顺河区")).map(County::code).contains("410203");
        assertThat(data.county("410225")).map(County::name).contains("兰考县");
        assertThat(data.city().name()).isEqualTo("开封市");
    }

    @Test
    void readsTheThirtyNineNationalIndustriesAndTheKnownProvincialOnes() {
        // when
        ReferenceData data = readDefaults();
        // then
        assertThat(data.industries(IndustryLevel.NATIONAL)).hasSize(39);
        assertThat(data.industries(IndustryLevel.PROVINCIAL)).extracting(Industry::name).contains("机械加工");
        Industry cement = data.industry("水泥").orElseThrow();
        assertThat(cement.category()).isEqualTo(ReviewCategory.BUILDING);
        assertThat(cement.schemeFor("熟料").grades()).containsExactly("A", "B", "C", "D");
        assertThat(cement.schemeFor("粉磨站").grades()).containsExactly("引领性", "非引领性");
        assertThat(data.industry("长流程联合钢铁").orElseThrow().scheme().grades()).contains("B-");
        assertThat(data.grade("B-").orElseThrow().countsAs()).isEqualTo("B");
        assertThat(data.grade("引领性").orElseThrow().leading()).isTrue();
    }

    @Test
    void givesEveryCountyTheFourTargetsOfAttachment1() {
        // when
        ReferenceData data = readDefaults();
        // then
        assertThat(data.targets()).hasSize(40);
        Target nationalPassed = data.targets("410225").stream()
                .filter(t -> t.level() == IndustryLevel.NATIONAL && t.metric() == TargetMetric.PASSED)
                .findFirst().orElseThrow();
        assertThat(nationalPassed.threshold()).isEqualByComparingTo("20");
        assertThat(nationalPassed.comparison()).isEqualTo(Comparison.GT);
        assertThat(Comparison.GT.isMet(new BigDecimal("20.00"), nationalPassed.threshold())).isFalse();
        assertThat(data.cityGoals()).hasSize(3);
    }

    @Test
    void readsTheCalendarWithItsFourReviewBatches() {
        // when
        CampaignCalendar calendar = readDefaults().calendar();
        // then
        assertThat(calendar.reviewBatch(ReviewCategory.VOCS)).map(Deadline::due).contains(LocalDate.of(2021, 8, 5));
        assertThat(calendar.reviewBatch(ReviewCategory.METAL)).map(Deadline::due).contains(LocalDate.of(2021, 8, 15));
        assertThat(calendar.reviewBatch(ReviewCategory.BUILDING)).map(Deadline::due)
                .contains(LocalDate.of(2021, 8, 30));
        assertThat(calendar.reviewBatch(ReviewCategory.HENAN)).map(Deadline::due).contains(LocalDate.of(2021, 9, 15));
        assertThat(calendar.deadlines()).extracting(Deadline::code).contains("improvement-list", "expert-register");
    }

    @Test
    void aFileInTheOverrideFolderReplacesOnlyThatFile() throws IOException {
        // given
        Files.writeString(overrides.resolve("targets.yml"), """
                year: 2021
                defaults:
                  - { level: national,   metric: applied, comparison: gt, threshold: 25 }
                  - { level: national,   metric: passed,  comparison: gt, threshold: 20 }
                  - { level: provincial, metric: applied, comparison: gt, threshold: 30 }
                  - { level: provincial, metric: passed,  comparison: gt, threshold: 25 }
                overrides:
                  - { county: 兰考, level: national, metric: passed, comparison: gt, threshold: 22.5 }
                """);
        // when
        ReferenceData data = readDefaults();
        // then
        assertThat(data.targets("410225")).filteredOn(t -> t.level() == IndustryLevel.NATIONAL
                && t.metric() == TargetMetric.PASSED).extracting(Target::threshold)
                .containsExactly(new BigDecimal("22.5"));
        assertThat(data.cityGoals()).isEmpty();
        assertThat(data.counties()).hasSize(10);
    }

    @Test
    void aYamlSyntaxErrorNamesTheFileAndLine() throws IOException {
        // given
        Files.writeString(overrides.resolve("counties.yml"), """
                city:
                  name: 开封市
                  code: "410200"
                 province: 河南省
                counties: []
                """);
        // when / then
        assertThatThrownBy(this::readDefaults)
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("counties.yml")
                .hasMessageContaining("第 4 行")
                .hasMessageContaining("YAML 格式错误")
                .satisfies(ex -> assertThat(((ConfigException) ex).line()).isEqualTo(4));
    }

    @Test
    void anUnknownGradeSchemeNamesTheLineOfTheIndustry() throws IOException {
        // given
        Files.writeString(overrides.resolve("industries.yml"), """
                grades:
                  - { code: A, rank: 1, abClass: true }
                  - { code: B, rank: 2, abClass: true }
                schemes:
                  AB: [A, B]
                industries:
                  - { name: 铸造, level: national, category: metal, scheme: AB }
                  - { name: 水泥, level: national, category: building, scheme: ABCD }
                """);
        // when / then
        assertThatThrownBy(this::readDefaults)
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("industries.yml 第 8 行")
                .hasMessageContaining("级别方案“ABCD”未在 schemes 中定义");
    }

    @Test
    void readsTheAliasesOfTheIndustries() {
        // when
        ReferenceData data = readDefaults();
        // then 印刷 is an alias of 包装印刷, and 钢铁 one of both steel industries (so ambiguous when read)
        assertThat(data.industry("包装印刷").orElseThrow().aliases()).contains("印刷");
        assertThat(data.industries()).filteredOn(i -> i.aliases().contains("钢铁")).extracting(Industry::name)
                .containsExactly("长流程联合钢铁", "短流程钢铁");
        assertThat(data.industries()).flatExtracting(Industry::aliases)
                .noneMatch(alias -> data.industry((String) alias).isPresent());
    }

    @Test
    void anAliasThatIsAnIndustrysNameIsAnError() throws IOException {
        // given 水泥 listed as an alias of 铸造
        Files.writeString(overrides.resolve("industries.yml"), """
                grades:
                  - { code: A, rank: 1, abClass: true }
                schemes:
                  A: [A]
                industries:
                  - { name: 铸造, level: national, category: metal, scheme: A, aliases: [铸件, 水泥] }
                  - { name: 水泥, level: national, category: building, scheme: A }
                """);
        // when / then
        assertThatThrownBy(this::readDefaults)
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("industries.yml 第 6 行")
                .hasMessageContaining("别名“水泥”与行业名称相同");
    }

    @Test
    void aMisspeltKeyIsAnErrorNotSilentlyIgnored() throws IOException {
        // given
        Files.writeString(overrides.resolve("calendar.yml"), """
                year: 2021
                stages:
                  - code: review
                    name: 审核评定阶段
                    form: 2021-08-01
                    to: 2021-09-15
                """);
        // when / then
        assertThatThrownBy(this::readDefaults)
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("calendar.yml 第 5 行")
                .hasMessageContaining("不认识的键“form”");
    }

    @Test
    void aTargetForAnUnknownCountyIsRefused() throws IOException {
        // given
        Files.writeString(overrides.resolve("targets.yml"), """
                year: 2021
                defaults: []
                overrides:
                  - { county: 开封县城, level: national, metric: passed, comparison: gt, threshold: 20 }
                """);
        // when / then
        assertThatThrownBy(this::readDefaults)
                .hasMessageContaining("targets.yml 第 4 行")
                .hasMessageContaining("县区“开封县城”不在 counties.yml 中");
    }

    @Test
    void aFileSavedAsGbkIsRefusedWithAHint() throws IOException {
        // given
        Files.write(overrides.resolve("authority.yml"), "name: 开封市".getBytes("GBK"));
        // when / then
        assertThatThrownBy(this::readDefaults).hasMessageContaining("authority.yml").hasMessageContaining("UTF-8");
    }
}
