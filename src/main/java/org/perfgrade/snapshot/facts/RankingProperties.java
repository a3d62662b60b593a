package org.perfgrade.snapshot.facts;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * 排名规则 ({@code perfgrade.ranking}): the criteria of the county ranking in order, and how many counties the
 * progress notice names as 位居前列 and as 排名靠后. The notice prints the rule ({@link #describe()}).
 *
 * @param criteria the criteria, the first deciding first (default: targets met share, total gap, passed share)
 * @param named    counties named at each end (default 3)
 */
@ConfigurationProperties("perfgrade.ranking")
public record RankingProperties(List<RankingCriterion> criteria, Integer named) {

    public static final RankingProperties DEFAULT = new RankingProperties(null, null);

    public RankingProperties {
        criteria = criteria == null || criteria.isEmpty()
                ? List.of(RankingCriterion.TARGETS_MET_SHARE, RankingCriterion.TOTAL_GAP, RankingCriterion.PASSED_SHARE)
                : List.copyOf(criteria);
        if (named == null) {
            named = 3;
        }
        if (named < 1) {
            throw new IllegalArgumentException("perfgrade.ranking.named 须为正整数：" + named);
        }
    }

    /** The rule in one sentence, as the notice prints it. */
    public String describe() {
        return "排名依次按" + criteria.stream().map(RankingCriterion::words).collect(Collectors.joining("，再按"))
                + "排列；各项均相同的县区并列同一名次，按方案附件1的县区顺序排列；无考核目标（无重点行业企业）的县区不参加排名。";
    }
}
