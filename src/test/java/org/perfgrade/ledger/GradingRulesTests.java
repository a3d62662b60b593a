package org.perfgrade.ledger;

import java.util.Map;

import org.perfgrade.ledger.facts.ViolationType;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** perfgrade.grading: defaults, binding from application.yml, and the sentences printed in the reports' notes. */
class GradingRulesTests {

    @Test
    void theDefaultsListTheThreeViolationsOfThePlanAndReadAsTheReportsNotes() {
        // given
        GradingRules rules = bind(Map.of());
        // when
        var sentences = rules.describe();
        // then
        assertThat(rules).isEqualTo(GradingRules.defaults());
        assertThat(rules.violationDowngrade().triggers()).containsExactly(ViolationType.EXCESS_EMISSION,
                ViolationType.ILLEGAL_DISCHARGE, ViolationType.FACILITY_NOT_RUNNING);
        assertThat(sentences).containsExactly(
                "存在超标排放、偷排偷放、污染治理设施不正常运行等环境违法问题的企业，纳入信用信息共享平台，自发现违法问题之日起"
                        + "实行降级处理；仅可通过重新评审恢复，其间县区清单台账报送的更高级别不予采用。",
                "出具意见与技术指南或企业实际情况严重不符、材料粗制滥造的专家（第三方），经全市通报批评后3年内不得参与本市大气污染防治工作，"
                        + "其间签字的专家意见不予采用。",
                "近3年（含当年）获得能效领跑者、绿色工厂称号或绿色发展排行榜排名靠前的企业，优先纳入绩效分级提升评选范围。");
    }

    @Test
    void theBureauMayChangeTheRuleInApplicationYml() {
        // given
        GradingRules rules = bind(Map.of("perfgrade.grading.violation-downgrade.types", "超标排放,OTHER",
                "perfgrade.grading.expert-bar-years", "5"));
        // then
        assertThat(rules.violationDowngrade().triggers()).containsExactly(ViolationType.EXCESS_EMISSION,
                ViolationType.OTHER);
        assertThat(rules.describe().get(0)).startsWith("存在超标排放、其他等环境违法问题的企业，纳入信用信息共享平台");
        assertThat(rules.describe().get(1)).contains("经全市通报批评后5年内");
    }

    @Test
    void anUnknownViolationTypeIsRefusedWithTheKnownOnes() {
        assertThatThrownBy(() -> bind(Map.of("perfgrade.grading.violation-downgrade.types", "乱排乱放")))
                .rootCause().hasMessage("违法降级规则中的问题类型“乱排乱放”无法识别，可用：超标排放、偷排偷放、污染治理设施不正常运行、其他");
    }

    private static GradingRules bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("perfgrade.grading", GradingRules.class);
    }
}
