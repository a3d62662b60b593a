package org.perfgrade.document;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A PDF read back with PDFBox for assertions: its text lines with the fonts that draw them, the fonts every page
 * declares, page sizes and document information.
 */
record RenderedPdf(List<Line> lines, List<PageFont> pageFonts, List<PDRectangle> pageSizes, List<Integer> rotations,
                   Info info) {

    /** The document information dictionary. */
    record Info(String title, String author, String subject, String creator, String keywords) {
    }

    /** A line of text and the fonts (base names without subset prefix) and sizes of its visible glyphs. */
    record Line(String text, Set<String> fonts, Set<Float> sizes) {
    }

    /** A font in a page's resources. */
    record PageFont(int page, String name, boolean embedded) {
    }

    static RenderedPdf read(Path file) throws IOException {
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            List<PageFont> fonts = new ArrayList<>();
            List<PDRectangle> sizes = new ArrayList<>();
            List<Integer> rotations = new ArrayList<>();
            int number = 0;
            for (PDPage page : document.getPages()) {
                number++;
                sizes.add(page.getMediaBox());
                rotations.add(page.getRotation());
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    fonts.add(new PageFont(number, baseName(font.getName()), font.isEmbedded()));
                }
            }
            List<Line> lines = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) throws IOException {
                    Set<String> lineFonts = new LinkedHashSet<>();
                    Set<Float> lineSizes = new LinkedHashSet<>();
                    for (TextPosition position : positions) {
                        if (!position.getUnicode().isBlank()) {
                            lineFonts.add(baseName(position.getFont().getName()));
                            lineSizes.add(position.getFontSizeInPt());
                        }
                    }
                    lines.add(new Line(text, lineFonts, lineSizes));
                    super.writeString(text, positions);
                }
            };
            stripper.getText(document);
            PDDocumentInformation info = document.getDocumentInformation();
            return new RenderedPdf(List.copyOf(lines), List.copyOf(fonts), List.copyOf(sizes), List.copyOf(rotations),
                    new Info(info.getTitle(), info.getAuthor(), info.getSubject(), info.getCreator(),
                            info.getKeywords()));
        }
    }

    /** "MRKYTW+FandolSong-Regular-Identity-H" → "FandolSong-Regular-Identity-H". */
    static String baseName(String pdfName) {
        return pdfName == null ? "" : pdfName.replaceFirst("^[A-Z]{6}\\+", "");
    }

    List<String> texts() {
        return lines.stream().map(Line::text).toList();
    }

    /** The fonts that draw at least one visible glyph. */
    Set<String> fontsDrawingText() {
        Set<String> result = new LinkedHashSet<>();
        lines.forEach(line -> result.addAll(line.fonts()));
        return result;
    }

    Line line(String text) {
        return lines.stream().filter(line -> line.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no line \"" + text + "\" in " + texts()));
    }
}
