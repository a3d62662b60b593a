package org.perfgrade.document;

import java.time.LocalDate;
import java.util.Objects;

/**
 * 文档属性: what a PDF says about itself in its document information (title shown in the viewer's window, author
 * = the issuing office). The creator is always {@code perfgrade}.
 *
 * @param keywords     comma-separated, or null
 * @param documentDate the business date the document reports on: its creation date, and what makes a re-render of
 *                     the same content the same bytes; null for the export time
 */
public record PdfMetadata(String title, String author, String subject, String keywords, LocalDate documentDate) {

    public PdfMetadata {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(author, "author");
    }

    public PdfMetadata(String title, String author, String subject, String keywords) {
        this(title, author, subject, keywords, null);
    }

    public PdfMetadata(String title, String author, String subject) {
        this(title, author, subject, null, null);
    }

    /** The same information dated on a business date. */
    public PdfMetadata on(LocalDate date) {
        return new PdfMetadata(title, author, subject, keywords, date);
    }
}
