package org.perfgrade.report;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

import org.perfgrade.document.FontRole;
import org.perfgrade.document.PdfMetadata;
import org.perfgrade.document.PdfRoleFonts;
import org.perfgrade.document.StablePdf;

/**
 * 附件2 的 PDF 排版: the improvement list drawn with OpenPDF directly — a bulk table of up to 100,000 lines, where a
 * report engine's per-element export cost several times the bare table (measured: a plain JasperReports list 3.5 ×
 * raw OpenPDF). A4 landscape, margins 20/20/24/20 pt; on the first page "附件2" (黑体 16), the title (小标宋 20) and the
 * 日期 line (仿宋 12) in a 70 pt band; on every page the 13 column headers (宋体 9, a 34 pt row) above the table, and
 * "第 x 页 共 y 页" (宋体 9) in the 20 pt band at the foot, y filled in when the document closes. Rows (宋体 9, padding 2,
 * 0.5 pt borders, at least 18 pt) wrap long texts and grow; a row moves whole to the next page unless it is taller
 * than a page, which then splits. The rows are read once and added in slices, so that only a page or so of them is
 * held; the same content gives the same bytes ({@link StablePdf}).
 */
final class ImprovementListPdf {

    static final float MARGIN_X = 20;
    static final float MARGIN_TOP = 24;
    static final float MARGIN_BOTTOM = 20;
    static final float TITLE_BAND = 70;
    static final float HEADER_HEIGHT = 34;
    static final float FOOTER_BAND = 20;
    static final float ROW_HEIGHT = 18;
    private static final float BORDER = 0.5f;
    private static final float TABLE_SIZE = 9;
    private static final int SLICE = 100;
    /** Columns printed centred (序号, 省辖市, 县、区, 行业, 分支, 现状, 目标, 拟完成时间); the others left-aligned. */
    private static final boolean[] CENTRED = { true, true, true, false, true, true, true, true, false, false, false,
            true, false };

    private ImprovementListPdf() {
    }

    /**
     * Writes the document to {@code out} (not closed), reading the rows (already numbered and ordered) once.
     *
     * @param dateLine "日期：2021年8月16日" (with "　县区：…" for a county's extract)
     */
    static void write(PdfRoleFonts fonts, PdfMetadata metadata, LocalDate asOf, String attachment, String title,
                      String dateLine, List<String> headers, float[] widths, Iterator<ImprovementListRow> rows,
                      OutputStream out) {
        StablePdf.write(asOf, out, stable -> {
            // A4 landscape as a wide page, not a portrait page turned by /Rotate
            Rectangle page = new Rectangle(PageSize.A4.getHeight(), PageSize.A4.getWidth());
            float width = page.getWidth() - 2 * MARGIN_X;
            Font tableFont = new Font(fonts.of(FontRole.TABLE), TABLE_SIZE);
            Document document = new Document(page, MARGIN_X, MARGIN_X, MARGIN_TOP + TITLE_BAND + HEADER_HEIGHT,
                    MARGIN_BOTTOM + FOOTER_BAND);
            PdfWriter writer = PdfWriter.getInstance(document, stable);
            writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
            PdfPTable titleBand = titleBand(fonts, width, attachment, title, dateLine);
            PdfPTable header = header(headers, widths, width, tableFont);
            writer.setPageEvent(new Frame(titleBand, header, tableFont));
            document.addTitle(metadata.title());
            document.addAuthor(metadata.author());
            if (metadata.subject() != null) {
                document.addSubject(metadata.subject());
            }
            if (metadata.keywords() != null) {
                document.addKeywords(metadata.keywords());
            }
            document.addCreator("perfgrade");
            document.open();
            // from the second page on, the table starts right below the header
            document.setMargins(MARGIN_X, MARGIN_X, MARGIN_TOP + HEADER_HEIGHT, MARGIN_BOTTOM + FOOTER_BAND);
            PdfPTable table = rowsTable(widths);
            int inTable = 0;
            boolean any = false;
            while (rows.hasNext()) {
                String[] texts = ImprovementListReport.texts(rows.next());
                for (int c = 0; c < texts.length; c++) {
                    table.addCell(cell(texts[c], tableFont, CENTRED[c]));
                }
                any = true;
                if (++inTable == SLICE) {
                    document.add(table);
                    table = rowsTable(widths);
                    inTable = 0;
                }
            }
            if (!any) {
                PdfPCell none = cell("（无）", tableFont, true);
                none.setColspan(widths.length);
                table.addCell(none);
                inTable = 1;
            }
            if (inTable > 0) {
                document.add(table);
            }
            document.close();
        });
    }

