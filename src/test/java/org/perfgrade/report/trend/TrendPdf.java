package org.perfgrade.report.trend;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;

/** A PDF read back page by page: each page's text without white space and its images. */
record TrendPdf(List<String> pages, List<List<BufferedImage>> images) {

    static TrendPdf read(Path file) throws IOException {
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            List<String> pages = new ArrayList<>();
            List<List<BufferedImage>> images = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int n = 1; n <= document.getNumberOfPages(); n++) {
                stripper.setStartPage(n);
                stripper.setEndPage(n);
                pages.add(stripper.getText(document).replaceAll("\\s", ""));
                PDPage page = document.getPage(n - 1);
                List<BufferedImage> found = new ArrayList<>();
                for (COSName name : page.getResources().getXObjectNames()) {
                    PDXObject object = page.getResources().getXObject(name);
                    if (object instanceof PDImageXObject image) {
                        found.add(image.getImage());
                    }
                }
                images.add(found);
            }
            return new TrendPdf(pages, images);
        }
    }

    String all() {
        return String.join("", pages);
    }

    /** How many pixels are within a small distance of the colour. */
    static int count(BufferedImage image, int rgb) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int p = image.getRGB(x, y);
                if (Math.abs(((p >> 16) & 0xFF) - ((rgb >> 16) & 0xFF)) <= 12
                        && Math.abs(((p >> 8) & 0xFF) - ((rgb >> 8) & 0xFF)) <= 12
                        && Math.abs((p & 0xFF) - (rgb & 0xFF)) <= 12) {
                    n++;
                }
            }
        }
        return n;
    }
}
