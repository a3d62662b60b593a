package org.perfgrade.notice;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import com.lowagie.text.pdf.BaseFont;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.engine.fonts.FontFamily;
import net.sf.jasperreports.repo.RepositoryUtil;

import org.perfgrade.document.DocumentFonts;
import org.perfgrade.document.FontRole;
import org.perfgrade.document.PdfMetadata;
import org.perfgrade.document.ReportEngine;
import org.perfgrade.document.ReportException;
import org.perfgrade.reference.IssuingAuthority;
import org.perfgrade.reference.ReferenceData;

import org.springframework.stereotype.Service;

/**
 * 通报排版: lays a {@link NoticeDraft} with its {@link DocumentNumber} out as a GB/T 9704-2012 official document —
 * the body with red header, number, title and signature ({@code reports/notice.jrxml}; a letter's kind uses the
 * 信函格式 of {@code reports/letter.jrxml} and {@link LetterHead} instead), each attachment on its own
 * pages ({@code reports/notice-attachment.jrxml}), 版记 at the bottom of the last page — and writes it as PDF (with
 * the 28-character grid, page numbers, bookmarks and document information) or as an editable DOCX draft.
 */
@Service
public class NoticeRenderer {

    /** The widest header: 156 mm; the 发文机关标志 is set as large as fits, up to 36 pt (小初). */
    private static final float HEADER_WIDTH = 442f;
    private static final float HEADER_MAX = 36f;

    private final ReportEngine reports;
    private final DocumentFonts fonts;
    private final ReferenceData reference;
    private final Map<FontRole, BaseFont> baseFonts = new java.util.concurrent.ConcurrentHashMap<>();

    public NoticeRenderer(ReportEngine reports, DocumentFonts fonts, ReferenceData reference) {
        this.reports = reports;
        this.fonts = fonts;
        this.reference = reference;
    }

    /** The notice as a GB/T 9704 PDF; the stream is not closed. */
    public void renderPdf(NoticeDraft draft, DocumentNumber number, OutputStream out) {
        List<JasperPrint> prints = fill(draft, number);
        List<PageNumbersAndBookmarks.Bookmark> bookmarks = new ArrayList<>();
        int page = 1;
        bookmarks.add(new PageNumbersAndBookmarks.Bookmark("正文", page));
        for (int i = 1; i < prints.size(); i++) {
            page += prints.get(i - 1).getPages().size();
            bookmarks.add(new PageNumbersAndBookmarks.Bookmark("附件" + i + "　" + PrintedTexts.oneLine(
                    draft.attachments().get(i - 1).title()), page));
        }
        ByteArrayOutputStream merged = new ByteArrayOutputStream();
        PdfMetadata metadata = metadata(draft, number);
        reports.exportPdf(prints, metadata, merged, new GridPdfProducerFactory());
        LetterHead head = draft.kind().layout() == OfficialFormat.LETTER ? new LetterHead(issuer(draft).name(),
                baseFont(FontRole.TITLE), number.text(), baseFont(FontRole.BODY)) : null;
        PageNumbersAndBookmarks.finish(merged.toByteArray(), baseFont(FontRole.TABLE), head, bookmarks, metadata, out);
    }

    /**
     * The notice as an editable DOCX draft (JasperReports' DOCX exporter; no page numbers, no character spacing, and
     * for a letter no head: {@link LetterHead} is drawn on the PDF only); the stream is not closed.
     */
    public void renderDocx(NoticeDraft draft, DocumentNumber number, OutputStream out) {
        reports.exportDocx(fill(draft, number), metadata(draft, number), out);
    }

