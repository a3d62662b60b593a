package org.perfgrade.notice;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.perfgrade.reference.Comparison;
import org.perfgrade.reference.IndustryLevel;
import org.perfgrade.reference.TargetMetric;
import org.perfgrade.snapshot.LevelShares;
import org.perfgrade.snapshot.TargetVerdict;
import org.perfgrade.snapshot.facts.CountyFacts;
import org.perfgrade.snapshot.facts.DateFacts;
import org.perfgrade.snapshot.facts.TargetFact;

/**
 * 各县区进展情况排名表: the rows of the progress notice's ranking attachment, formatted from the date's
 * {@link DateFacts} (rank with 并列, each level's counts, the four shares with their targets, targets met of those
 * that apply, the enterprises still lacking and the verdict) — it ranks and decides nothing itself. Set on
 * landscape pages; counties not ranked (无企业) come last with "—".
 */
final class CountyRanking {

    /** Shares are printed without "%" (the header says it), with the target in brackets: "21.43（＞25）". */
    static final List<String> COLUMNS = List.of("排名", "县区", "国家级\n企业数", "国家级\n申报数", "国家级\n通过数",
            "省级\n企业数", "省级\n申报数", "省级\n通过数", "国家级\n申报占比（%）", "国家级\n通过占比（%）",
            "省级\n申报占比（%）", "省级\n通过占比（%）", "达标目标数/\n适用目标数", "尚差\n企业数", "状态");
    /** In points of the 257 mm landscape table, at 小五 so that "100.00（＞25）" and "无企业（不考核）" fit a line. */
    static final List<Integer> WIDTHS = List.of(46, 50, 31, 31, 31, 31, 31, 31, 70, 70, 70, 70, 54, 36, 76);

    private static final List<IndustryLevel> LEVELS = List.of(IndustryLevel.NATIONAL, IndustryLevel.PROVINCIAL);
    private static final List<TargetMetric> METRICS = List.of(TargetMetric.APPLIED, TargetMetric.PASSED);

    private CountyRanking() {
    }

    /** The ranking attachment, its note stating the rule. */
    static NoticeAttachment attachment(DateFacts facts, String title, String note) {
        return new NoticeAttachment(title, COLUMNS, WIDTHS, rows(facts), note, true);
    }

    /** One row per county in rank order. */
    static List<List<String>> rows(DateFacts facts) {
        return facts.ranking().stream().map(CountyRanking::row).toList();
    }

    private static List<String> row(CountyFacts c) {
        List<String> row = new ArrayList<>();
        row.add(c.rankText());
        row.add(c.county());
        for (IndustryLevel level : LEVELS) {
            LevelShares l = c.figures().levels().stream().filter(x -> x.level().equals(LevelShares.key(level)))
                    .findFirst().orElse(null);
            row.add(l == null ? "0" : String.valueOf(l.counted()));
            row.add(l == null ? "0" : String.valueOf(l.applied()));
            row.add(l == null ? "0" : String.valueOf(l.passed()));
        }
        for (IndustryLevel level : LEVELS) {
            for (TargetMetric metric : METRICS) {
                row.add(c.target(level, metric).map(CountyRanking::share).orElse("—"));
            }
        }
        boolean ranked = c.rank() != null;
        row.add(ranked ? c.met() + "/" + c.applicable() : "—");
        row.add(ranked ? String.valueOf(c.gap()) : "—");
        row.add(c.verdict().words());
        return row;
    }

    /** "21.43（＞25）"; "—" when not assessed; the share alone without a target. */
    static String share(TargetFact t) {
        if (t.verdict() == TargetVerdict.NOT_ASSESSED || t.share() == null) {
            return "—";
        }
        String share = FigurePhrasing.percentNumber(t.share());
        return t.target() == null ? share : share + "（" + sign(t.comparison()) + number(t.target()) + "）";
    }

    /** A missed target in words: "国家级申报占比25.00%（目标高于25%）". */
    static String miss(TargetFact t) {
        return t.name() + FigurePhrasing.percent(t.share()) + "（目标" + FigurePhrasing.goal(t.comparison(), t.target())
                + "）";
    }

    private static String sign(Comparison comparison) {
        return switch (comparison == null ? Comparison.GE : comparison) {
            case GT -> "＞";
            case GE -> "≥";
            case LE -> "≤";
        };
    }

    private static String number(BigDecimal fraction) {
        String percent = FigurePhrasing.threshold(fraction);
        return percent.substring(0, percent.length() - 1);
    }
}
