package org.perfgrade.snapshot;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.perfgrade.reference.CityGoal;
import org.perfgrade.reference.Comparison;
import org.perfgrade.reference.Grade;
import org.perfgrade.reference.ReferenceData;
import org.perfgrade.reference.Target;
import org.perfgrade.reference.TargetMetric;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * 统计口径: how enterprises are counted for the shares of 附件1 and the city goals. The plan does not define the
 * numerator and denominator, so every choice is a setting ({@code perfgrade.counting} in application.yml) and
 * {@link #describe} prints it in every report's notes. Which grades are A/B-class comes from the grade table
 * ({@code abClass} in config/industries.yml); the comparisons (&gt; or ≥) come from config/targets.yml.
 *
 * @param leadingCountsAsAbClass     绩效引领性 enterprises count as A/B-class (the plan's city goal counts them
 *                                   together with A and B)
 * @param nonLeadingGrade            the grade 非引领性 of the 引领性 schemes
 * @param nonLeadingRanksAs          the grade 非引领性 ranks as when taking the lowest grade (C)
 * @param passedCountsAsApplied      an enterprise holding an A/B-class grade counts as 申报
 * @param applicationCountsAsApplied an A/B-class application (申报级别) in the campaign year counts as 申报
 * @param neverGradedAsLowest        a line never graded takes the lowest grade of its scheme (D) instead of 未评级
 */
@ConfigurationProperties("perfgrade.counting")
public record CountingRules(@DefaultValue("true") boolean leadingCountsAsAbClass,
                            @DefaultValue("非引领性") String nonLeadingGrade,
                            @DefaultValue("C") String nonLeadingRanksAs,
                            @DefaultValue("true") boolean passedCountsAsApplied,
                            @DefaultValue("true") boolean applicationCountsAsApplied,
                            @DefaultValue("false") boolean neverGradedAsLowest) {

    /** The defaults, as without any {@code perfgrade.counting} setting. */
    public static CountingRules defaults() {
        return new CountingRules(true, "非引领性", "C", true, true, false);
    }

    /** The rules in Chinese, one sentence each, as printed in the notes (注) of every report. */
    public List<String> describe(ReferenceData data) {
        List<String> notes = new ArrayList<>();
        notes.add(abClassSentence(data));
        notes.add("分母：在该级别重点行业中至少有一条台账记录的企业（统计日有效的台账记录）");
        notes.add(appliedSentence(data.calendar().year()));
        notes.add("通过：截至统计日认定级别为A、B级的企业（以统计日及以前生效的最新级别为准）");
        notes.add("跨行业企业在同一级别只计一次，按其在该级别的最低级别计（就低）");
        notes.add(comparisonSentence(data));
        notes.add("差距：在分母不变的情况下，还需多少家企业达到A、B级才能达标（已达标为0；无企业或无法达标时为空）");
        notes.add(neverGradedAsLowest ? "从未评级的企业按其行业级别方案中的最低级别计（如D级）"
                : "从未评级的企业按未评级计（不计入A、B级）");
        data.cityGoals().stream().filter(g -> g.metric() == TargetMetric.COUNT).findFirst()
                .ifPresent(g -> notes.add("全市" + g.grade() + "级企业数：在任一级别按就低为" + g.grade() + "级的企业，每家只计一次；全市目标为"
                        + words(Set.of(g.comparison())) + g.threshold().stripTrailingZeros().toPlainString() + "家"));
        return List.copyOf(notes);
    }

    private String abClassSentence(ReferenceData data) {
        List<Grade> byRank = data.grades().values().stream().sorted(Comparator.comparingInt(Grade::rank)).toList();
        String letters = byRank.stream().filter(g -> g.abClass() && !g.leading()).map(g -> g.code() + "级")
                .collect(Collectors.joining("、"));
        String leading = byRank.stream().filter(g -> g.abClass() && g.leading()).map(g -> "绩效" + g.code() + "企业")
                .collect(Collectors.joining("、"));
        StringBuilder text = new StringBuilder("A、B级企业含").append(letters);
        if (!leading.isEmpty()) {
            text.append(leadingCountsAsAbClass ? "和" + leading : "（" + leading + "不计入）");
        }
        if (data.grades().containsKey(nonLeadingGrade)) {
            text.append("，").append(nonLeadingGrade).append("企业按").append(nonLeadingRanksAs).append("级计");
        }
        return text.toString();
    }

    private String appliedSentence(int year) {
        if (passedCountsAsApplied && applicationCountsAsApplied) {
            return "申报：截至统计日持有A、B级，或" + year + "年度有A、B级申报记录的企业";
        }
        if (passedCountsAsApplied) {
            return "申报：截至统计日持有A、B级的企业（申报记录不计）";
        }
        if (applicationCountsAsApplied) {
            return "申报：" + year + "年度有A、B级申报记录的企业";
        }
        return "申报：不统计";
    }

    private static String comparisonSentence(ReferenceData data) {
        Set<Comparison> county = data.targets().stream().map(Target::comparison)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Set<Comparison> city = data.cityGoals().stream().filter(g -> g.metric() != TargetMetric.COUNT)
                .map(CityGoal::comparison).collect(Collectors.toCollection(LinkedHashSet::new));
        return "县区目标为" + words(county) + "，全市目标为" + words(city)
                + "；是否达标按精确分数判断，不按四舍五入后的百分数";
    }

    private static String words(Set<Comparison> comparisons) {
        if (comparisons.isEmpty()) {
            return "（未设定）";
        }
        return comparisons.stream().map(c -> switch (c) {
            case GT -> "严格大于（>）";
            case GE -> "不低于（≥）";
            case LE -> "不高于（≤）";
        }).collect(Collectors.joining("或"));
    }
}