    /** The body's print, then one print per attachment; 版记 on the last page of the last one. */
    List<JasperPrint> fill(NoticeDraft draft, DocumentNumber number) {
        Objects.requireNonNull(draft, "draft");
        Objects.requireNonNull(number, "number");
        IssuingAuthority.Issuer authority = issuer(draft);
        boolean attached = !draft.attachments().isEmpty();
        Map<String, Object> params = imprint(draft, !attached);
        params.put("header", authority.header());
        params.put("headerSize", String.valueOf(headerSize(authority.header())));
        params.put("number", number.text());
        params.put("title", draft.title());
        params.put("addressees", PrintedTexts.escape(draft.addressees()));
        params.put("annexTitles", PrintedTexts.annexTitles(draft.attachments()));
        params.put("annexNumbers", PrintedTexts.annexNumbers(draft.attachments(),
                fonts.font(FontRole.BODY).deriveFont(GridPdfProducerFactory.GRID_SIZE)));
        params.put("signature", PrintedTexts.escape(draft.signature()));
        params.put("signatureCentred", PrintedTexts.signatureCentred(draft.signature()));
        params.put("date", NoticeDraft.chineseDate(draft.signedOn()));
        List<JasperPrint> prints = new ArrayList<>();
        prints.add(withoutBlankLastPage(reports.fill(draft.kind().layout().template(), params,
                new JRMapCollectionDataSource(List.of(Map.of("body", PrintedTexts.body(draft.body())))))));
        for (int i = 0; i < draft.attachments().size(); i++) {
            NoticeAttachment attachment = draft.attachments().get(i);
            Map<String, Object> values = imprint(draft, i == draft.attachments().size() - 1);
            values.putAll(AttachmentTable.headers(attachment));
            values.put("label", "附件" + (i + 1));
            values.put("title", attachment.title());
            prints.add(withoutBlankLastPage(reports.fill(AttachmentTable.report(reports, attachment), values,
                    AttachmentTable.rows(attachment))));
        }
        return prints;
    }

    /**
     * A print whose last page is empty loses it: when the last band ends too low for the last-page footer that only
     * the notice's final part prints (版记), JasperReports still starts a page for it.
     */
    static JasperPrint withoutBlankLastPage(JasperPrint print) {
        int last = print.getPages().size() - 1;
        while (last > 0 && print.getPages().get(last).getElements().isEmpty()) {
            print.removePage(last--);
        }
        return print;
    }

    /** The largest size up to 36 pt at which the header fits on one 156 mm line, to a tenth of a point. */
    static float headerSize(String header) {
        int characters = Math.max(1, header.codePointCount(0, header.length()));
        return Math.min(HEADER_MAX, (float) Math.floor(HEADER_WIDTH / characters * 10) / 10);
    }

    private static Map<String, Object> imprint(NoticeDraft draft, boolean last) {
        Map<String, Object> params = new HashMap<>();
        params.put("imprint", last);
        params.put("copyTo", PrintedTexts.copyTo(draft.copyTo()));
        params.put("printedBy", draft.printedBy());
        params.put("printedOn", NoticeDraft.chineseDate(draft.printedOn()) + "印发");
        return params;
    }

    private PdfMetadata metadata(NoticeDraft draft, DocumentNumber number) {
        return new PdfMetadata(PrintedTexts.oneLine(draft.title()), issuer(draft).name(),
                number.text() + "（统计日期 " + NoticeDraft.chineseDate(draft.asOf()) + "）",
                (draft.kind().layout() == OfficialFormat.LETTER ? "函," : "通报,") + number.text());
    }

    /** The issuer the draft's signature names, whose head the document bears; else the default issuer. */
    private IssuingAuthority.Issuer issuer(NoticeDraft draft) {
        IssuingAuthority authority = reference.authority();
        return authority.issuerNamed(draft.signature()).orElse(authority.issuers().get(0));
    }

    /**
     * A role's font as an embedded Identity-H OpenPDF font: 宋体 for the page numbers, 小标宋 and 仿宋 for a letter's
     * head.
     */
    private BaseFont baseFont(FontRole role) {
        return baseFonts.computeIfAbsent(role, r -> {
            FontFamily family = fonts.roleFamilies().get(r.ordinal());
            String location = family.getNormalFace().getTtf();
            try {
                byte[] bytes = RepositoryUtil.getInstance(fonts.context()).getBytesFromLocation(location);
                String name = r.key() + (location.toLowerCase(Locale.ROOT).endsWith(".otf") ? ".otf" : ".ttf");
                return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
            }
            catch (JRException | IOException | RuntimeException ex) {
                throw new ReportException("无法加载" + r.label() + "字体 " + fonts.family(r) + "（" + location + "）："
                        + ex.getMessage(), ex);
            }
        });
    }
}
