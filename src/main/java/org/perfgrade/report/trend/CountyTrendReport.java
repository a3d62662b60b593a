package org.perfgrade.report.trend;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
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
import org.perfgrade.snapshot.Snapshot;

import org.springframework.stereotype.Service;

/**
 * 县区进展趋势 (PDF, A4 portrait, manifest kind {@value #KIND}): a county's extract of the trend — its own four shares
 * against its 附件1 targets over the stored snapshots and its week-on-week row, with no other county in it. Rendered
 * beside the county's 附件1 extract, so a county user downloads its own trend only.
 */
@Service
public class CountyTrendReport {

    public static final String KIND = "trend-pdf";
    public static final String TITLE = "重点行业绩效分级提升进展趋势";
    public static final String FILE = "进展趋势.pdf";
    static final String TEMPLATE = "trend";
    /**
     * Pixels per point of the county chart: 3 (216 dpi) is sharp in print and encodes in about half the time of 4,
     * which counts with ten counties on every rendered date.
     */
    static final int SCALE = 3;

    private final ReportEngine reports;
    private final DocumentArchive archive;
    private final ReferenceData reference;
    private final TrendPage trendPage;

    public CountyTrendReport(ReportEngine reports, DocumentArchive archive, ReferenceData reference,
                             TrendPage trendPage) {
        this.reports = reports;
        this.archive = archive;
        this.reference = reference;
        this.trendPage = trendPage;
    }

    /** Renders the county's trend as {@code reports/<date>/<county>/进展趋势.pdf} and archives it. */
    public ArchivedDocument render(Snapshot snapshot, County county) {
        Objects.requireNonNull(county, "county");
        LocalDate asOf = Objects.requireNonNull(snapshot.asOf(), "snapshot.asOf");
        TrendPage.Trend trend = trendPage.county(snapshot, county);
        DocumentRequest request = new DocumentRequest(KIND, asOf, county, path(asOf, county));
        return archive.store(request, out -> write(snapshot, county, trend, out));
    }

    public static String path(LocalDate asOf, County county) {
        return "reports/" + asOf + "/" + county.name() + "/" + FILE;
    }

    /** The chart's caption for a county. */
    public static String caption(County county) {
        return "图　" + county.name() + "A、B级企业申报、通过占比变化趋势";
    }

    private void write(Snapshot snapshot, County county, TrendPage.Trend trend, OutputStream out) {
        String date = TrendPage.chineseDate(snapshot.asOf());
        Map<String, Object> params = Map.of(
                "title", TITLE,
                "dateLine", reference.authority().name() + "　　统计日期：" + date + "　县区：" + county.name(),
                "trendCaption", caption(county),
                "trendChart", trendPage.image(trend.figure(), SCALE));
        List<Map<String, ?>> lines = new ArrayList<>();
        lines.add(Map.of(TrendPage.PART, "chart"));
        lines.addAll(TrendPage.lines(trend.week(), null));
        reports.renderPdf(TEMPLATE, params, new JRMapCollectionDataSource(lines),
                new PdfMetadata(county.name() + TITLE, reference.authority().name(),
                        "进展趋势（统计日期 " + date + "，" + county.name() + "）", "重点行业,绩效分级,进展趋势,A、B级企业占比")
                        .on(snapshot.asOf()), out);
    }
}
