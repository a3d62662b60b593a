package org.perfgrade.notice;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorN;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorSpace;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceCMYKColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceGrayColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceRGBColor;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A notice PDF read back with PDFBox: every visible glyph with its page, position (points from the page's top-left
 * corner, baseline), font, size and fill colour, grouped into lines; page sizes, bookmarks and document information.
 */
record NoticePdf(List<Glyph> glyphs, List<PDRectangle> pageSizes, Map<String, Integer> bookmarks, String title,
                 String author, String subject) {

    /** One glyph; {@code y} is its baseline from the top of the page, {@code rgb} its non-stroking colour. */
    record Glyph(int page, String text, float x, float y, float width, float height, String font, float size,
                 float[] rgb) {

        float right() {
            return x + width;
        }
    }

    /** The glyphs of one page sharing a baseline, left to right. */
    record Line(int page, float y, List<Glyph> glyphs) {

        String text() {
            return glyphs.stream().map(Glyph::text).collect(Collectors.joining());
        }

        float left() {
            return glyphs.get(0).x();
        }

        float right() {
            return glyphs.get(glyphs.size() - 1).right();
        }

        Glyph first() {
            return glyphs.get(0);
        }
    }

    static NoticePdf read(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PDRectangle> sizes = new ArrayList<>();
            document.getPages().forEach(page -> sizes.add(page.getMediaBox()));
            List<Glyph> glyphs = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                {
                    addOperator(new SetNonStrokingColorSpace(this));
                    addOperator(new SetNonStrokingColor(this));
                    addOperator(new SetNonStrokingColorN(this));
                    addOperator(new SetNonStrokingDeviceRGBColor(this));
                    addOperator(new SetNonStrokingDeviceGrayColor(this));
                    addOperator(new SetNonStrokingDeviceCMYKColor(this));
                }

                @Override
                protected void processTextPosition(TextPosition text) {
                    if (!text.getUnicode().isBlank()) {
                        float[] rgb;
                        try {
                            int packed = getGraphicsState().getNonStrokingColor().toRGB();
                            rgb = new float[] {((packed >> 16) & 0xff) / 255f, ((packed >> 8) & 0xff) / 255f,
                                (packed & 0xff) / 255f};
                        }
                        catch (IOException ex) {
                            throw new IllegalStateException(ex);
                        }
                        glyphs.add(new Glyph(getCurrentPageNo(), text.getUnicode(), text.getXDirAdj(),
                                text.getYDirAdj(), text.getWidthDirAdj(), text.getHeightDir(),
                                text.getFont().getName().replaceFirst("^[A-Z]{6}\\+", ""), text.getFontSizeInPt(),
                                rgb));
                    }
                    super.processTextPosition(text);
                }
            };
            stripper.getText(document);
            Map<String, Integer> bookmarks = new LinkedHashMap<>();
            if (document.getDocumentCatalog().getDocumentOutline() != null) {
                for (PDOutlineItem item : document.getDocumentCatalog().getDocumentOutline().children()) {
                    PDPageDestination destination = (PDPageDestination) item.getDestination();
                    bookmarks.put(item.getTitle(), destination == null ? -1
                            : document.getPages().indexOf(destination.getPage()) + 1);
                }
            }
            PDDocumentInformation info = document.getDocumentInformation();
            return new NoticePdf(glyphs, sizes, bookmarks, info.getTitle(), info.getAuthor(), info.getSubject());
        }
    }

    int pages() {
        return pageSizes.size();
    }

    /** The lines of all pages, top to bottom; glyphs within 1 pt of a baseline are one line. */
    List<Line> lines() {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingInt(Glyph::page).thenComparingDouble(Glyph::y).thenComparingDouble(Glyph::x));
        List<Line> lines = new ArrayList<>();
        List<Glyph> current = new ArrayList<>();
        for (Glyph glyph : sorted) {
            if (!current.isEmpty() && (current.get(0).page() != glyph.page()
                    || Math.abs(current.get(0).y() - glyph.y()) > 1)) {
                lines.add(line(current));
                current = new ArrayList<>();
            }
            current.add(glyph);
        }
        if (!current.isEmpty()) {
            lines.add(line(current));
        }
        return lines;
    }

    List<Line> lines(int page) {
        return lines().stream().filter(line -> line.page() == page).toList();
    }

    /** The first line containing the text. */
    Line line(String containing) {
        return lines().stream().filter(line -> line.text().contains(containing)).findFirst()
                .orElseThrow(() -> new AssertionError("PDF 中没有包含“" + containing + "”的行"));
    }

    private static Line line(List<Glyph> glyphs) {
        List<Glyph> ordered = new ArrayList<>(glyphs);
        ordered.sort(Comparator.comparingDouble(Glyph::x));
        return new Line(ordered.get(0).page(), ordered.get(0).y(), List.copyOf(ordered));
    }
}
