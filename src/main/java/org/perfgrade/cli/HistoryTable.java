package org.perfgrade.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.perfgrade.report.TargetTableReport;
import org.perfgrade.snapshot.SnapshotHistory;
import org.perfgrade.snapshot.SnapshotHistory.CityPoint;
import org.perfgrade.snapshot.SnapshotHistory.CountyPoint;
import org.perfgrade.snapshot.SnapshotHistory.CountySeries;
import org.perfgrade.snapshot.TargetVerdict;

/** Prints a snapshot history for people: a block per county (附件1 order), a line per date and level, then the city. */
final class HistoryTable {

    private static final int DATE = 18;

    private HistoryTable() {
    }

    static List<String> lines(SnapshotHistory history, boolean withCity) {
        List<String> lines = new ArrayList<>();
        if (history.dates().isEmpty()) {
            lines.add((history.from() == null && history.to() == null ? "还没有任何进展快照"
                    : range(history) + "没有进展快照") + "：快照由 perfgrade nightly 生成。");
            return lines;
        }
        lines.add("各县区重点行业绩效分级进展（" + range(history) + "，共 " + history.dates().size() + " 个快照）");
        for (CountySeries county : history.counties()) {
            lines.add("");
            lines.add(county.county());
            lines.add(TextColumns.pad("日期", DATE) + TextColumns.pad("级别", 8) + TextColumns.padLeft("企业数", 8)
                    + TextColumns.padLeft("申报数", 8) + TextColumns.padLeft("申报占比", 10)
                    + TextColumns.padLeft("通过数", 8) + TextColumns.padLeft("通过占比", 10) + "  达标情况");
            for (CountyPoint p : county.series()) {
                lines.add(TextColumns.pad(chineseDate(p.date()), DATE) + TextColumns.pad(levelName(p.level()), 8)
                        + TextColumns.padLeft(String.valueOf(p.counted()), 8)
                        + TextColumns.padLeft(String.valueOf(p.applied()), 8)
                        + TextColumns.padLeft(percent(p.appliedShare()), 10)
                        + TextColumns.padLeft(String.valueOf(p.passed()), 8)
                        + TextColumns.padLeft(percent(p.passedShare()), 10) + "  " + verdict(p));
            }
        }
        if (withCity) {
            lines.add("");
            lines.add("全市（目标口径占比与全市目标相比）");
            lines.add(TextColumns.pad("日期", DATE) + TextColumns.pad("级别", 8) + TextColumns.padLeft("申报占比", 10)
                    + TextColumns.padLeft("通过占比", 10) + TextColumns.padLeft("目标口径占比", 14)
                    + "  " + TextColumns.pad("达标情况", 18) + "D级企业");
            for (CityPoint c : history.city()) {
                lines.add(TextColumns.pad(chineseDate(c.date()), DATE) + TextColumns.pad(levelName(c.level()), 8)
                        + TextColumns.padLeft(percent(c.appliedShare()), 10)
                        + TextColumns.padLeft(percent(c.passedShare()), 10)
                        + TextColumns.padLeft(percent(c.goalShare()), 14) + "  "
                        + TextColumns.pad(TargetVerdict.of(c.goalMet()).words(), 18) + c.dCount() + " 家");
            }
        }
        return lines;
    }

    /** 申报 and 通过 against their targets: 达标 / 未达标（差n家） / 无企业（不考核）. */
    static String verdict(CountyPoint p) {
        if (p.counted() == 0) {
            return TargetVerdict.NOT_ASSESSED.words();
        }
        return "申报" + words(p.appliedVerdict(), p.appliedGap()) + "，通过" + words(p.passedVerdict(), p.passedGap());
    }

    private static String words(TargetVerdict verdict, Integer gap) {
        if (verdict == TargetVerdict.MISSED) {
            return verdict.words() + (gap == null ? "" : "（差" + gap + "家）");
        }
        return verdict.words();
    }

    private static String range(SnapshotHistory history) {
        if (history.from() == null) {
            return chineseDate(history.to()) + "及以前";
        }
        if (history.to() == null) {
            return chineseDate(history.from()) + "及以后";
        }
        return chineseDate(history.from()) + "至" + chineseDate(history.to());
    }

    private static String chineseDate(LocalDate date) {
        return TargetTableReport.chineseDate(date);
    }

    private static String levelName(String level) {
        return "national".equals(level) ? "国家级" : "省级";
    }

    private static String percent(BigDecimal fraction) {
        return fraction == null ? "—"
                : fraction.multiply(BigDecimal.valueOf(100)).setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
    }
}
