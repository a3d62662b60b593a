package org.perfgrade.ingest.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeaderTextTests {

    @Test
    void removesEveryKindOfWhiteSpaceIncludingLineBreaksAndFullWidthSpaces() {
        // given headers typed with spaces, Alt+Enter line breaks, U+3000, no-break and zero-width spaces
        // when normalised
        // then only the characters remain
        assertThat(HeaderText.normalize(" 企业\n名称 ")).isEqualTo("企业名称");
        assertThat(HeaderText.normalize("序　号")).isEqualTo("序号");
        assertThat(HeaderText.normalize("绩效\r\n提升\t目标\u00A0\u200B")).isEqualTo("绩效提升目标");
    }

    @Test
    void makesFullWidthCharactersHalfWidthAndUnifiesBracketsAndSeparators() {
        // given full-width brackets, letters and separators
        // when normalised
        // then they compare equal to the half-width spelling
        assertThat(HeaderText.normalize("县（区）")).isEqualTo("县(区)");
        assertThat(HeaderText.normalize("【备注】")).isEqualTo("[备注]");
        assertThat(HeaderText.normalize("ＶＯＣｓ（吨/年）")).isEqualTo(HeaderText.normalize("VOCs(吨/年)"));
        assertThat(HeaderText.normalize("县/区")).isEqualTo("县、区");
        assertThat(HeaderText.normalize("县，区")).isEqualTo("县、区");
        assertThat(HeaderText.normalize("县、区")).isEqualTo("县、区");
        assertThat(HeaderText.normalize("SO2")).isEqualTo("so2");
        assertThat(HeaderText.normalize(null)).isEmpty();
    }

    @Test
    void trimsWhiteSpaceOfEveryKindAtBothEnds() {
        // given a value with U+3000 and no-break spaces around it
        // when trimmed
        // then the inner spaces stay
        assertThat(HeaderText.trim("\u3000兰考 县\u00A0 ")).isEqualTo("兰考 县");
    }
}
