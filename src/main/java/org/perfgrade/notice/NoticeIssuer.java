package org.perfgrade.notice;

import java.time.LocalDate;
import java.util.Objects;

import org.perfgrade.document.ArchivedDocument;
import org.perfgrade.document.DocumentArchive;
import org.perfgrade.document.DocumentRequest;

import org.springframework.stereotype.Service;

/**
 * 发通报: drafts a notice from the data of its business date, gives it its document number from the register (the
 * same number when it is drafted again) and archives it as PDF ({@value #PDF_KIND}, for signing) and DOCX
 * ({@value #DOCX_KIND}, for editing). The draft comes first, so a notice that cannot be drafted takes no number.
 */
@Service
public class NoticeIssuer {

    public static final String PDF_KIND = "notice-pdf";
    public static final String DOCX_KIND = "notice-docx";

    /** What was issued: the number and the two files. */
    public record IssuedNotice(NoticeKind kind, LocalDate asOf, DocumentNumber number, String title,
                               ArchivedDocument pdf, ArchivedDocument docx) {
    }

    private final NoticeDrafts drafts;
    private final NoticeNumbers numbers;
    private final NoticeRenderer renderer;
    private final DocumentArchive archive;

    NoticeIssuer(NoticeDrafts drafts, NoticeNumbers numbers, NoticeRenderer renderer, DocumentArchive archive) {
        this.drafts = drafts;
        this.numbers = numbers;
        this.renderer = renderer;
        this.archive = archive;
    }

    /**
     * @param requested the number asked for ({@code --number}), null for the next free one
     */
    public IssuedNotice issue(NoticeKind kind, LocalDate asOf, Integer requested) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(asOf, "asOf");
        LocalDate since = numbers.previous(kind, asOf).orElse(null);
        NoticeDraft draft = drafts.draft(kind, asOf, since);
        DocumentNumber number = numbers.assign(kind, asOf, requested, draft.title());
        String base = "notices/" + asOf + "/" + number.text() + "-" + draft.title().replace("\n", "");
        ArchivedDocument pdf = archive.store(new DocumentRequest(PDF_KIND, asOf, null, base + ".pdf"),
                out -> renderer.renderPdf(draft, number, out));
        ArchivedDocument docx = archive.store(new DocumentRequest(DOCX_KIND, asOf, null, base + ".docx"),
                out -> renderer.renderDocx(draft, number, out));
        return new IssuedNotice(kind, asOf, number, draft.title().replace("\n", ""), pdf, docx);
    }
}
