package org.perfgrade.notice;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/** The straight lines a PDF strokes (rules), read back with PDFBox: page, ends (from the top left), colour, width. */
final class NoticeStrokes {

    /** A stroked straight segment; {@code y1}/{@code y2} measured from the top of the page. */
    record Stroke(int page, float x1, float y1, float x2, float y2, float[] rgb, float width) {

        float length() {
            return (float) Math.hypot(x2 - x1, y2 - y1);
        }

        boolean horizontal() {
            return Math.abs(y2 - y1) < 0.1f;
        }

        boolean red() {
            return rgb[0] > 0.9f && rgb[1] < 0.1f && rgb[2] < 0.1f;
        }
    }

    private NoticeStrokes() {
    }

    static List<Stroke> read(byte[] pdf) throws IOException {
        List<Stroke> strokes = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int number = 0;
            for (PDPage page : document.getPages()) {
                number++;
                new Engine(page, number, strokes).processPage(page);
            }
        }
        return strokes;
    }

    private static final class Engine extends PDFGraphicsStreamEngine {

        private final int number;
        private final float height;
        private final List<Stroke> strokes;
        private final List<Point2D> path = new ArrayList<>();

        Engine(PDPage page, int number, List<Stroke> strokes) {
            super(page);
            this.number = number;
            this.height = page.getMediaBox().getHeight();
            this.strokes = strokes;
        }

        @Override
        public void moveTo(float x, float y) {
            path.clear();
            path.add(new Point2D.Float(x, y));
        }

        @Override
        public void lineTo(float x, float y) {
            path.add(new Point2D.Float(x, y));
        }

        @Override
        public void strokePath() throws IOException {
            int packed = getGraphicsState().getStrokingColor().toRGB();
            float[] rgb = {((packed >> 16) & 0xff) / 255f, ((packed >> 8) & 0xff) / 255f, (packed & 0xff) / 255f};
            for (int i = 1; i < path.size(); i++) {
                Point2D a = transform(path.get(i - 1));
                Point2D b = transform(path.get(i));
                strokes.add(new Stroke(number, (float) a.getX(), height - (float) a.getY(), (float) b.getX(),
                        height - (float) b.getY(), rgb, getGraphicsState().getLineWidth()));
            }
            path.clear();
        }

        private Point2D transform(Point2D point) {
            return getGraphicsState().getCurrentTransformationMatrix().transformPoint((float) point.getX(),
                    (float) point.getY());
        }

        @Override
        public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
            path.clear();
        }

        @Override
        public void drawImage(PDImage image) {
        }

        @Override
        public void clip(int windingRule) {
        }

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
            path.clear();
        }

        @Override
        public Point2D getCurrentPoint() {
            return path.isEmpty() ? new Point2D.Float() : path.get(path.size() - 1);
        }

        @Override
        public void closePath() {
        }

        @Override
        public void endPath() {
            path.clear();
        }

        @Override
        public void fillPath(int windingRule) {
            path.clear();
        }

        @Override
        public void fillAndStrokePath(int windingRule) {
            path.clear();
        }

        @Override
        public void shadingFill(COSName shadingName) {
        }
    }
}