    /**
     * A slice of the rows: the full width between the margins, not a locked width (OpenPDF measures every row of a
     * locked-width table again on each page it continues on; a relative width is measured once).
     */
    private static PdfPTable rowsTable(float[] widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        return table;
    }

    private static PdfPTable table(float[] widths, float width) {
        PdfPTable table = new PdfPTable(widths);
        table.setTotalWidth(width);
        table.setLockedWidth(true);
        table.setHorizontalAlignment(Element.ALIGN_LEFT);
        return table;
    }

    private static PdfPCell cell(String text, Font font, boolean centred) {
        PdfPCell cell = new PdfPCell(new Phrase(text == null ? "" : text, font));
        cell.setBorderWidth(BORDER);
        cell.setPadding(2);
        cell.setMinimumHeight(ROW_HEIGHT);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setHorizontalAlignment(centred ? Element.ALIGN_CENTER : Element.ALIGN_LEFT);
        return cell;
    }

    /** The 13 headers as a one-row table of the page's width, drawn at the top of every page. */
    private static PdfPTable header(List<String> headers, float[] widths, float width, Font font) {
        PdfPTable table = table(widths, width);
        for (String text : headers) {
            PdfPCell cell = new PdfPCell(new Phrase(text, font));
            cell.setBorderWidth(BORDER);
            cell.setPaddingLeft(1);
            cell.setPaddingRight(1);
            cell.setPaddingTop(0);
            cell.setPaddingBottom(0);
            cell.setFixedHeight(HEADER_HEIGHT);
            cell.setHorizontalAlignment(Element.ALIGN_CENTER);
            cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
            table.addCell(cell);
        }
        return table;
    }

    /** "附件2", the title and the 日期 line: the first page's band above the table. */
    private static PdfPTable titleBand(PdfRoleFonts fonts, float width, String attachment, String title,
                                       String dateLine) {
        PdfPTable band = new PdfPTable(1);
        band.setTotalWidth(width);
        band.setLockedWidth(true);
        band.addCell(bandCell(attachment, new Font(fonts.of(FontRole.HEADING), 16), 22, Element.ALIGN_LEFT));
        band.addCell(bandCell(title, new Font(fonts.of(FontRole.TITLE), 20), 28, Element.ALIGN_CENTER));
        band.addCell(bandCell(dateLine, new Font(fonts.of(FontRole.BODY), 12), 20, Element.ALIGN_LEFT));
        return band;
    }

    private static PdfPCell bandCell(String text, Font font, float height, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        cell.setFixedHeight(height);
        cell.setHorizontalAlignment(alignment);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        return cell;
    }

    /** Draws what every page has besides its rows: the title band (first page), the header row and the footer. */
    private static final class Frame extends PdfPageEventHelper {

        private final PdfPTable titleBand;
        private final PdfPTable header;
        private final Font font;
        private PdfTemplate total;
        private int pages;

        Frame(PdfPTable titleBand, PdfPTable header, Font font) {
            this.titleBand = titleBand;
            this.header = header;
            this.font = font;
        }

        @Override
        public void onOpenDocument(PdfWriter writer, Document document) {
            total = writer.getDirectContent().createTemplate(200, FOOTER_BAND);
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            pages++;
            PdfContentByte canvas = writer.getDirectContent();
            float top = document.getPageSize().getHeight() - MARGIN_TOP;
            if (pages == 1) {
                titleBand.writeSelectedRows(0, -1, MARGIN_X, top, canvas);
                top -= TITLE_BAND;
            }
            header.writeSelectedRows(0, -1, MARGIN_X, top, canvas);
            float middle = document.getPageSize().getWidth() / 2;
            float baseline = MARGIN_BOTTOM + 5;
            ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT, new Phrase("第 " + pages + " 页", font), middle,
                    baseline, 0);
            canvas.addTemplate(total, middle + 6, baseline - 5);
        }

        @Override
        public void onCloseDocument(PdfWriter writer, Document document) {
            ColumnText.showTextAligned(total, Element.ALIGN_LEFT, new Phrase("共 " + pages + " 页", font), 0, 5, 0);
        }
    }
}
