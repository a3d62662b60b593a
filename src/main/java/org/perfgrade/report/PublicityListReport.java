package org.perfgrade.report;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;

import org.perfgrade.document.ArchivedDocument;
import org.perfgrade.document.DocumentArchive;
import org.perfgrade.document.DocumentRequest;
import org.perfgrade.document.PdfMetadata;
import org.perfgrade.document.ReportEngine;
import org.perfgrade.reference.County;
import org.perfgrade.reference.ReferenceData;

import org.springframework.stereotype.Service;

/**
 * 公示名单 as PDF (manifest kind {@value #KIND}, A4 portrait, {@code reports/publicity.jrxml}): the A、B级（含B-级）
 * and 绩效引领性 enterprises the counties reported by a business date, city-wide or one county's extract, grouped by
 * grade and, within a grade, by industry (Jasper groups with their own headings), each line with its 上报日期 and
 * 认定日期 (or 待认定), the column header repeated on every page, 第 x 页 共 y 页 in the footer, then the note on
 * listing and counting, the closing notice with the 公示期 and the objection phone and e-mail, signature and date
 * ({@link PublicityNotice}).
 */
@Service
public class PublicityListReport {

    public static final String KIND = "publicity-pdf";
    public static final String FILE = "公示名单.pdf";
    static final String TEMPLATE = "publicity";

    private final PublicityListQuery query;
    private final ReportEngine reports;
    private final DocumentArchive archive;
    private final ReferenceData reference;

    public PublicityListReport(PublicityListQuery query, ReportEngine reports, DocumentArchive archive,
                               ReferenceData reference) {
        this.query = query;
        this.reports = reports;
        this.archive = archive;
        this.reference = reference;
    }

    /** Renders the list as of a business date, city-wide (county null) or for one county, and archives it. */
    public ArchivedDocument render(LocalDate asOf, County countyOrNull) {
        Objects.requireNonNull(asOf, "asOf");
        List<PublicityListRow> rows = query.rows(asOf, countyOrNull);
        PublicityNotice texts = PublicityNotice.of(reference, asOf, countyOrNull, rows);
        DocumentRequest request = new DocumentRequest(KIND, asOf, countyOrNull, path(asOf, countyOrNull));
        return archive.store(request, out -> write(asOf, rows, texts, countyOrNull, out));
    }

    /** {@code reports/<date>/公示名单.pdf}, or {@code reports/<date>/<县区>/公示名单.pdf} for a county extract. */
    public static String path(LocalDate asOf, County countyOrNull) {
        return "reports/" + asOf + "/" + (countyOrNull == null ? "" : countyOrNull.name() + "/") + FILE;
    }

    private void write(LocalDate asOf, List<PublicityListRow> rows, PublicityNotice texts, County countyOrNull, OutputStream out) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("title", texts.title());
        params.put("dateLine", texts.dateLine());
        params.put("notice", texts.noticeText());
        params.put("signature", texts.signature());
        params.put("signDate", texts.date());
        params.put("note", texts.note());
        String subject = "公示名单（统计日期 " + texts.date()
                + (countyOrNull == null ? "" : "，" + countyOrNull.name()) + "）";
        reports.renderPdf(TEMPLATE, params,
                new JRMapCollectionDataSource(rows.stream().<Map<String, ?>>map(PublicityListReport::fields).toList()),
                new PdfMetadata(texts.title(), texts.signature(), subject, "公示,重点行业,绩效分级,A级,B级,引领性").on(asOf),
                out);
    }

    /** A row as the fields of {@code reports/publicity.jrxml}. */
    static Map<String, ?> fields(PublicityListRow row) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("number", String.valueOf(row.number()));
        fields.put("county", row.county());
        fields.put("enterprise", row.enterpriseName());
        fields.put("creditCode", row.creditCode());
        fields.put("industry", row.industryLabel());
        fields.put("grade", row.grade());
        fields.put("reportedOn", row.reportedOn() == null ? null : TargetTableReport.chineseDate(row.reportedOn()));
        fields.put("certifiedOn", row.certified() ? TargetTableReport.chineseDate(row.certifiedOn())
                : PublicityListRow.PENDING);
        fields.put("gradeHeading", row.gradeHeading());
        fields.put("industryHeading", row.industryHeading());
        return fields;
    }
}
