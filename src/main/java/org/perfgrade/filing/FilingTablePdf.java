package org.perfgrade.filing;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;

import org.perfgrade.document.FontRole;
import org.perfgrade.document.PdfMetadata;
import org.perfgrade.document.PdfRoleFonts;
import org.perfgrade.document.StablePdf;

/**
 * A printable table as PDF, drawn with OpenPDF: title (小标宋), a line under it, the table with its header on every
 * page (黑体 header, 宋体 cells, long texts wrap and rows grow), "第 N 页" at the foot; fonts embedded, document
 * information set, the same bytes for the same content ({@link StablePdf}).
 */
final class FilingTablePdf {

    private FilingTablePdf() {
    }

    /** Writes the table to {@code out} (not closed). */
    static void write(PdfRoleFonts fonts, PdfMetadata metadata, LocalDate asOf, boolean landscape, String title,
                      String subtitle, List<String> headers, float[] widths, List<List<String>> rows,
                      OutputStream out) {
        StablePdf.write(asOf, out, stable -> {
            Rectangle size = landscape ? PageSize.A4.rotate() : PageSize.A4;
            Document document = new Document(size, 40, 40, 50, 50);
            PdfWriter writer = PdfWriter.getInstance(document, stable);
            Font footerFont = new Font(fonts.of(FontRole.TABLE), 9);
            writer.setPageEvent(new PdfPageEventHelper() {
                @Override
                public void onEndPage(PdfWriter w, Document d) {
                    ColumnText.showTextAligned(w.getDirectContent(), Element.ALIGN_CENTER,
                            new Phrase("第 " + w.getPageNumber() + " 页", footerFont),
                            (d.left() + d.right()) / 2, d.bottom() - 25, 0);
                }
            });
            document.addTitle(metadata.title());
            document.addAuthor(metadata.author());
            if (metadata.subject() != null) {
                document.addSubject(metadata.subject());
            }
            document.addCreator("perfgrade");
            document.open();
            Paragraph heading = new Paragraph(title, new Font(fonts.of(FontRole.TITLE), 18));
            heading.setAlignment(Element.ALIGN_CENTER);
            heading.setSpacingAfter(6);
            document.add(heading);
            Paragraph line = new Paragraph(subtitle, new Font(fonts.of(FontRole.TABLE), 10));
            line.setSpacingAfter(8);
            document.add(line);
            PdfPTable table = new PdfPTable(widths);
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            Font headerFont = new Font(fonts.of(FontRole.HEADING), 9);
            Font cellFont = new Font(fonts.of(FontRole.TABLE), 8.5f);
            for (String header : headers) {
                PdfPCell cell = new PdfPCell(new Phrase(header, headerFont));
                cell.setHorizontalAlignment(Element.ALIGN_CENTER);
                cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
                cell.setGrayFill(0.85f);
                cell.setPadding(3);
                table.addCell(cell);
            }
            for (List<String> row : rows) {
                for (String value : row) {
                    PdfPCell cell = new PdfPCell(new Phrase(value == null ? "" : value, cellFont));
                    cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
                    cell.setPadding(3);
                    table.addCell(cell);
                }
            }
            if (rows.isEmpty()) {
                PdfPCell none = new PdfPCell(new Phrase("（无）", cellFont));
                none.setColspan(headers.size());
                none.setHorizontalAlignment(Element.ALIGN_CENTER);
                table.addCell(none);
            }
            document.add(table);
            document.close();
        });
    }
}
