package org.perfgrade.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.perfgrade.reference.IndustryLevel;
import org.perfgrade.snapshot.Change;
import org.perfgrade.snapshot.CityLevelShares;
import org.perfgrade.snapshot.CitySnapshot;
import org.perfgrade.snapshot.CountySnapshot;
import org.perfgrade.snapshot.LevelShares;
import org.perfgrade.snapshot.OverdueItem;
import org.perfgrade.snapshot.Snapshot;

/**
 * 一、总体情况: the headline figures of the briefing as sentences — per level the city's enterprises, A/B-class
 * applications and passes with their shares and the city goal, the D-grade goal, how many counties meet each target,
 * the overdue items and the changes since the previous snapshot. Computed from a {@link Snapshot} only.
 */
final class BriefingHeadline {

    private BriefingHeadline() {
    }

    /**
     * @param goalSign the sign of a level's city goal ("≥"), empty when unknown
     */
    static List<String> paragraphs(Snapshot snapshot, String cityName, Function<IndustryLevel, String> goalSign) {
        List<String> paragraphs = new ArrayList<>();
        CitySnapshot city = snapshot.city();
        StringBuilder cityText = new StringBuilder("截至").append(TargetTableReport.chineseDate(snapshot.asOf()))
                .append("，").append(cityName).append("：");
        if (city == null || city.levels().isEmpty()) {
            cityText.append("尚无企业数据。");
        }
        else {
            List<String> parts = new ArrayList<>();
            for (CityLevelShares level : city.levels()) {
                parts.add(levelSentence(level, goalSign.apply(LevelShares.level(level.level()))));
            }
            cityText.append(String.join("；", parts)).append("。");
            if (city.dGoalMet() != null) {
                cityText.append("全市D级企业").append(city.dCount()).append("家，")
                        .append(city.dGoalMet() ? "达到" : "未达到").append("“基本消除D级企业”的目标。");
            }
        }
        paragraphs.add(cityText.toString());
        paragraphs.add(countiesSentence(snapshot));
        paragraphs.add(overdueSentence(snapshot.overdue()));
        paragraphs.add(changesSentence(snapshot.changes()));
        return paragraphs;
    }

    private static String levelSentence(CityLevelShares level, String sign) {
        String name = levelName(LevelShares.level(level.level()));
        StringBuilder text = new StringBuilder(name).append("重点行业企业").append(level.counted()).append("家");
        if (level.counted() == 0) {
            return text.toString();
        }
        text.append("，A、B级企业申报").append(level.applied()).append("家、占")
                .append(TargetTableReport.percent(level.appliedShare())).append("%，通过")
                .append(level.passed()).append("家、占").append(TargetTableReport.percent(level.passedShare()))
                .append("%");
        if (level.goalThreshold() != null) {
            text.append("；全市目标").append(sign).append(TargetTableReport.threshold(null, level.goalThreshold())).append("%，当前")
                    .append(TargetTableReport.percent(level.goalShare())).append("%，")
                    .append(Boolean.TRUE.equals(level.goalMet()) ? "已达标" : level.goalGap() == null ? "未达标"
                            : "未达标，尚差" + level.goalGap() + "家");
        }
        return text.toString();
    }

    private static String countiesSentence(Snapshot snapshot) {
        int counties = snapshot.counties().size();
        List<String> parts = new ArrayList<>();
        for (IndustryLevel level : IndustryLevel.values()) {
            int withTarget = 0;
            int appliedMet = 0;
            int passedMet = 0;
            Set<String> missing = new LinkedHashSet<>();
            for (CountySnapshot county : snapshot.counties()) {
                LevelShares shares = county.levels().stream().filter(l -> l.level().equals(LevelShares.key(level)))
                        .findFirst().orElse(null);
                if (shares == null || (shares.appliedTarget() == null && shares.passedTarget() == null)) {
                    continue;
                }
                withTarget++;
                appliedMet += Boolean.TRUE.equals(shares.appliedMet()) ? 1 : 0;
                passedMet += Boolean.TRUE.equals(shares.passedMet()) ? 1 : 0;
                if (Boolean.FALSE.equals(shares.passedMet())) {
                    missing.add(county.county());
                }
            }
            if (withTarget > 0) {
                parts.add(levelName(level) + "重点行业申报占比达标" + appliedMet + "个、通过占比达标" + passedMet + "个"
                        + (missing.isEmpty() ? "" : "（通过占比未达标：" + String.join("、", missing) + "）"));
            }
        }
        if (parts.isEmpty()) {
            return counties + "个县区均未设定目标。";
        }
        return counties + "个县区中，" + String.join("；", parts) + "。";
    }

    private static String overdueSentence(List<OverdueItem> overdue) {
        if (overdue.isEmpty()) {
            return "无逾期事项。";
        }
        long counties = overdue.stream().map(OverdueItem::county).distinct().count();
        return "逾期事项" + overdue.size() + "项，涉及" + counties + "个县区（见第四部分）。";
    }

    private static String changesSentence(List<Change> changes) {
        if (changes.isEmpty()) {
            return "与上次快照相比无变化。";
        }
        long up = changes.stream().filter(c -> c.kind().equals("grade-up") || c.kind().equals("new-grade")).count();
        long down = changes.stream().filter(c -> c.kind().equals("grade-down") || c.kind().equals("grade-removed"))
                .count();
        long met = changes.stream().filter(c -> c.kind().equals("target-met")).count();
        long missed = changes.stream().filter(c -> c.kind().equals("target-missed")).count();
        return "与上次快照相比变化" + changes.size() + "项：新评级或升级" + up + "条、降级或撤销" + down + "条，新达标" + met
                + "项、由达标转为未达标" + missed + "项（见第三部分）。";
    }

    static String levelName(IndustryLevel level) {
        return level == IndustryLevel.NATIONAL ? "国家级" : "省级";
    }

    /** A fraction ("0.2143") as a percentage number (21.43) for the chart; null stays null. */
    static BigDecimal percentNumber(BigDecimal fraction) {
        return fraction == null ? null : fraction.movePointRight(2);
    }
}
