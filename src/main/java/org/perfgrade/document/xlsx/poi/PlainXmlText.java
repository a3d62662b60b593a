package org.perfgrade.document.xlsx.poi;

import java.io.IOException;
import java.io.Writer;

/**
 * 无需转义的单元格文本: tells POI's streaming sheet writers when a cell's text can be written as it is. POI 5.5's
 * {@code SheetDataWriter.outputEscapedString} writes every character with its own (synchronised) {@code Writer}
 * call, which made it the hottest frame of the bulk lists and the import receipts in the benchmark's profile; text
 * this class calls plain is written with one call instead, byte for byte what POI writes.
 */
public final class PlainXmlText {

    private PlainXmlText() {
    }

    /** Writes plain text in one call to {@code out}, any other through POI's own escaping. */
    public static void write(Writer out, String text, Escaping poi) throws IOException {
        if (text != null && isPlain(text)) {
            out.write(text);
        } else {
            poi.write(text);
        }
    }

    /** POI's character-by-character escaping ({@code super::outputEscapedString}). */
    @FunctionalInterface
    public interface Escaping {
        void write(String text) throws IOException;
    }

    /**
     * Whether POI would write every character of {@code text} unchanged: no markup characters ({@code < > & "}), no
     * tab, line break or no-break space (written as character references), no other control character and no
     * U+FFFE/U+FFFF (written as "?"). Surrogate pairs pass unchanged, as POI writes them.
     */
    public static boolean isPlain(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 32 || c == '<' || c == '>' || c == '&' || c == '"' || c == '\u00a0' || c >= '\ufffe') {
                return false;
            }
        }
        return true;
    }
}
