package org.perfgrade.consistency;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * 版面: the glyphs of a PDF with their positions (as the page is read, portrait or landscape), grouped into the lines
 * a reader sees. Tables are read from it by {@link TableRows}.
 */
record PdfLayout(List<Line> lines, List<Boolean> landscapePages) {

    /** One glyph: page, left edge, baseline, width and its text. */
    record Glyph(int page, float x, float y, float width, float height, String text) {

        float right() {
            return x + width;
        }
    }

    /** The glyphs of one page sharing a baseline, left to right. */
    record Line(int page, float y, List<Glyph> glyphs) {

        String text() {
            StringBuilder text = new StringBuilder();
            glyphs.forEach(g -> text.append(g.text()));
            return text.toString().replaceAll("\\s", "");
        }

        /** The line's text with a space where the glyphs leave a gap (between cells, or between words). */
        String spaced() {
            StringBuilder text = new StringBuilder();
            Glyph previous = null;
            for (Glyph g : glyphs) {
                if (previous != null && g.x() - previous.right() > 2) {
                    text.append(' ');
                }
                text.append(g.text());
                previous = g;
            }
            return text.toString();
        }

        float height() {
            return (float) glyphs.stream().mapToDouble(Glyph::height).max().orElse(10);
        }
    }

    static PdfLayout read(Path file) throws IOException {
        List<Glyph> glyphs = new ArrayList<>();
        List<Boolean> landscape = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            for (PDPage page : document.getPages()) {
                boolean turned = page.getRotation() % 180 != 0;
                boolean wide = page.getMediaBox().getWidth() > page.getMediaBox().getHeight();
                landscape.add(wide != turned);
            }
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    for (TextPosition p : positions) {
                        if (!p.getUnicode().isBlank()) {
                            glyphs.add(new Glyph(getCurrentPageNo(), p.getXDirAdj(), p.getYDirAdj(),
                                    p.getWidthDirAdj(), p.getHeightDir(), p.getUnicode()));
                        }
                    }
                }
            };
            stripper.setSortByPosition(true);
            stripper.getText(document);
        }
        return new PdfLayout(lines(glyphs), List.copyOf(landscape));
    }

    private static List<Line> lines(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingInt(Glyph::page).thenComparing(Glyph::y).thenComparing(Glyph::x));
        List<Line> lines = new ArrayList<>();
        List<Glyph> current = new ArrayList<>();
        for (Glyph g : sorted) {
            if (!current.isEmpty()) {
                Glyph first = current.get(0);
                if (g.page() != first.page() || Math.abs(g.y() - first.y()) > 1.5f) {
                    lines.add(line(current));
                    current = new ArrayList<>();
                }
            }
            current.add(g);
        }
        if (!current.isEmpty()) {
            lines.add(line(current));
        }
        return lines;
    }

    private static Line line(List<Glyph> glyphs) {
        List<Glyph> byX = new ArrayList<>(glyphs);
        byX.sort(Comparator.comparing(Glyph::x));
        return new Line(byX.get(0).page(), byX.get(0).y(), List.copyOf(byX));
    }

    /**
     * The lines after the last line containing {@code title} (the attachment's own title, not the body's references to
     * it) and before the next line starting with an end marker.
     */
    PdfLayout section(String title, String... endMarkers) {
        int start = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).text().contains(title)) {
                start = i + 1;
            }
        }
        if (start < 0) {
            return new PdfLayout(List.of(), landscapePages);
        }
        int end = lines.size();
        for (int i = start; i < lines.size() && end == lines.size(); i++) {
            for (String marker : endMarkers) {
                if (lines.get(i).text().startsWith(marker)) {
                    end = i;
                    break;
                }
            }
        }
        return new PdfLayout(lines.subList(start, end), landscapePages);
    }

    /** Whether every page the lines are set on is landscape (横向). */
    boolean onLandscapePages() {
        return !lines.isEmpty() && lines.stream().allMatch(l -> landscapePages.get(l.page() - 1));
    }

    /** The text of the lines, one a line, cells apart. */
    String spacedText() {
        StringBuilder text = new StringBuilder();
        lines.forEach(l -> text.append(l.spaced()).append('\n'));
        return text.toString();
    }

    /** The text of the lines, one a line. */
    String text() {
        StringBuilder text = new StringBuilder();
        lines.forEach(l -> text.append(l.text()).append('\n'));
        return text.toString();
    }
}
