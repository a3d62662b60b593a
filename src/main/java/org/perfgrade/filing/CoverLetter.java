package org.perfgrade.filing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.PdfCopy;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.SimpleBookmark;

import org.perfgrade.document.StablePdf;
import org.perfgrade.notice.DocumentNumber;
import org.perfgrade.notice.BodyBlock;
import org.perfgrade.notice.NoticeDraft;
import org.perfgrade.notice.NoticeKind;
import org.perfgrade.notice.NoticeNumbers;
import org.perfgrade.notice.NoticeRenderer;
import org.perfgrade.notice.NoticeTemplates;
import org.perfgrade.reference.Grade;
import org.perfgrade.reference.IssuingAuthority;
import org.perfgrade.reference.ReferenceData;

import org.springframework.stereotype.Component;

/**
 * 报送函: the package's cover letter to the province (河南省生态环境厅), in the GB/T 9704 信函格式 (the layout
 * {@link NoticeKind#FILING_LETTER} selects) under 市生态环境局's head and numbered from its own register (authority.yml;
 * kind {@code filing-letter}, one number per business date and batch, kept when the package is made again). It says
 * what the batch holds (enterprises, lines, counties, grades), how many enterprises have every required material and
 * how many lack one — referring to the 材料缺项清单 by its title — and lists the enclosed files. Wording from
 * {@code notices.yml}.
 */
@Component
class CoverLetter {

    /** The letter as written: its number and PDF. */
    record Letter(DocumentNumber number, String title, byte[] pdf) {
    }

    private final NoticeNumbers numbers;
    private final NoticeRenderer renderer;
    private final NoticeTemplates templates;
    private final ReferenceData reference;

    CoverLetter(NoticeNumbers numbers, NoticeRenderer renderer, NoticeTemplates templates, ReferenceData reference) {
        this.numbers = numbers;
        this.renderer = renderer;
        this.templates = templates;
        this.reference = reference;
    }

    /**
     * The number of the package's letter: the one it has, else the next one of the letters' register in
     * authority.yml (市生态环境局's, 汴环函〔2021〕N号), issued on the business date.
     */
    DocumentNumber number(FilingRequest request) {
        NoticeTemplates.Wording wording = templates.of(NoticeKind.FILING_LETTER);
        return numbers.assign(NoticeKind.FILING_LETTER, request.asOf(), request.subject(), null,
                wording.title() + "（" + request.batchLabel() + "）");
    }

    /** @param enclosures the enclosed materials as the letter lists them */
    Letter write(FilingContents contents, List<String> enclosures) {
        FilingRequest request = contents.request();
        DocumentNumber number = number(request);
        NoticeDraft draft = draft(contents, enclosures);
        ByteArrayOutputStream rendered = new ByteArrayOutputStream();
        renderer.renderPdf(draft, number, rendered);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StablePdf.write(request.asOf(), out, stable -> rewrite(rendered.toByteArray(), stable));
        return new Letter(number, draft.title(), out.toByteArray());
    }

    /**
     * The rendered letter copied page by page, with its bookmarks and document information: OpenPDF's stamper (page
     * numbers) writes the pages' new content in hash order, a copy writes every object in page order.
     */
    private static void rewrite(byte[] pdf, OutputStream out) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            Document document = new Document();
            PdfCopy copy = new PdfCopy(document, out);
            Map<String, String> info = reader.getInfo();
            document.addTitle(info.getOrDefault("Title", ""));
            document.addAuthor(info.getOrDefault("Author", ""));
            document.addSubject(info.getOrDefault("Subject", ""));
            document.addKeywords(info.getOrDefault("Keywords", ""));
            document.addCreator(info.getOrDefault("Creator", "perfgrade"));
            document.open();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                copy.addPage(copy.getImportedPage(reader, page));
            }
            List<Map<String, Object>> bookmarks = SimpleBookmark.getBookmarkList(reader);
            if (bookmarks != null) {
                copy.setOutlines(bookmarks);
            }
            copy.setViewerPreferences(PdfWriter.PageModeUseOutlines);
            document.close();
        }
        finally {
            reader.close();
        }
    }

    NoticeDraft draft(FilingContents contents, List<String> enclosures) {
        FilingRequest request = contents.request();
        NoticeTemplates.Wording w = templates.of(NoticeKind.FILING_LETTER);
        IssuingAuthority authority = reference.authority();
        IssuingAuthority.Issuer issuer = numbers.issuerOf(NoticeKind.FILING_LETTER, request.asOf(), request.subject());
        Map<String, String> v = new HashMap<>();
        v.put("批次", contents.batchName());
        v.put("日期", NoticeDraft.chineseDate(request.asOf()));
        v.put("企业数", String.valueOf(contents.enterprises()));
        v.put("齐全数", String.valueOf(contents.complete()));
        v.put("缺项企业数", String.valueOf(contents.gaps().size()));
        v.put("核对材料", String.join("、", contents.checked()));
        v.put("缺项清单", GapList.TITLE);
        v.put("记录数", String.valueOf(contents.lines().size()));
        v.put("县区数", String.valueOf(new LinkedHashSet<>(contents.lines().stream().map(l -> l.county().code())
                .toList()).size()));
        v.put("分级明细", gradeCounts(contents.lines()));
        v.put("电话", authority.objectionPhone());
        v.put("电子邮箱", authority.objectionEmail());
        List<BodyBlock> body = new ArrayList<>();
        body.add(BodyBlock.paragraph(w.fill("opening", v)));
        body.add(BodyBlock.paragraph(w.fill("summary", v)));
        body.add(BodyBlock.paragraph(w.fill(contents.gaps().isEmpty() ? "complete" : "incomplete", v)));
        body.add(BodyBlock.paragraph(w.text("enclosuresIntro")));
        for (int i = 0; i < enclosures.size(); i++) {
            body.add(BodyBlock.paragraph(w.fill("enclosure", Map.of("序号", String.valueOf(i + 1),
                    "材料", enclosures.get(i)))));
        }
        body.add(BodyBlock.paragraph(w.text("closing")));
        body.add(BodyBlock.paragraph(w.fill("contact", v)));
        String addressees = w.addressees().orElse(authority.province());
        return new NoticeDraft(NoticeKind.FILING_LETTER, request.asOf(), w.title(),
                addressees.endsWith("：") ? addressees : addressees + "：", body, issuer.name(), request.asOf(),
                List.of(), List.of(), issuer.name(), request.asOf());
    }

    /**
     * “A级2条、B级3条、绩效引领性1条”: the industry records filed per grade, in grade order, so that they add up to the
     * records counted before them (an enterprise filed at A in one industry and B in another is in both, and counting
     * enterprises per grade made the parts add up to more than the enterprises); “无” when empty.
     */
    private String gradeCounts(List<FilingLine> lines) {
        Map<String, Integer> perGrade = new LinkedHashMap<>();
        reference.grades().values().stream().filter(Grade::abClass)
                .sorted(Comparator.comparing(Grade::leading).thenComparingInt(Grade::rank).thenComparing(Grade::code))
                .forEach(g -> perGrade.put(g.code(), 0));
        for (FilingLine l : lines) {
            perGrade.merge(l.grade(), 1, Integer::sum);
        }
        List<String> parts = new ArrayList<>();
        perGrade.forEach((grade, records) -> {
            if (records > 0) {
                parts.add(FilingCollector.gradeName(grade) + records + "条");
            }
        });
        return parts.isEmpty() ? "无" : String.join("、", parts);
    }
}
