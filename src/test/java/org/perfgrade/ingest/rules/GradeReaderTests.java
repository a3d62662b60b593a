package org.perfgrade.ingest.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.perfgrade.reference.GradeScheme;

class GradeReaderTests {

    private final GradeReader reader = new GradeReader(TestRows.reference());

    @ParameterizedTest
    @CsvSource({"A, A", "A级, A", "B级企业, B", "B-级, B-",
            "a, A", "Ａ, A", "B-, B-", "B－, B-", "Ｂ－级, B-", "b-, B-", "B—, B-", "C级, C",
            "引领性, 引领性", "引领性企业, 引领性", "绩效引领性, 引领性", "绩效引领性企业, 引领性", "非引领性企业, 非引领性",
            "' D ', D"})
    void normalisesTheSpellingsCountiesUse(String written, String code) {
        // given a grade as written
        // when read
        GradeReader.Reading reading = reader.read(written);

        // then it is the vocabulary code
        assertThat(reading.kind()).isEqualTo(GradeReader.Kind.GRADE);
        assertThat(reading.code()).isEqualTo(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"未评", "无", "未评定"})
    void recognisesUnratedSpellingsAsNotExact(String written) {
        // given 未评级 written another way
        // when read
        GradeReader.Reading reading = reader.read(written);

        // then 未评级, but not as configured
        assertThat(reading.kind()).isEqualTo(GradeReader.Kind.UNRATED);
        assertThat(reading.code()).isEqualTo(GradeReader.UNRATED);
        assertThat(reading.exact()).isFalse();
    }

    @Test
    void onlyTheConfiguredSpellingIsExact() {
        // given grades written exactly as configured (spaces around aside), and other spellings
        // then only the first are exact
        assertThat(reader.read("未评级").exact()).isTrue();
        assertThat(reader.read(" B- ").exact()).isTrue();
        assertThat(reader.read("引领性").exact()).isTrue();
        assertThat(List.of("b", "Ｂ", "B级", "B级企业", "B－", "B-级", "绩效引领性", "引领性企业"))
                .allSatisfy(written -> assertThat(reader.read(written).exact()).as(written).isFalse());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "／", "—", "-", "不涉及"})
    void anEmptyMarkerIsBlank(String written) {
        // then blank, not 未评级
        assertThat(reader.read(written).kind()).isEqualTo(GradeReader.Kind.BLANK);
    }

    @Test
    void tellsBlankAndUnknownApart() {
        // then blank is blank; E and 优秀 are unknown
        assertThat(reader.read("  ").kind()).isEqualTo(GradeReader.Kind.BLANK);
        assertThat(reader.read("E").kind()).isEqualTo(GradeReader.Kind.UNKNOWN);
        assertThat(reader.read("优秀").kind()).isEqualTo(GradeReader.Kind.UNKNOWN);
    }

    @Test
    void comparesByRankWithUnratedBelowAll() {
        // then better grades have smaller ranks; any grade is above 未评级
        assertThat(reader.above("A", "B")).isTrue();
        assertThat(reader.above("B", "B-")).isTrue();
        assertThat(reader.above("B-", "B")).isFalse();
        assertThat(reader.above("C", "C")).isFalse();
        assertThat(reader.above("D", null)).isTrue();
        assertThat(reader.above("引领性", "非引领性")).isTrue();
    }

    @Test
    void listsTheChoicesBestFirst() {
        // given the ABCD and 引领性 schemes
        GradeScheme abcd = new GradeScheme("ABCD", List.of("A", "B", "C", "D"));
        GradeScheme leading = new GradeScheme("引领性", List.of("引领性", "非引领性"));

        // then the choices are listed by rank
        assertThat(reader.choices(List.of(abcd), true)).isEqualTo("A、B、C、D、未评级");
        assertThat(reader.choices(List.of(leading), false)).isEqualTo("引领性、非引领性");
        assertThat(reader.choices(List.of(abcd, leading), false)).isEqualTo("引领性、A、B、C、D、非引领性");
        assertThat(reader.allowed("B-", List.of(abcd))).isFalse();
    }
}
