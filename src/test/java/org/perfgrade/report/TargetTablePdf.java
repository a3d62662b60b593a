package org.perfgrade.report;

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

/** A rendered report read back with PDFBox: text, the fonts drawing it, page fonts, page sizes and metadata. */
record TargetTablePdf(String text, Set<String> fontsDrawingText, Set<String> notEmbedded, Set<String> embedded,
                      List<PDRectangle> pageSizes, List<Integer> rotations, String title, String author, String subject) {

    static TargetTablePdf read(Path file) throws IOException {
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            Set<String> notEmbedded = new LinkedHashSet<>();
            Set<String> embedded = new LinkedHashSet<>();
            List<PDRectangle> sizes = new ArrayList<>();
            List<Integer> rotations = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                sizes.add(page.getMediaBox());
                rotations.add(page.getRotation());
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    (font.isEmbedded() ? embedded : notEmbedded).add(baseName(font.getName()));
                }
            }
            Set<String> drawing = new LinkedHashSet<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) throws IOException {
                    for (TextPosition position : positions) {
                        if (!position.getUnicode().isBlank()) {
                            drawing.add(baseName(position.getFont().getName()));
                        }
                    }
                    super.writeString(text, positions);
                }
            };
            String text = stripper.getText(document);
            PDDocumentInformation info = document.getDocumentInformation();
            return new TargetTablePdf(text, drawing, notEmbedded, embedded, sizes, rotations, info.getTitle(), info.getAuthor(),
                    info.getSubject());
        }
    }

    private static String baseName(String pdfName) {
        return pdfName == null ? "" : pdfName.replaceFirst("^[A-Z]{6}\\+", "");
    }

    /** The text without any white space, so that wrapped lines read as one. */
    String compact() {
        return text.replaceAll("\\s", "");
    }
}
