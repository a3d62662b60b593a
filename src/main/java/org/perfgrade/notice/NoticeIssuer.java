package org.perfgrade.notice;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import org.perfgrade.document.ArchivedDocument;
import org.perfgrade.document.DocumentArchive;
import org.perfgrade.document.DocumentRequest;

import org.springframework.stereotype.Service;

/**
 * 发通报: drafts a notice from the data of its business date, dated its 成文日期 and signed by the issuer of its
 * register, gives it its document number from the register (the same number and date when it is drafted again) and archives it as PDF ({@value #PDF_KIND}, for signing) and DOCX
 * ({@value #DOCX_KIND}, for editing). The draft comes first, so a notice that cannot be drafted takes no number.
 */
@Service
public class NoticeIssuer {

    public static final String PDF_KIND = "notice-pdf";
    public static final String DOCX_KIND = "notice-docx";

    /** What was issued: the business date of its figures, its 成文日期, the number and the two files. */
    public record IssuedNotice(NoticeKind kind, LocalDate asOf, LocalDate issuedOn, DocumentNumber number, String title,
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

    /** The 成文日期 of the notice of this kind and business date, when it has been numbered. */
    public Optional<LocalDate> registeredIssueDate(NoticeKind kind, LocalDate asOf) {
        return numbers.find(kind, asOf).map(NoticeNumbers.Entry::issuedOn);
    }

    /**
     * Issues the notice on its business date (or on the date it was first issued, when it has a number): what the demo
     * and a replay of the campaign do.
     *
     * @param requested the number asked for ({@code --number}), null for the next one
     */
    public IssuedNotice issue(NoticeKind kind, LocalDate asOf, Integer requested) {
        return issue(kind, asOf, null, requested);
    }

    /**
     * @param issuedOn  成文日期 ({@code --date}); null: the date the notice was issued on when it has a number, else
     *                  the business date. It orders the numbers of the register and is printed above the seal; the
     *                  body states the figures as of {@code asOf}
     * @param requested the number asked for ({@code --number}), null for the next one
     * @throws NoticeNumberException when the number or the issue date cannot be given (see {@link NoticeNumbers})
     */
    public IssuedNotice issue(NoticeKind kind, LocalDate asOf, LocalDate issuedOn, Integer requested) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(asOf, "asOf");
        Optional<NoticeNumbers.Entry> registered = numbers.find(kind, asOf);
        LocalDate issued = issuedOn != null ? issuedOn
                : registered.map(NoticeNumbers.Entry::issuedOn).orElse(asOf);
        if (issued.isBefore(asOf)) {
            throw new NoticeNumberException("成文日期 " + NoticeDraft.chineseDate(issued) + " 早于统计日期 "
                    + NoticeDraft.chineseDate(asOf) + "：通报不能在其数据截止之前发出。");
        }
        LocalDate since = numbers.previous(kind, asOf).orElse(null);
        NoticeDraft draft = drafts.draft(kind, asOf, issued, numbers.issuerOf(kind, asOf, ""), since);
        DocumentNumber number = numbers.assign(new NoticeNumbers.Request(kind, asOf, "", issued, requested,
                draft.title())).number();
        String base = "notices/" + asOf + "/" + number.text() + "-" + draft.title().replace("\n", "");
        ArchivedDocument pdf = archive.store(new DocumentRequest(PDF_KIND, asOf, null, base + ".pdf"),
                out -> renderer.renderPdf(draft, number, out));
        ArchivedDocument docx = archive.store(new DocumentRequest(DOCX_KIND, asOf, null, base + ".docx"),
                out -> renderer.renderDocx(draft, number, out));
        return new IssuedNotice(kind, asOf, issued, number, draft.title().replace("\n", ""), pdf, docx);
    }
}
