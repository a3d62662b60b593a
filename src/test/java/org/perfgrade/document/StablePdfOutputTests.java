package org.perfgrade.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The PDF stabiliser: dates and file identifier replaced in place, nothing else touched, lengths kept. */
class StablePdfOutputTests {

    private static final String BODY = "%PDF-1.5\n1 0 obj <</Length 3>> stream\nabc\nendstream endobj\n";

    @Test
    void fixesDatesAndIdentifierWithoutChangingTheLength() throws IOException {
        // given: the same document written at two moments with two random identifiers, with a long body in between
        String filler = "x".repeat(40_000);
        String first = pdf(filler, "D:20261128192912+08'00'", "D:20261128192913+08'00'",
                "e1f649725c75e521163b683042b4b232");
        String second = pdf(filler, "D:20261129010203+08'00'", "D:20261129010203+08'00'",
                "0123456789abcdef0123456789abcdef");
        // when
        String a = stabilise(first, 7);
        String b = stabilise(second, 13);
        // then
        assertThat(a).isEqualTo(b).hasSameSizeAs(first);
        assertThat(a).contains("/CreationDate(D:20210816000000+08'00')", "/ModDate(D:20210816000000+08'00')")
                .doesNotContain("e1f649725c75e521163b683042b4b232").contains(filler);
        String id = a.substring(a.indexOf("/ID [<") + 6, a.indexOf("/ID [<") + 38);
        assertThat(id).matches("[0-9a-f]{32}");
        assertThat(a).contains("/ID [<" + id + "><" + id + ">]");
    }

    @Test
    void differentContentGetsADifferentIdentifier() throws IOException {
        String a = stabilise(pdf("one", "D:20261128192912Z", "D:20261128192912Z", "00000000000000000000000000000000"), 5);
        String b = stabilise(pdf("two", "D:20261128192912Z", "D:20261128192912Z", "00000000000000000000000000000000"), 5);
        assertThat(a.substring(a.indexOf("/ID"))).isNotEqualTo(b.substring(b.indexOf("/ID")));
    }

    @Test
    void numbersFontSubsetTagsInOrderOfAppearance() throws IOException {
        // given: two renders whose subset tags were drawn at random, and a look-alike inside a stream
        String first = pdf("<</BaseFont/QWERTY+FandolFang-Regular>> <</FontName/QWERTY+FandolFang-Regular>> "
                + "<</BaseFont/ZXCVBN+FandolHei-Regular>> stream /KEEPME+x", "D:20261128192912Z", "D:20261128192912Z",
                "00000000000000000000000000000000");
        String second = first.replace("QWERTY", "MNBVCX").replace("ZXCVBN", "POIUYT");
        // when
        String a = stabilise(first, 3);
        String b = stabilise(second, 11);
        // then
        assertThat(a).isEqualTo(b).contains("/BaseFont/AAAAAA+FandolFang-Regular", "/FontName/AAAAAA+FandolFang",
                "/BaseFont/AAAAAB+FandolHei-Regular", "/KEEPME+x");
    }

    private static String pdf(String filler, String created, String modified, String id) {
        return BODY + filler + "\n2 0 obj <</Creator(perfgrade)/CreationDate(" + created + ")/ModDate(" + modified
                + ")/Producer(OpenPDF 2.0.5)>> endobj\nxref\n0 3\ntrailer\n<</Info 2 0 R/ID [<" + id + "><" + id
                + ">]/Root 1 0 R/Size 3>>\nstartxref\n123\n%%EOF\n";
    }

    /** Writes the text in pieces of {@code chunk} bytes, as an exporter does. */
    private static String stabilise(String text, int chunk) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        StablePdfOutput out = new StablePdfOutput(sink, LocalDate.of(2021, 8, 16));
        for (int i = 0; i < bytes.length; i += chunk) {
            out.write(bytes, i, Math.min(chunk, bytes.length - i));
        }
        out.finish();
        return sink.toString(StandardCharsets.ISO_8859_1);
    }
}
