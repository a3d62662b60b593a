package org.perfgrade.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.perfgrade.replay.ReplayWeek;
import org.perfgrade.snapshot.TargetVerdict;

/**
 * 每周进展表: the replay's weeks for people — per week (its last working day) the city's A/B shares applied and passed
 * and the goal share against the goal, national then provincial, and the D-grade count.
 */
final class WeeklyTable {

    private static final int DATE = 12;

    private WeeklyTable() {
    }

    static List<String> lines(List<ReplayWeek> weeks) {
        List<String> lines = new ArrayList<>();
        lines.add("每周进展（全市，各周最后一个工作日；目标口径：国家级含绩效引领性）");
        StringBuilder header = new StringBuilder(TextColumns.pad("周末", DATE));
        for (String level : List.of("国家级", "省级")) {
            header.append(TextColumns.padLeft(level + "申报", 12)).append(TextColumns.padLeft(level + "通过", 12))
                    .append(TextColumns.padLeft("目标口径", 10)).append(TextColumns.padLeft("目标", 9))
                    .append("  ").append(TextColumns.pad("", 8));
        }
        lines.add(header.append("D级").toString());
        for (ReplayWeek week : weeks) {
            StringBuilder line = new StringBuilder(TextColumns.pad(week.weekEnding().toString(), DATE));
            for (ReplayWeek.Level l : week.levels()) {
                line.append(TextColumns.padLeft(percent(l.appliedShare()), 12))
                        .append(TextColumns.padLeft(percent(l.passedShare()), 12))
                        .append(TextColumns.padLeft(percent(l.goalShare()), 10))
                        .append(TextColumns.padLeft(l.goalThreshold() == null ? "—" : "≥" + percent(l.goalThreshold()),
                                9))
                        .append("  ").append(TextColumns.pad(verdict(l), 8));
            }
            lines.add(line.append(week.dCount()).append(" 家").toString());
        }
        return lines;
    }

    private static String verdict(ReplayWeek.Level l) {
        return l.counted() == 0 ? "不考核" : TargetVerdict.of(l.goalMet()).words();
    }

    private static String percent(BigDecimal fraction) {
        return fraction == null ? "—"
                : fraction.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
    }
}
