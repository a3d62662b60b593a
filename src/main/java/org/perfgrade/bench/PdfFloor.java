package org.perfgrade.bench;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

/**
 * PDF 下限: the same rows as a bare OpenPDF table — A4 landscape, the header repeated on every page, the same
 * embedded Chinese font (the 表格 role's file, Identity-H) at the same 9 pt — with no report engine in between
 * (measured: 50,000 rows in 9.3 s, a plain JasperReports list 33 s). The table is added in slices so that it never
 * holds more than a page or so of rows.
 */
final class PdfFloor {

    static final String TOOL = "OpenPDF 2.0.5 PdfPTable（同一嵌入字体）";
    private static final int SLICE = 200;

    private PdfFloor() {
    }

    /** Writes the table; returns the rows written. */
    static <T> long write(Path target, byte[] font, String fontName, float[] widths, List<String> headers,
                          List<T> rows, Function<T, String[]> cells) throws Exception {
        BaseFont base = BaseFont.createFont(fontName, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, font, null);
        Font cellFont = new Font(base, 9);
        Document document = new Document(PageSize.A4.rotate(), 20, 20, 24, 20);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target), 1 << 16)) {
            PdfWriter.getInstance(document, out);
            document.open();
            PdfPTable table = table(widths, headers, cellFont);
            int inTable = 0;
            for (T row : rows) {
                for (String value : cells.apply(row)) {
                    table.addCell(new Phrase(value == null ? "" : value, cellFont));
                }
                if (++inTable == SLICE) {
                    document.add(table);
                    table = table(widths, headers, cellFont);
                    table.setSkipFirstHeader(true);
                    inTable = 0;
                }
            }
            if (inTable > 0) {
                document.add(table);
            }
            document.close();
        }
        return rows.size();
    }

    private static PdfPTable table(float[] widths, List<String> headers, Font font) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSplitLate(false);
        for (String header : headers) {
            table.addCell(new Phrase(header, font));
        }
        return table;
    }
}
