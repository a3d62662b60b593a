package org.perfgrade.report;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.perfgrade.document.ArchivedDocument;
import org.perfgrade.document.DocumentArchive;
import org.perfgrade.document.DocumentRequest;
import org.perfgrade.document.PdfMetadata;
import org.perfgrade.document.ReportEngine;
import org.perfgrade.reference.County;
import org.perfgrade.reference.ReferenceData;

import org.springframework.stereotype.Service;

/**
 * 附件2 重点行业绩效分级提升企业清单 as PDF (manifest kind {@value #KIND}), A4 landscape: the same rows in the same order
 * as {@link ImprovementListWorkbook} (from {@link ImprovementListQuery}), the 13 columns of 附件2 with the header on
 * every page, long texts wrapped and never cut, and "第 x 页 共 y 页" below. Filled through a swap-file virtualizer,
 * so that a list of 100,000 lines renders in a small heap.
 */
@Service
public class ImprovementListReport {

    public static final String KIND = "improvement-list-pdf";
    public static final String TITLE = ImprovementListWorkbook.TITLE;
    public static final String FILE = "附件2-" + TITLE + ".pdf";
    static final String TEMPLATE = "improvement-list";
    static final String ATTACHMENT = "附件2";

    private final ImprovementListQuery query;
    private final ReportEngine reports;
    private final DocumentArchive archive;
    private final ReferenceData reference;

    public ImprovementListReport(ImprovementListQuery query, ReportEngine reports, DocumentArchive archive,
                                 ReferenceData reference) {
        this.query = query;
        this.reports = reports;
        this.archive = archive;
        this.reference = reference;
    }

    /**
     * Renders the list as of a business date and archives it: city-wide ({@code countyOrNull} null) as
     * {@code reports/<date>/附件2-重点行业绩效分级提升企业清单.pdf}, or a county's extract under
     * {@code reports/<date>/<县区>/}.
     */
    public ArchivedDocument render(LocalDate asOf, County countyOrNull) {
        Objects.requireNonNull(asOf, "asOf");
        List<ImprovementListRow> rows = query.rows(asOf, countyOrNull);
        DocumentRequest request = new DocumentRequest(KIND, asOf, countyOrNull, path(asOf, countyOrNull));
        String county = countyOrNull == null ? null : countyOrNull.name();
        return archive.store(request, out -> write(reports, asOf, county, rows.iterator(), author(), out));
    }

    /**
     * As {@link #render(LocalDate, County)} with only the first {@code maxLines} rows of the list (the benchmark renders
     * a national list's first 100,000 lines; the rows keep their 序号).
     */
    public ArchivedDocument render(LocalDate asOf, County countyOrNull, int maxLines) {
        Objects.requireNonNull(asOf, "asOf");
        List<ImprovementListRow> all = query.rows(asOf, countyOrNull);
        List<ImprovementListRow> rows = all.size() <= maxLines ? all : all.subList(0, maxLines);
        DocumentRequest request = new DocumentRequest(KIND, asOf, countyOrNull, path(asOf, countyOrNull));
        String county = countyOrNull == null ? null : countyOrNull.name();
        return archive.store(request, out -> write(reports, asOf, county, rows.iterator(), author(), out));
    }

    /** The texts of a row's 13 columns as the PDF prints them (null for an empty cell). */
    public static String[] texts(ImprovementListRow row) {
        String[] fields = { "number", "city", "county", "enterpriseName", "industry", "branch", "currentGrade",
                "targetGrade", "differentiatingIndex", "problems", "measures", "plannedCompletion", "remarks" };
        String[] texts = new String[fields.length];
        for (int i = 0; i < fields.length; i++) {
            texts[i] = ImprovementListDataSource.value(row, fields[i]);
        }
        return texts;
    }

    /** The widths of the 13 columns in the template (points), for a table of the same shape. */
    public static float[] columnWidths() {
        return new float[] { 28, 38, 46, 92, 56, 56, 34, 38, 84, 100, 114, 68, 48 };
    }

    /** {@code reports/<date>/附件2-….pdf}, or {@code reports/<date>/<县区>/附件2-….pdf} for a county extract. */
    public static String path(LocalDate asOf, County countyOrNull) {
        return "reports/" + asOf + "/" + (countyOrNull == null ? "" : countyOrNull.name() + "/") + FILE;
    }

    /**
     * Writes the PDF of the given rows (already numbered and ordered) to {@code out}, reading them once through the
     * iterator, with pages swapped to a temporary file; the stream is not closed.
     *
     * @param county the county of an extract, or null for the city-wide list
     * @param author the issuing office, for the document information
     */
    static void write(ReportEngine reports, LocalDate asOf, String county, Iterator<ImprovementListRow> rows,
                      String author, OutputStream out) {
        String date = ImprovementListWorkbook.chineseDate(asOf);
        Map<String, Object> params = Map.of(
                "title", TITLE,
                "attachment", ATTACHMENT,
                "dateLine", "日期：" + date + (county == null ? "" : "　县区：" + county));
        String subject = ATTACHMENT + "（日期 " + date + (county == null ? "" : "，" + county) + "）";
        PdfMetadata metadata = new PdfMetadata(TITLE, author, subject, "附件2,重点行业,绩效分级,提升企业清单").on(asOf);
        try (SwapFileVirtualizer swap = new SwapFileVirtualizer()) {
            reports.renderPdf(TEMPLATE, params, new ImprovementListDataSource(rows), metadata, out,
                    swap.virtualizer());
        }
    }

    private String author() {
        return reference.authority() == null ? reference.city().name() : reference.authority().name();
    }
}
