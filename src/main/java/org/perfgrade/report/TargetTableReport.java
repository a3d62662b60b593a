package org.perfgrade.report;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;

import org.perfgrade.document.ArchivedDocument;
import org.perfgrade.document.DocumentArchive;
import org.perfgrade.document.DocumentRequest;
import org.perfgrade.document.PdfMetadata;
import org.perfgrade.document.ReportEngine;
import org.perfgrade.reference.CityGoal;
import org.perfgrade.reference.Comparison;
import org.perfgrade.reference.County;
import org.perfgrade.reference.IndustryLevel;
import org.perfgrade.reference.ReferenceData;
import org.perfgrade.reference.Target;
import org.perfgrade.reference.TargetMetric;
import org.perfgrade.snapshot.CityLevelShares;
import org.perfgrade.snapshot.CitySnapshot;
import org.perfgrade.snapshot.CountingRules;
import org.perfgrade.snapshot.CountySnapshot;
import org.perfgrade.snapshot.LevelShares;
import org.perfgrade.snapshot.facts.DateFactsCalculator;
import org.perfgrade.snapshot.TargetVerdict;
import org.perfgrade.snapshot.Snapshot;

import org.springframework.stereotype.Service;

/**
 * 附件1 重点行业绩效分级提升目标表 (PDF, A4 landscape): per county in 附件1 order, and for the city, the target, the
 * actual share and whether it is met, for A、B级企业申报占比 and 通过占比 of the national and the provincial key
 * industries, with the counting rules in the notes. Rendered from a {@link Snapshot}; the whole city or one county.
 */
@Service
public class TargetTableReport {

    /** Manifest kind of the document. */
    public static final String KIND = "target-table-pdf";
    public static final String TITLE = "重点行业绩效分级提升目标表";
    public static final String FILE = "附件1-目标表.pdf";
    static final String TEMPLATE = "target-table";
    static final String NONE = "—";
    static final String CITY = "全市";

    private final ReportEngine reports;
    private final DocumentArchive archive;
    private final ReferenceData reference;
    private final CountingRules rules;
    private final DateFactsCalculator facts;

    public TargetTableReport(ReportEngine reports, DocumentArchive archive, ReferenceData reference,
                             CountingRules rules, DateFactsCalculator facts) {
        this.facts = facts;
        this.reports = reports;
        this.archive = archive;
        this.reference = reference;
        this.rules = rules;
    }

    /**
     * Renders the table of a snapshot and archives it: city-wide ({@code countyOrNull} null) as
     * {@code reports/<date>/附件1-目标表.pdf} with every county and the city row, or a county's extract (its row only)
     * as {@code reports/<date>/<县区>/附件1-目标表.pdf}.
     */
    public ArchivedDocument render(Snapshot snapshot, County countyOrNull) {
        Objects.requireNonNull(snapshot, "snapshot");
        Objects.requireNonNull(snapshot.asOf(), "snapshot.asOf");
        List<TargetTableRow> rows = rows(snapshot, countyOrNull);
        LocalDate asOf = snapshot.asOf();
        DocumentRequest request = new DocumentRequest(KIND, asOf, countyOrNull, path(asOf, countyOrNull));
        return archive.store(request, out -> write(snapshot, countyOrNull, rows, out));
    }

    /** The path of the document relative to the output folder. */
    public static String path(LocalDate asOf, County countyOrNull) {
        return "reports/" + asOf + "/" + (countyOrNull == null ? "" : countyOrNull.name() + "/") + FILE;
    }

    /** 2021年8月16日 (no leading zeros). */
    public static String chineseDate(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    private void write(Snapshot snapshot, County countyOrNull, List<TargetTableRow> rows, OutputStream out) {
        String date = chineseDate(snapshot.asOf());
        Map<String, Object> params = Map.of(
                "title", TITLE,
                "attachment", "附件1",
                "dateLine", "统计日期：" + date + (countyOrNull == null ? "" : "　县区：" + countyOrNull.name()),
                "notes", notes(snapshot));
        String subject = "附件1（统计日期 " + date + (countyOrNull == null ? "" : "，" + countyOrNull.name()) + "）";
        reports.renderPdf(TEMPLATE, params,
                new JRMapCollectionDataSource(rows.stream().<Map<String, ?>>map(TargetTableRow::fields).toList()),
                new PdfMetadata(TITLE, reference.authority().name(), subject, "附件1,重点行业,绩效分级,目标表").on(snapshot.asOf()), out);
    }

    /** 注: the counting rules of the snapshot (or of the current settings when the snapshot has none), numbered. */
    String notes(Snapshot snapshot) {
        List<String> sentences = snapshot.rules().isEmpty() ? rules.describe(reference) : snapshot.rules();
        StringBuilder text = new StringBuilder("注：");
        for (int i = 0; i < sentences.size(); i++) {
            text.append("\n").append(i + 1).append(". ").append(sentences.get(i));
            if (!sentences.get(i).endsWith("。")) {
                text.append("。");
            }
        }
        return text.toString();
    }

    /** The rows of the table: every county in 附件1 order and the city, or the one county. */
    List<TargetTableRow> rows(Snapshot snapshot, County countyOrNull) {
        return new TargetTableRows(reference).of(facts.of(snapshot), countyOrNull);
    }

    /** ">25" / "≥20" from a fraction (0.2500) and the comparison's sign; "—" without a threshold. */
    static String threshold(Comparison comparison, BigDecimal fraction) {
        if (fraction == null) {
            return NONE;
        }
        String number = fraction.movePointRight(2).stripTrailingZeros().toPlainString();
        return (comparison == null ? "" : comparison.symbol()) + number;
    }

    /** A fraction (0.2143) as a percentage with two places ("21.43"). */
    static String percent(BigDecimal fraction) {
        return fraction == null ? NONE : fraction.movePointRight(2).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

}
