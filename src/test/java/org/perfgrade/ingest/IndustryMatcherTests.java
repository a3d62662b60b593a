package org.perfgrade.ingest;

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
}
