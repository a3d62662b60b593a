package org.perfgrade.ingest.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizerTests {

    @Test
    void textIsTrimmedWithHalfWidthLettersAndDigitsAndKeepsLineBreaks() {
        // given a long text with full-width spaces, digits, letters and an Alt+Enter break
        String text = "\u3000１．更换ＳＣＲ催化剂\r\n２．物料（全封闭）储存 \u00A0";

        // then it is trimmed, letters and digits half-width, punctuation and line break kept
        assertThat(TextNormalizer.text(text)).isEqualTo("1．更换SCR催化剂\n2．物料（全封闭）储存");
    }

    @Test
    void namesHaveTheirWhitespaceCollapsed() {
        // given names broken across lines and spaced
        // then breaks between Chinese characters go, other whitespace becomes one space
        assertThat(TextNormalizer.name("开封市华通\n铸造有限公司")).isEqualTo("开封市华通铸造有限公司");
        assertThat(TextNormalizer.name("开封  ABC   科技\u3000有限公司")).isEqualTo("开封 ABC 科技有限公司");
        assertThat(TextNormalizer.name("ＡＢＣ\t Company")).isEqualTo("ABC Company");
    }

    @Test
    void codesAreHalfWidthWithoutSpaces() {
        // given codes and grades in full width
        // then all ASCII is half width, spaces gone
        assertThat(TextNormalizer.code(" Ｂ－ ")).isEqualTo("B-");
        assertThat(TextNormalizer.code("１２．５")).isEqualTo("12.5");
        assertThat(TextNormalizer.code("（兰炭）")).isEqualTo("(兰炭)");
        assertThat(TextNormalizer.key("半焦（兰炭）")).isEqualTo(TextNormalizer.key("半焦(兰炭)"));
    }

    @Test
    void countsAndAbbreviatesByCharacters() {
        // given a text with a character outside the BMP
        String text = "𠀀ab";

        // then it counts as 3 characters and is cut without breaking it
        assertThat(TextNormalizer.length(text)).isEqualTo(3);
        assertThat(TextNormalizer.abbreviate("一二三四五", 3)).isEqualTo("一二三…");
        assertThat(TextNormalizer.abbreviate("一二三", 3)).isEqualTo("一二三");
    }
}
