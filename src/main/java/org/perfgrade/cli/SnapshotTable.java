package org.perfgrade.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.perfgrade.snapshot.CityLevelShares;
import org.perfgrade.snapshot.CountySnapshot;
import org.perfgrade.snapshot.LevelShares;
import org.perfgrade.snapshot.OverdueItem;
import org.perfgrade.snapshot.Snapshot;

/** Prints a snapshot for people: the per-county table of 附件1 with actual shares, met or not and gaps. */
final class SnapshotTable {

    private SnapshotTable() {
    }

    static List<String> lines(Snapshot snapshot) {
        List<String> lines = new ArrayList<>();
        lines.add("各县区重点行业绩效分级完成情况（" + snapshot.asOf() + "）");
        lines.add(TextColumns.pad("县区", 18) + TextColumns.pad("级别", 6) + TextColumns.padLeft("企业", 6)
                + TextColumns.padLeft("申报", 6) + TextColumns.padLeft("申报占比", 10) + TextColumns.padLeft("目标", 8)
                + TextColumns.padLeft("通过", 6) + TextColumns.padLeft("通过占比", 10) + TextColumns.padLeft("目标", 8)
                + "  通过是否达标");
        for (CountySnapshot county : snapshot.counties()) {
            for (LevelShares l : county.levels()) {
                lines.add(TextColumns.pad(county.county(), 18) + TextColumns.pad(levelName(l.level()), 6)
                        + TextColumns.padLeft(String.valueOf(l.counted()), 6)
                        + TextColumns.padLeft(String.valueOf(l.applied()), 6)
                        + TextColumns.padLeft(percent(l.appliedShare()), 10)
                        + TextColumns.padLeft(percent(l.appliedTarget()), 8)
                        + TextColumns.padLeft(String.valueOf(l.passed()), 6)
                        + TextColumns.padLeft(percent(l.passedShare()), 10)
                        + TextColumns.padLeft(percent(l.passedTarget()), 8)
                        + "  " + (l.passedMet() == null ? l.passedVerdict().words() : l.passedMet() ? "达标"
                        : "未达标，还差 " + (l.passedGap() == null ? "—" : l.passedGap()) + " 家"));
            }
        }
        for (CityLevelShares c : snapshot.city().levels()) {
            lines.add("全市" + levelName(c.level()) + "：" + c.counted() + " 家，通过 " + c.passed() + " 家，目标口径占比 "
                    + percent(c.goalShare()) + "，目标 ≥" + percent(c.goalThreshold()) + "，"
                    + (Boolean.TRUE.equals(c.goalMet()) ? "已达到" : "未达到"));
        }
        lines.add("全市D级企业：" + snapshot.city().dCount() + " 家（目标 " + snapshot.city().dGoal() + " 家）");
        for (OverdueItem o : snapshot.overdue()) {
            lines.add("逾期：" + o.county() + " " + o.item() + "（应于 " + o.due() + " 前完成）");
        }
        return lines;
    }

    private static String levelName(String level) {
        return "national".equals(level) ? "国家级" : "省级";
    }

    private static String percent(BigDecimal fraction) {
        return fraction == null ? "—"
                : fraction.multiply(BigDecimal.valueOf(100)).setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
    }
}
