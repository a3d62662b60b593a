package org.perfgrade.report;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.Objects;

import org.perfgrade.document.ArchivedDocument;
import org.perfgrade.document.DocumentArchive;
import org.perfgrade.document.DocumentRequest;
import org.perfgrade.document.PdfMetadata;
import org.perfgrade.document.PdfRoleFonts;
import org.perfgrade.reference.County;
import org.perfgrade.reference.ReferenceData;

import org.springframework.stereotype.Service;

/**
 * 附件2 重点行业绩效分级提升企业清单 as PDF (manifest kind {@value #KIND}), A4 landscape: the same rows in the same order
 * as {@link ImprovementListWorkbook} (from {@link ImprovementListQuery}), the 13 columns of 附件2 with the header on
 * every page, long texts wrapped and never cut, and "第 x 页 共 y 页" below. Drawn with OpenPDF directly
 * ({@link ImprovementListPdf}) rather than through a report template: a bulk table of 100,000 lines, read once and
 * held a page or so at a time, at about the cost of the bare table.
 */
@Service
public class ImprovementListReport {

    public static final String KIND = "improvement-list-pdf";
    public static final String TITLE = ImprovementListWorkbook.TITLE;
    public static final String FILE = "附件2-" + TITLE + ".pdf";
    static final String ATTACHMENT = "附件2";

    private final ImprovementListQuery query;
    private final PdfRoleFonts fonts;
    private final DocumentArchive archive;
    private final ReferenceData reference;

    ImprovementListReport(ImprovementListQuery query, PdfRoleFonts fonts, DocumentArchive archive,
                          ReferenceData reference) {
        this.query = query;
        this.fonts = fonts;
        this.archive = archive;
        this.reference = reference;
    }

    /**
     * Renders the list as of a business date and archives it: city-wide ({@code countyOrNull} null) as
     * {@code reports/<date>/附件2-重点行业绩效分级提升企业清单.pdf}, or a county's extract under
     * {@code reports/<date>/<县区>/}.
     */
    public ArchivedDocument render(LocalDate asOf, County countyOrNull) {
        return render(asOf, countyOrNull, Long.MAX_VALUE);
    }

    /**
     * As {@link #render(LocalDate, County)} with only the first {@code maxLines} rows of the list (the benchmark renders
     * a national list's first 100,000 lines; the rows keep their 序号).
     */
    public ArchivedDocument render(LocalDate asOf, County countyOrNull, long maxLines) {
        Objects.requireNonNull(asOf, "asOf");
        DocumentRequest request = new DocumentRequest(KIND, asOf, countyOrNull, path(asOf, countyOrNull));
        String county = countyOrNull == null ? null : countyOrNull.name();
        // the rows stream from the database county by county while the pages are written
        return archive.store(request, out -> write(fonts, asOf, county, query.iterator(asOf, countyOrNull, maxLines),
                author(), out));
    }

    /** The texts of a row's 13 columns as the PDF prints them (null for an empty cell). */
    public static String[] texts(ImprovementListRow row) {
        return new String[] { String.valueOf(row.number()), row.city(), row.county(), row.enterpriseName(),
                row.industry(), row.branch(), row.currentGrade(), row.targetGrade(), row.differentiatingIndex(),
                row.problems(), row.measures(), row.plannedCompletion() == null ? null
                        : ImprovementListWorkbook.chineseDate(row.plannedCompletion()), row.remarks() };
    }

    /** The widths of the 13 columns (points; 802 in all, the width of A4 landscape within the margins). */
    public static float[] columnWidths() {
        return new float[] { 28, 38, 46, 92, 56, 56, 34, 38, 84, 100, 114, 68, 48 };
    }

    /** {@code reports/<date>/附件2-….pdf}, or {@code reports/<date>/<县区>/附件2-….pdf} for a county extract. */
    public static String path(LocalDate asOf, County countyOrNull) {
        return "reports/" + asOf + "/" + (countyOrNull == null ? "" : countyOrNull.name() + "/") + FILE;
    }

    /**
     * Writes the PDF of the given rows (already numbered and ordered) to {@code out}, reading them once through the
     * iterator; the stream is not closed.
     *
     * @param county the county of an extract, or null for the city-wide list
     * @param author the issuing office, for the document information
     */
    static void write(PdfRoleFonts fonts, LocalDate asOf, String county, Iterator<ImprovementListRow> rows,
                      String author, OutputStream out) {
        String date = ImprovementListWorkbook.chineseDate(asOf);
        String dateLine = "日期：" + date + (county == null ? "" : "　县区：" + county);
        String subject = ATTACHMENT + "（日期 " + date + (county == null ? "" : "，" + county) + "）";
        PdfMetadata metadata = new PdfMetadata(TITLE, author, subject, "附件2,重点行业,绩效分级,提升企业清单").on(asOf);
        ImprovementListPdf.write(fonts, metadata, asOf, ATTACHMENT, TITLE, dateLine, ImprovementListWorkbook.HEADERS,
                columnWidths(), rows, out);
    }

    private String author() {
        return reference.authority() == null ? reference.city().name() : reference.authority().name();
    }
}
