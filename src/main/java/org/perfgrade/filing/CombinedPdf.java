package org.perfgrade.filing;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.PdfCopy;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfWriter;

import org.perfgrade.document.PdfMetadata;
import org.perfgrade.document.StablePdf;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * 合并文件: the whole package as one PDF for reading and printing — the cover letter, the list, the 材料缺项清单, then
 * each county's enterprises with their scanned materials — with bookmarks in Chinese per section, county, enterprise
 * and file (the file's name without its extension) (OpenPDF {@link PdfCopy}). A scanned file that cannot be copied after all is left out of this PDF (it stays in the ZIP).
 */
final class CombinedPdf {

    private static final Logger log = LoggerFactory.getLogger(CombinedPdf.class);

    private CombinedPdf() {
    }

    /** The bookmark titles of the sections. */
    static final String LETTER = "一、报送函";
    static final String LIST = "二、企业名单";
    static final String GAPS = "三、" + GapList.TITLE;
    static final String MATERIALS = "四、申报材料";

    static byte[] write(FilingContents contents, byte[] letter, byte[] list, byte[] gaps, PdfMetadata metadata) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StablePdf.write(contents.request().asOf(), out, stable -> {
            Document document = new Document();
            PdfCopy copy = new PdfCopy(document, stable);
            document.addTitle(metadata.title());
            document.addAuthor(metadata.author());
            if (metadata.subject() != null) {
                document.addSubject(metadata.subject());
            }
            document.addCreator("perfgrade");
            document.open();
            List<Map<String, Object>> outline = new ArrayList<>();
            int[] page = { 1 };
            outline.add(bookmark(LETTER, page[0]));
            page[0] += append(copy, letter, "报送函");
            outline.add(bookmark(LIST, page[0]));
            page[0] += append(copy, list, "企业名单");
            outline.add(bookmark(GAPS, page[0]));
            page[0] += append(copy, gaps, GapList.TITLE);
            if (!contents.materials().isEmpty()) {
                Map<String, Object> materials = bookmark(MATERIALS, page[0]);
                Map<String, Map<String, Object>> counties = new LinkedHashMap<>();
                Map<String, Map<String, Object>> firms = new LinkedHashMap<>();
                for (FilingMaterial m : contents.materials()) {
                    byte[] bytes = Files.readAllBytes(m.source());
                    int start = page[0];
                    int added = append(copy, bytes, m.entry());
                    if (added == 0) {
                        continue;
                    }
                    page[0] += added;
                    Map<String, Object> county = counties.computeIfAbsent(m.county().code(), c -> {
                        Map<String, Object> b = bookmark(m.county().name(), start);
                        kids(materials).add(b);
                        return b;
                    });
                    Map<String, Object> firm = firms.computeIfAbsent(m.creditCode(), c -> {
                        Map<String, Object> b = bookmark(m.enterpriseName() + "（" + m.creditCode() + "）", start);
                        kids(county).add(b);
                        return b;
                    });
                    kids(firm).add(bookmark(stem(m.fileName()), start));
                }
                outline.add(materials);
            }
            copy.setOutlines(outline);
            copy.setViewerPreferences(PdfWriter.PageModeUseOutlines);
            document.close();
        });
        return out.toByteArray();
    }

    /** Copies every page of the PDF; the number of pages copied (0 when it cannot be read). */
    private static int append(PdfCopy copy, byte[] pdf, String name) {
        PdfReader reader = null;
        try {
            reader = new PdfReader(pdf);
            int pages = reader.getNumberOfPages();
            for (int i = 1; i <= pages; i++) {
                copy.addPage(copy.getImportedPage(reader, i));
            }
            copy.freeReader(reader);
            return pages;
        }
        catch (Exception ex) {
            log.warn("合并文件未收入 {}：{}", name, ex.getMessage());
            return 0;
        }
        finally {
            if (reader != null) {
                reader.close();
            }
        }
    }

    /** 专家意见 for 专家意见.pdf. */
    static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    private static Map<String, Object> bookmark(String title, int page) {
        Map<String, Object> b = new HashMap<>();
        b.put("Title", title);
        b.put("Action", "GoTo");
        b.put("Page", page + " Fit");
        return b;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> kids(Map<String, Object> bookmark) {
        return (List<Map<String, Object>>) bookmark.computeIfAbsent("Kids", k -> new ArrayList<Map<String, Object>>());
    }
}
