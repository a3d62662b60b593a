package org.perfgrade.document;

import java.util.Objects;

/**
 * 文档属性: what a PDF says about itself in its document information (title shown in the viewer's window, author
 * = the issuing office). The creator is always {@code perfgrade}.
 *
 * @param keywords comma-separated, or null
 */
public record PdfMetadata(String title, String author, String subject, String keywords) {

    public PdfMetadata {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(author, "author");
    }

    public PdfMetadata(String title, String author, String subject) {
        this(title, author, subject, null);
    }
}
