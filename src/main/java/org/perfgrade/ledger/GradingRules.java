package org.perfgrade.ledger;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.perfgrade.ledger.facts.ViolationType;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * 动态管理规则: what the plan leaves to the bureau (sections 三(四), 三(六), 五(二)) and provincial practice fills in
 * — which violations downgrade an enterprise (to what grade: the downgrade table of config/violations.yml), how
 * long a criticised expert is barred, how far back an honour gives priority. Kept in {@code perfgrade.grading} of
 * application.yml, and printed by {@link #describe()} in the reports' notes so that every list
 * says which rule made it.
 *
 * @param violationDowngrade   违法降级 (section 三(六))
 * @param expertBarYears       通报批评的专家（第三方）不得参与评审的年数 (section 五(二): 3 年)
 * @param priorityHonourYears  近几年获得能效领跑者、绿色工厂、绿色发展排行榜的企业优先 (section 三(四): 近三年, the
 *                             date's year included)
 */
@ConfigurationProperties("perfgrade.grading")
public record GradingRules(@DefaultValue ViolationDowngrade violationDowngrade,
                           @DefaultValue("3") int expertBarYears,
                           @DefaultValue("3") int priorityHonourYears) {

    private static final Pattern LETTER_GRADE = Pattern.compile("[A-Z][+-]?");

    public GradingRules {
        Objects.requireNonNull(violationDowngrade, "violationDowngrade");
        if (expertBarYears < 1) {
            throw new IllegalArgumentException("专家禁入年数（expert-bar-years）须为正整数，现为 " + expertBarYears);
        }
        if (priorityHonourYears < 1) {
            throw new IllegalArgumentException("优先评选的称号年数（priority-honour-years）须为正整数，现为 "
                    + priorityHonourYears);
        }
    }

    /** The default rules (as the plan and provincial practice read), for tests and tools without Spring. */
    public static GradingRules defaults() {
        return new GradingRules(new ViolationDowngrade(ViolationDowngrade.DEFAULT_TYPES), 3, 3);
    }

    /**
     * The rules as complete Chinese sentences for the notes (注) of reports and lists; which grade drops to which is
     * the downgrade table's own sentence ({@code DowngradeMapping#describe()}, config/violations.yml).
     */
    public List<String> describe() {
        List<String> sentences = new ArrayList<>();
        String types = violationDowngrade.triggers().stream().map(ViolationType::label)
                .collect(Collectors.joining("、"));
        sentences.add("存在" + types + "等环境违法问题的企业，纳入信用信息共享平台，自发现违法问题之日起实行降级处理；"
                + "仅可通过重新评审恢复，其间县区清单台账报送的更高级别不予采用。");
        sentences.add("出具意见与技术指南或企业实际情况严重不符、材料粗制滥造的专家（第三方），经全市通报批评后" + expertBarYears
                + "年内不得参与本市大气污染防治工作，其间签字的专家意见不予采用。");
        sentences.add("近" + priorityHonourYears + "年（含当年）获得能效领跑者、绿色工厂称号或绿色发展排行榜排名靠前的企业，"
                + "优先纳入绩效分级提升评选范围。");
        return sentences;
    }

    /** “C级”, or a word grade as it is (非引领性). */
    public static String gradeName(String grade) {
        return grade == null ? FactText.UNGRADED : LETTER_GRADE.matcher(grade).matches() ? grade + "级" : grade;
    }

    /**
     * 违法降级规则: which violations downgrade and credit-list an enterprise. Which grade drops to which is the
     * downgrade table in config/violations.yml ({@code org.perfgrade.ledger.violation.DowngradeMapping}).
     *
     * @param types the violation types that trigger it, by Chinese label (超标排放) or name (EXCESS_EMISSION)
     */
    public record ViolationDowngrade(@DefaultValue({ "超标排放", "偷排偷放", "污染治理设施不正常运行" }) List<String> types) {

        static final List<String> DEFAULT_TYPES = List.of("超标排放", "偷排偷放", "污染治理设施不正常运行");

        public ViolationDowngrade {
            types = List.copyOf(types == null ? DEFAULT_TYPES : types);
            types.forEach(ViolationDowngrade::type);
        }

        /** The violation types that trigger the downgrade and the credit-platform listing. */
        public Set<ViolationType> triggers() {
            Set<ViolationType> set = EnumSet.noneOf(ViolationType.class);
            types.forEach(t -> set.add(type(t)));
            return set;
        }

        public boolean triggeredBy(ViolationType type) {
            return triggers().contains(type);
        }

        private static ViolationType type(String text) {
            String t = text.strip();
            return ViolationType.fromLabel(t).or(() -> java.util.Arrays.stream(ViolationType.values())
                    .filter(v -> v.name().equalsIgnoreCase(t.replace('-', '_'))).findFirst())
                    .orElseThrow(() -> new IllegalArgumentException("违法降级规则中的问题类型“" + t + "”无法识别，可用："
                            + java.util.Arrays.stream(ViolationType.values()).map(ViolationType::label)
                            .collect(Collectors.joining("、"))));
        }
    }
}
