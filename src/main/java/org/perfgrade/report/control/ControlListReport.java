package org.perfgrade.report.control;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;

import org.perfgrade.document.ArchivedDocument;
import org.perfgrade.document.DocumentArchive;
import org.perfgrade.document.DocumentRequest;
import org.perfgrade.document.PdfMetadata;
import org.perfgrade.document.ReportEngine;
import org.perfgrade.reference.County;

import org.springframework.stereotype.Service;

/**
 * A 差异化管控 list as PDF (manifest kind {@link ControlList#pdfKind()}, A4 portrait, {@code reports/control-list.jrxml}):
 * title, date line, the table with its header on every page, the sentence of an empty list, the notes, 第 x 页 共 y 页.
 * Fonts from the font extension only; document dates fixed to the business date, so the same data give the same bytes.
 */
@Service
public class ControlListReport {

    static final String TEMPLATE = "control-list";

    private final ReportEngine reports;
    private final DocumentArchive archive;

    public ControlListReport(ReportEngine reports, DocumentArchive archive) {
        this.reports = reports;
        this.archive = archive;
    }

    /** Renders and archives the list of a day, city-wide (county null) or one county's extract. */
    public ArchivedDocument render(ControlList list, LocalDate asOf, County countyOrNull, List<ControlListRow> rows,
                                   ControlTexts texts) {
        DocumentRequest request = new DocumentRequest(list.pdfKind(), asOf, countyOrNull,
                ControlListWorkbook.path(list, asOf, countyOrNull, ".pdf"));
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("title", texts.title());
        params.put("dateLine", texts.dateLine());
        params.put("empty", texts.empty());
        params.put("notes", texts.notesText());
        String subject = list.fileStem() + "（统计日期 " + ControlTexts.chineseDate(asOf)
                + (countyOrNull == null ? "" : "，" + countyOrNull.name()) + "）";
        return archive.store(request, out -> reports.renderPdf(TEMPLATE, params,
                new JRMapCollectionDataSource(rows.stream().<Map<String, ?>>map(ControlListRow::fields).toList()),
                new PdfMetadata(texts.title(), texts.author(), subject, "差异化管控,重点行业,绩效分级").on(asOf), out));
    }
}
