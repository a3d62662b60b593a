package org.perfgrade.document.xlsx.poi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class Utf8WriterTests {

    private static final String ALPHABET = "aZ09<&\" \t\n开封市祥符区化工é¢ÿ\u0800\uffff\ud83d\ude00\ud840\udc00\ud800\udc00";

    @Test
    void givenRandomTextInRandomPiecesWhenWrittenThenTheBytesAreThoseOfOutputStreamWriter() throws IOException {
        Random random = new Random(20211115);
        for (int round = 0; round < 2_000; round++) {
            // given a text of ASCII, CJK, 2-byte, 3-byte and 4-byte characters, lone surrogates included
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(200);
            for (int i = 0; i < length; i++) {
                text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            // when both writers get it in the same random pieces, by the String, char[] and int calls
            ByteArrayOutputStream expected = new ByteArrayOutputStream();
            ByteArrayOutputStream actual = new ByteArrayOutputStream();
            try (Writer jdk = new OutputStreamWriter(expected, StandardCharsets.UTF_8);
                 Writer ours = new Utf8Writer(actual)) {
                int at = 0;
                while (at < text.length()) {
                    int piece = Math.min(text.length() - at, 1 + random.nextInt(7));
                    switch (random.nextInt(3)) {
                        case 0 -> {
                            jdk.write(text.toString(), at, piece);
                            ours.write(text.toString(), at, piece);
                        }
                        case 1 -> {
                            char[] chars = text.substring(at, at + piece).toCharArray();
                            jdk.write(chars, 0, chars.length);
                            ours.write(chars, 0, chars.length);
                        }
                        default -> {
                            piece = 1;
                            jdk.write(text.charAt(at));
                            ours.write(text.charAt(at));
                        }
                    }
                    at += piece;
                }
            }
            // then
            assertThat(actual.toByteArray()).as(text.toString()).isEqualTo(expected.toByteArray());
        }
    }

    @Test
    void givenMoreThanTheBufferWhenWrittenThenNothingIsLost() throws IOException {
        // given 300,000 characters in long calls
        String line = "开封市重点行业绩效分级 A级 B-级 😀\n".repeat(10_000);
        ByteArrayOutputStream actual = new ByteArrayOutputStream();

        // when
        try (Writer ours = new Utf8Writer(actual)) {
            for (String piece : List.of(line, line, line)) {
                ours.write(piece);
            }
        }

        // then
        assertThat(actual.toString(StandardCharsets.UTF_8)).isEqualTo(line.repeat(3));
    }

    @Test
    void givenAClosedWriterWhenClosedAgainThenNothingIsWritten() throws IOException {
        // given a stream that refuses writes once closed, as a finished GZIP stream does
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        java.io.OutputStream strict = new java.io.FilterOutputStream(bytes) {
            private boolean closed;

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                if (closed) {
                    throw new IOException("write beyond end of stream");
                }
                super.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                closed = true;
                super.close();
            }
        };
        Utf8Writer writer = new Utf8Writer(strict);
        writer.write("开封");
        writer.close();

        // when / then
        writer.close();
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("开封");
    }
}
