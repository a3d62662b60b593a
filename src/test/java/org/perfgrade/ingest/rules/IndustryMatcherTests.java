package org.perfgrade.ingest.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.perfgrade.reference.Industry;

class IndustryMatcherTests {

    private final IndustryMatcher matcher = new IndustryMatcher(TestRows.reference());

    @Test
    void findsAConfiguredIndustryIgnoringSpaces() {
        // given names as configured, with spaces around and inside
        // then each is found
        assertThat(matcher.industry("铸造")).map(Industry::name).contains("铸造");
        assertThat(matcher.industry(" 机械 加工 ")).map(Industry::name).contains("机械加工");
        assertThat(matcher.industry("铸造业")).isEmpty();
        assertThat(matcher.industry("")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"铸造业, 铸造", "水泥制造, 水泥", "包装印刷业, 包装印刷", "汽车制造, 汽车整车制造", "家具, 家具制造",
            "机械加工行业, 机械加工", "玻璃制造业, 玻璃", "焦化厂, 焦化"})
    void suggestsTheNearestName(String written, String expected) {
        // given a name close to a configured one
        // then it is suggested
        assertThat(matcher.suggestIndustry(written)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"纺织印染", "制造", "食品加工", "业", ""})
    void suggestsNothingWhenNoNameIsNearOrSeveralAreAsNear(String written) {
        // given a name near none (or several equally)
        // then nothing is suggested
        assertThat(matcher.suggestIndustry(written)).isEmpty();
    }

    @Test
    void findsAndSuggestsBranches() {
        // given 焦化 and 铸造
        Industry coke = matcher.industry("焦化").orElseThrow();
        Industry foundry = matcher.industry("铸造").orElseThrow();

        // then branches are found whatever the bracket width, and near ones suggested
        assertThat(matcher.branch(coke, "半焦(兰炭)")).isPresent();
        assertThat(matcher.branch(foundry, "熟料")).isEmpty();
        assertThat(matcher.suggestBranch(foundry, "有色铸造")).contains("有色金属铸造");
    }

    @Test
    void measuresTheEditDistance() {
        // then the Levenshtein distance of a few pairs
        assertThat(IndustryMatcher.distance("铸造", "铸造")).isZero();
        assertThat(IndustryMatcher.distance("铸造业", "铸造")).isEqualTo(1);
        assertThat(IndustryMatcher.distance("汽车制造", "汽车整车制造")).isEqualTo(2);
        assertThat(IndustryMatcher.distance("", "水泥")).isEqualTo(2);
    }

    @ParameterizedTest
    @CsvSource({"铸造行业, 铸造, ''", "铸造业, 铸造, ''", "铸造类, 铸造, ''", "包装印刷业, 包装印刷, ''",
            "印刷, 包装印刷, ''", "印刷行业, 包装印刷, ''", "长流程钢铁, 长流程联合钢铁, ''", "汽车制造业, 汽车整车制造, ''",
            "铸造（黑色金属铸造）, 铸造, 黑色金属铸造", "铸造(有色金属铸造), 铸造, 有色金属铸造",
            "工业涂装-钢结构, 工业涂装, 钢结构", "工业涂装—钢结构, 工业涂装, 钢结构", "水泥熟料, 水泥, 熟料",
            "焦化（半焦（兰炭））, 焦化, 半焦（兰炭）", "熟料, 水泥, 熟料", "包装印刷（平版印刷）, 包装印刷, 平版印刷"})
    void readsWhatAClerkReadsWithCertainty(String written, String industry, String branch) {
        // given a type written with a suffix, an alias, or the branch inside it
        // when read
        IndustryMatcher.Reading reading = matcher.read(written);

        // then it is the configured industry (and branch), not written as configured
        assertThat(reading.kind()).isEqualTo(IndustryMatcher.Kind.READ);
        assertThat(reading.industry().name()).isEqualTo(industry);
        assertThat(reading.branch() == null ? "" : reading.branch().name()).isEqualTo(branch);
    }

    @Test
    void aConfiguredNameIsExact() {
        // given 铸造 and 机械 加工 (spaces do not count)
        // then both are exact
        assertThat(matcher.read("铸造").kind()).isEqualTo(IndustryMatcher.Kind.EXACT);
        assertThat(matcher.read(" 机械 加工 ").kind()).isEqualTo(IndustryMatcher.Kind.EXACT);
    }

    @Test
    void anAliasOfTwoIndustriesIsAmbiguous() {
        // given 钢铁, an alias of 长流程联合钢铁 and of 短流程钢铁 in config/industries.yml
        // when read (also with a suffix)
        IndustryMatcher.Reading steel = matcher.read("钢铁");
        IndustryMatcher.Reading steelIndustry = matcher.read("钢铁行业");

        // then it is ambiguous, naming both
        for (IndustryMatcher.Reading reading : java.util.List.of(steel, steelIndustry)) {
            assertThat(reading.kind()).isEqualTo(IndustryMatcher.Kind.AMBIGUOUS);
            assertThat(reading.candidates()).extracting(Industry::name).containsExactly("长流程联合钢铁", "短流程钢铁");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"纺织印染", "铸造厂", "铸造（熟料）", "工业涂装-木器", "食品加工业"})
    void whatNoAliasExplainsIsUnknown(String written) {
        // given a name no suffix, alias or branch explains
        // then unknown
        assertThat(matcher.read(written).kind()).isEqualTo(IndustryMatcher.Kind.UNKNOWN);
    }
}
