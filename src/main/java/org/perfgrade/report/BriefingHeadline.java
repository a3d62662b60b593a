package org.perfgrade.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.perfgrade.reference.IndustryLevel;
import org.perfgrade.snapshot.Change;
import org.perfgrade.snapshot.CityLevelShares;
import org.perfgrade.snapshot.CitySnapshot;
import org.perfgrade.snapshot.LevelShares;
import org.perfgrade.snapshot.LateItem;
import org.perfgrade.snapshot.OverdueItem;
import org.perfgrade.snapshot.facts.CountyFacts;
import org.perfgrade.snapshot.facts.DateFacts;

/**
 * 一、总体情况: the headline figures of the briefing as sentences — per level the city's enterprises, A/B-class
 * applications and passes with their shares and the city goal, the D-grade goal, how the counties stand against
 * their targets (达标, 未达标, 无企业（不考核）) and who leads and trails the ranking, the overdue items and the changes
 * since the previous statistics. Every statement is one of the date's {@link DateFacts}; none is decided here.
 */
final class BriefingHeadline {

    private BriefingHeadline() {
    }

    /**
     * @param goalSign the sign of a level's city goal ("≥"), empty when unknown
     */
    static List<String> paragraphs(DateFacts facts, String cityName, Function<IndustryLevel, String> goalSign) {
        List<String> paragraphs = new ArrayList<>();
        CitySnapshot city = facts.city();
        StringBuilder cityText = new StringBuilder("截至").append(TargetTableReport.chineseDate(facts.asOf()))
                .append("，").append(cityName);
        if (city == null || !facts.hasEnterprises()) {
            cityText.append("尚无重点行业企业数据，各项目标均不考核。");
            paragraphs.add(cityText.toString());
        }
        else {
            List<String> parts = new ArrayList<>();
            for (CityLevelShares level : city.levels()) {
                parts.add(levelSentence(level, goalSign.apply(LevelShares.level(level.level()))));
            }
            cityText.append("：").append(String.join("；", parts)).append("。");
            if (city.dGoalMet() != null) {
                cityText.append("全市D级企业").append(city.dCount()).append("家，")
                        .append(city.dGoalMet() ? "达到" : "未达到").append("“基本消除D级企业”的目标。");
            }
            paragraphs.add(cityText.toString());
            paragraphs.add(countiesSentence(facts));
        }
        paragraphs.add(overdueSentence(facts.snapshot().overdue(), facts.snapshot().late()));
        paragraphs.add(changesSentence(facts.snapshot().changes()));
        return paragraphs;
    }

    private static String levelSentence(CityLevelShares level, String sign) {
        String name = levelName(LevelShares.level(level.level()));
        StringBuilder text = new StringBuilder(name).append("重点行业企业").append(level.counted()).append("家");
        if (level.counted() == 0) {
            return text.append("（不考核）").toString();
        }
        text.append("，A、B级企业申报").append(level.applied()).append("家、占")
                .append(TargetTableReport.percent(level.appliedShare())).append("%，通过")
                .append(level.passed()).append("家、占").append(TargetTableReport.percent(level.passedShare()))
                .append("%");
        if (level.goalThreshold() != null) {
            text.append("；全市目标").append(sign).append(TargetTableReport.threshold(null, level.goalThreshold()))
                    .append("%，当前").append(TargetTableReport.percent(level.goalShare())).append("%，")
                    .append(TargetTableRows.status(level.goalVerdict(), level.goalGap()));
        }
        return text.toString();
    }

    /** How the counties stand: who meets every target that applies, who misses one, who has none; the ends. */
    private static String countiesSentence(DateFacts facts) {
        List<String> met = facts.counties().stream().filter(CountyFacts::meetsAll).map(CountyFacts::county).toList();
        List<String> missing = facts.missing().stream().map(CountyFacts::county).toList();
        List<String> none = facts.counties().stream().filter(c -> c.applicable() == 0).map(CountyFacts::county)
                .toList();
        // one sentence per state, so that a sentence saying 未达到 names only the counties missing a target
        StringBuilder text = new StringBuilder().append(facts.counties().size()).append("个县区中，达到全部适用目标的")
                .append(met.size()).append("个").append(names(met)).append("。");
        text.append("有目标未达到的").append(missing.size()).append("个").append(names(missing)).append("。");
        if (!none.isEmpty()) {
            text.append("无重点行业企业（不考核）的").append(none.size()).append("个").append(names(none)).append("。");
        }
        if (!facts.leaders().isEmpty()) {
            text.append("排名前列：").append(String.join("、", facts.leaders())).append("。");
        }
        if (!facts.trailers().isEmpty()) {
            text.append("排名靠后：").append(String.join("、", facts.trailers())).append("。");
        }
        return text.toString();
    }

    private static String names(List<String> counties) {
        return counties.isEmpty() ? "" : "（" + String.join("、", counties) + "）";
    }

    private static String overdueSentence(List<OverdueItem> overdue, List<LateItem> late) {
        String text = overdue.isEmpty() ? "无逾期未完成事项"
                : "逾期未完成事项" + overdue.size() + "项，涉及" + counties(overdue.stream().map(OverdueItem::county))
                        + "个县区（见第四部分）";
        return text + (late.isEmpty() ? "；无逾期完成事项。"
                : "；逾期完成事项" + late.size() + "项，涉及" + counties(late.stream().map(LateItem::county))
                        + "个县区（见第五部分）。");
    }

    private static long counties(Stream<String> names) {
        return names.distinct().count();
    }

    private static String changesSentence(List<Change> changes) {
        if (changes.isEmpty()) {
            return "与上次统计相比无变化。";
        }
        long up = changes.stream().filter(c -> c.kind().equals("grade-up") || c.kind().equals("new-grade")).count();
        long down = changes.stream().filter(c -> c.kind().equals("grade-down") || c.kind().equals("grade-removed"))
                .count();
        long met = changes.stream().filter(c -> c.kind().equals("target-met")).count();
        long missed = changes.stream().filter(c -> c.kind().equals("target-missed")).count();
        return "与上次统计相比变化" + changes.size() + "项：新评级或升级" + up + "条、降级或撤销" + down + "条，新达标" + met
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
