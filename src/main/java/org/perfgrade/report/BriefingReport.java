package org.perfgrade.report;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;

import org.perfgrade.document.ArchivedDocument;
import org.perfgrade.document.DocumentArchive;
import org.perfgrade.document.DocumentRequest;
import org.perfgrade.document.PdfMetadata;
import org.perfgrade.document.ReportEngine;
import org.perfgrade.reference.County;
import org.perfgrade.reference.IndustryLevel;
import org.perfgrade.reference.ReferenceData;
import org.perfgrade.reference.TargetMetric;
import org.perfgrade.report.changes.ChangeSummary;
import org.perfgrade.report.late.LateOverviews;
import org.perfgrade.report.trend.TrendPage;
import org.perfgrade.snapshot.CountySnapshot;
import org.perfgrade.snapshot.LevelShares;
import org.perfgrade.snapshot.Snapshot;
import org.perfgrade.snapshot.facts.DateFactsCalculator;

import org.springframework.stereotype.Service;

/**
 * 每日进展简报 (PDF, A4 portrait, manifest kind {@value #KIND}): what the city bureau reads every morning — the headline
 * figures, the chart of every county's A/B shares against its targets, the per-county table of 附件1 with actual
 * shares, what changed since the previous snapshot counted by kind per county, the overdue and late items summarised
 * by county, and the counting rules; the detail is in 《变化明细》 and 《逾期事项清单》 beside it, so the briefing keeps
 * to four pages on any day. Rendered from a
 * stored {@link Snapshot} only, so a past date re-renders with the numbers and rules it had.
 */
@Service
public class BriefingReport {

    public static final String KIND = "briefing-pdf";
    public static final String TITLE = "重点行业绩效分级提升工作每日进展简报";
    public static final String FILE = "每日进展简报.pdf";
    static final String TEMPLATE = "briefing";
    static final String CHART_CAPTION = "图1　各县区A、B级企业申报、通过占比与目标";
    /** The chart's box in the template, in points. */
    static final int CHART_WIDTH = 515;
    static final int CHART_HEIGHT = 360;
    private static final int CHART_SCALE = 4;

    private final ReportEngine reports;
    private final DocumentArchive archive;
    private final ReferenceData reference;
    private final TargetTableReport targetTable;
    private final BriefingChart chart;
    private final DateFactsCalculator facts;
    private final TrendPage trendPage;
    private final LateOverviews lateOverviews;

    public BriefingReport(ReportEngine reports, DocumentArchive archive, ReferenceData reference,
                          TargetTableReport targetTable, BriefingChart chart, DateFactsCalculator facts,
                          TrendPage trendPage, LateOverviews lateOverviews) {
        this.trendPage = trendPage;
        this.facts = facts;
        this.lateOverviews = lateOverviews;
        this.reports = reports;
        this.archive = archive;
        this.reference = reference;
        this.targetTable = targetTable;
        this.chart = chart;
    }

    /** Renders the briefing of a snapshot as {@code reports/<date>/每日进展简报.pdf} and archives it. */
    public ArchivedDocument render(Snapshot snapshot) {
        Objects.requireNonNull(snapshot, "snapshot");
        LocalDate asOf = Objects.requireNonNull(snapshot.asOf(), "snapshot.asOf");
        DocumentRequest request = new DocumentRequest(KIND, asOf, null, path(asOf));
        return archive.store(request, out -> write(snapshot, out));
    }

    public static String path(LocalDate asOf) {
        return "reports/" + asOf + "/" + FILE;
    }

    private void write(Snapshot snapshot, OutputStream out) {
        String date = TargetTableReport.chineseDate(snapshot.asOf());
        String authority = reference.authority().name();
        String cityName = reference.city().name();
        Map<String, Object> params = new HashMap<>(Map.of(
                "title", TITLE,
                "dateLine", authority + "　　统计日期：" + date,
                "headline", String.join("\n", BriefingHeadline.paragraphs(facts.of(snapshot), "全市", this::goalSign)),
                "chartCaption", CHART_CAPTION,
                "chart", chart.draw(bars(snapshot), CHART_WIDTH, CHART_HEIGHT, CHART_SCALE),
                "notes", targetTable.notes(snapshot)));
        TrendPage.Trend trend = trendPage.city(snapshot);
        params.putAll(trendPage.briefingParams(trend));
        List<Map<String, ?>> lines = new ArrayList<>(TrendPage.briefingLines(trend));
        lines.addAll(BriefingLines.of(targetTable.rows(snapshot, null),
                ChangeSummary.of(reference, snapshot.changes(), null), lateOverviews.of(snapshot, null)));
        reports.renderPdf(TEMPLATE, params, new JRMapCollectionDataSource(lines),
                new PdfMetadata(cityName + TITLE, authority, "每日进展简报（统计日期 " + date + "）",
                        "重点行业,绩效分级,进展简报,A、B级企业占比").on(snapshot.asOf()), out);
    }

    private String goalSign(IndustryLevel level) {
        return reference.cityGoals().stream().filter(g -> g.level() == level && g.metric() != TargetMetric.COUNT)
                .map(g -> g.comparison().symbol()).findFirst().orElse("");
    }

    /** The chart's bars: every county of the snapshot in 附件1 order, per level, as percentages. */
    public List<BriefingChart.Bar> bars(Snapshot snapshot) {
        List<BriefingChart.Bar> bars = new ArrayList<>();
        for (IndustryLevel level : IndustryLevel.values()) {
            for (County county : reference.counties()) {
                Optional<LevelShares> shares = snapshot.county(county.name()).map(CountySnapshot::levels)
                        .flatMap(l -> l.stream().filter(s -> s.level().equals(LevelShares.key(level))).findFirst());
                if (shares.isEmpty()) {
                    bars.add(new BriefingChart.Bar(county.name(), level, null, null, null, null));
                    continue;
                }
                LevelShares s = shares.get();
                boolean counted = s.counted() > 0;
                bars.add(new BriefingChart.Bar(county.name(), level,
                        counted ? BriefingHeadline.percentNumber(s.appliedShare()) : null,
                        counted ? BriefingHeadline.percentNumber(s.passedShare()) : null,
                        counted ? BriefingHeadline.percentNumber(s.appliedTarget()) : null,
                        counted ? BriefingHeadline.percentNumber(s.passedTarget()) : null));
            }
        }
        return bars;
    }
}
