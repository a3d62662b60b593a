package org.perfgrade.notice;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfStamper;
import com.lowagie.text.pdf.PdfWriter;

import org.perfgrade.document.PdfMetadata;
import org.perfgrade.document.ReportException;

/**
 * 页码、书签与文档属性: what JasperReports cannot do across the separately filled body and attachments, done with
 * OpenPDF on the merged PDF — page numbers "— N —" in 4号 半角宋体 7 mm below the text block, odd pages on the right and
 * even pages on the left, each indented one character (a letter's first page has none: it carries the
 * {@link LetterHead} instead); bookmarks (正文, 附件1 …); the document information.
 */
final class PageNumbersAndBookmarks {

    /** 4号. */
    static final float NUMBER_SIZE = 14f;
    /** The text block's left edge (28 mm, as the templates place it) and width (156 mm), in points. */
    static final float BLOCK_LEFT = 79f;
    static final float BLOCK_WIDTH = (float) (156 / 25.4 * 72);
    /** The text block's bottom edge above the page's bottom edge (35 mm, as the templates place it). */
    static final float BLOCK_BOTTOM = 99f;
    /** 7 mm from the block's bottom edge to the top of the page number. */
    static final float NUMBER_GAP = (float) (7 / 25.4 * 72);

    /** A bookmark: its title and the 1-based page it opens. */
    record Bookmark(String title, int page) {
    }

    private PageNumbersAndBookmarks() {
    }

    /** "— 3 —". */
    static String pageNumber(int page) {
        return "— " + page + " —";
    }

    /**
     * Writes the PDF with page numbers, bookmarks and document information to {@code out} (not closed).
     *
     * @param head a letter's head for its first page, or null (文件格式)
     */
    static void finish(byte[] pdf, BaseFont font, LetterHead head, List<Bookmark> bookmarks, PdfMetadata metadata,
                       OutputStream out) {
        try {
            PdfReader reader = new PdfReader(pdf);
            PdfStamper stamper = new PdfStamper(reader, out);
            float ascent = font.getFontDescriptor(BaseFont.ASCENT, NUMBER_SIZE);
            float baseline = BLOCK_BOTTOM - NUMBER_GAP - ascent;
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                if (head != null && page == 1) {
                    // under the page's content, so that the head comes first in reading order (text extraction)
                    head.draw(stamper.getUnderContent(page), reader.getPageSize(page).getWidth(),
                            reader.getPageSize(page).getHeight());
                    continue;
                }
                PdfContentByte canvas = stamper.getOverContent(page);
                canvas.beginText();
                canvas.setFontAndSize(font, NUMBER_SIZE);
                // a landscape attachment page (横排表格): the same places under its wider text block
                float width = reader.getPageSizeWithRotation(page).getWidth();
                boolean landscape = width > reader.getPageSizeWithRotation(page).getHeight();
                float left = landscape ? AttachmentTable.LANDSCAPE_MARGIN : BLOCK_LEFT;
                float right = landscape ? width - AttachmentTable.LANDSCAPE_MARGIN : BLOCK_LEFT + BLOCK_WIDTH;
                if (page % 2 == 1) {
                    canvas.showTextAligned(PdfContentByte.ALIGN_RIGHT, pageNumber(page), right - NUMBER_SIZE,
                            baseline, 0);
                }
                else {
                    canvas.showTextAligned(PdfContentByte.ALIGN_LEFT, pageNumber(page), left + NUMBER_SIZE,
                            baseline, 0);
                }
                canvas.endText();
            }
            List<Map<String, Object>> outlines = new ArrayList<>();
            for (Bookmark bookmark : bookmarks) {
                Map<String, Object> entry = new HashMap<>();
                entry.put("Title", bookmark.title());
                entry.put("Action", "GoTo");
                entry.put("Page", bookmark.page() + " Fit");
                outlines.add(entry);
            }
            stamper.setOutlines(outlines);
            stamper.setViewerPreferences(PdfWriter.PageModeUseOutlines);
            Map<String, String> info = new HashMap<>(reader.getInfo());
            info.put("Title", metadata.title());
            info.put("Author", metadata.author());
            if (metadata.subject() != null) {
                info.put("Subject", metadata.subject());
            }
            if (metadata.keywords() != null) {
                info.put("Keywords", metadata.keywords());
            }
            stamper.setInfoDictionary(info);
            stamper.close();
            reader.close();
        }
        catch (IOException | RuntimeException ex) {
            throw new ReportException("为《" + metadata.title() + "》加页码和书签失败：" + ex.getMessage(), ex);
        }
    }
}
