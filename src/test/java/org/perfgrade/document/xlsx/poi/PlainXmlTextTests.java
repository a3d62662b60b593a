package org.perfgrade.document.xlsx.poi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.List;

import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.junit.jupiter.api.Test;

class PlainXmlTextTests {

    private static final List<String> TEXTS = List.of("", "开封市祥符区某某化工有限公司", "plain ascii 123",
            "a<b", "R&D", "say \"hi\"", "x > y", "tab\there", "line\nbreak", "cr\rreturn", "no\u00a0break",
            "bell\u0007", "nul\u0000", "\ufffe", "\uffff", "\ufffd", "𠀀𪚥 surrogate pair", "lone \ud800 high",
            "lone \udc00 low", "=HYPERLINK(\"http://x\")", "　全角空格", "'quote");

    @Test
    void givenAnyTextWhenWrittenThenTheBytesAreThoseOfPoisOwnEscaping() throws IOException {
        for (String text : TEXTS) {
            // given POI's writer and ours over the same text
            StringWriter poi = new StringWriter();
            StringWriter ours = new StringWriter();
            Escaper poiWriter = new Escaper(poi);
            Escaper ourWriter = new Escaper(ours);

            // when
            poiWriter.poi(text);
            ourWriter.fast(text);

            // then
            assertThat(ours.toString()).as(text).isEqualTo(poi.toString());
        }
    }

    @Test
    void givenMarkupControlCharactersOrNonCharactersThenTheTextIsNotPlain() {
        assertThat(PlainXmlText.isPlain("开封市 Kaifeng (2021)")).isTrue();
        assertThat(PlainXmlText.isPlain("𠀀")).isTrue();
        for (String text : List.of("a<b", "a>b", "a&b", "a\"b", "a\tb", "a\nb", "a\u00a0b", "a\u0001b", "\ufffe")) {
            assertThat(PlainXmlText.isPlain(text)).as(text).isFalse();
        }
    }

    /** POI's sheet writer over a string, exposing its escaping and ours. */
    private static final class Escaper extends SheetDataWriter {

        private final Writer target;

        Escaper(StringWriter target) throws IOException {
            super(target);
            this.target = target;
        }

        void poi(String text) throws IOException {
            super.outputEscapedString(text);
            _out.flush();
        }

        void fast(String text) throws IOException {
            PlainXmlText.write(_out, text, super::outputEscapedString);
            _out.flush();
            target.flush();
        }
    }
}
