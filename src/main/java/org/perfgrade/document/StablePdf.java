package org.perfgrade.document;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Objects;

/**
 * 字节稳定的 PDF: for PDFs written with OpenPDF outside {@link ReportEngine} (stamped, copied, drawn directly), the same
 * treatment as a report export with a document date — dates set to the business date, font subset tags numbered,
 * the file identifier a digest of the content ({@link StablePdfOutput}) — so that the same content gives the same
 * bytes (a filing package must have the same SHA-256 when made again from the same data).
 */
public final class StablePdf {

    private StablePdf() {
    }

    /**
     * Runs {@code content} on a stream that fixes the PDF it receives and passes it on to {@code out} (not closed). The
     * content may close the stream it is given (OpenPDF's writers do); the PDF is completed afterwards.
     */
    public static void write(LocalDate businessDate, OutputStream out, DocumentContent content) {
        Objects.requireNonNull(businessDate, "businessDate");
        StablePdfOutput stable = new StablePdfOutput(new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                out.flush();
            }
        }, businessDate);
        OutputStream guarded = new FilterOutputStream(stable) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                stable.write(b, off, len);
            }

            @Override
            public void close() {
                // the PDF is completed by finish() below
            }

            @Override
            public void flush() {
                // held back by the stable stream until the end
            }
        };
        try {
            content.writeTo(guarded);
            stable.finish();
        }
        catch (ReportException ex) {
            throw ex;
        }
        catch (Exception ex) {
            throw new ReportException("写出 PDF 失败：" + ex.getMessage(), ex);
        }
    }
}
