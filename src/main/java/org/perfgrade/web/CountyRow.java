package org.perfgrade.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.perfgrade.snapshot.CountySnapshot;
import org.perfgrade.snapshot.LevelShares;
import org.perfgrade.snapshot.Snapshot;

/**
 * 县区完成情况表的一行 for the front page: one county at one level (国家级 / 省级) with the applied and passed shares,
 * their targets, and met or the gap — the figures of 附件1, formatted for people.
 */
public record CountyRow(String county, String level, int counted, int applied, String appliedShare,
                        String appliedTarget, int passed, String passedShare, String passedTarget, boolean met,
                        String status) {

    /** The rows of a snapshot, in 附件1 order (county, then national before provincial). */
    public static List<CountyRow> of(Snapshot snapshot) {
        List<CountyRow> rows = new ArrayList<>();
        for (CountySnapshot county : snapshot.counties()) {
            for (LevelShares l : county.levels()) {
                rows.add(new CountyRow(county.county(), "national".equals(l.level()) ? "国家级" : "省级", l.counted(),
                        l.applied(), percent(l.appliedShare()), percent(l.appliedTarget()), l.passed(),
                        percent(l.passedShare()), percent(l.passedTarget()), Boolean.TRUE.equals(l.passedMet()),
                        status(l)));
            }
        }
        return rows;
    }

    private static String status(LevelShares l) {
        if (l.passedMet() == null) {
            return l.passedVerdict().words();
        }
        if (l.passedMet()) {
            return "达标";
        }
        return "未达标，还差 " + (l.passedGap() == null ? "—" : l.passedGap()) + " 家";
    }

    private static String percent(BigDecimal fraction) {
        return fraction == null ? "—"
                : fraction.multiply(BigDecimal.valueOf(100)).setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
    }
}
