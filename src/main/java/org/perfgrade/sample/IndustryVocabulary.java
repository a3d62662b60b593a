package org.perfgrade.sample;

import java.util.List;
import java.util.Map;

/**
 * 行业用语: the words that make a sample line of one industry (or branch) look real: trade-name words, products,
 * capacity and production-line patterns ({c} a capacity figure, {n} a small count), typical emissions and the
 * upgrade texts of 附件2 (差异化指标, 存在问题, 改造措施) that belong together.
 *
 * @param weight         how often the industry is picked for a random enterprise
 * @param so2            the largest 二氧化硫 in t/a a line of this kind emits (likewise nox, pm, vocs)
 * @param branchWeights  relative weights of branches (missing: 1)
 * @param partners       industries an enterprise of this one often also runs (铸造 + 机械加工)
 */
record IndustryVocabulary(double weight, List<String> nameWords, List<String> products, String capacity,
                          int capacityMin, int capacityMax, String lines, double so2, double nox, double pm,
                          double vocs, List<Upgrade> upgrades, Map<String, Double> branchWeights,
                          List<String> partners) {

    IndustryVocabulary {
        nameWords = List.copyOf(nameWords);
        products = List.copyOf(products);
        upgrades = List.copyOf(upgrades);
        branchWeights = Map.copyOf(branchWeights);
        partners = List.copyOf(partners);
    }

    /** One upgrade: the indicator to meet, the problem found and the measure taken. */
    record Upgrade(String indicator, String problem, String measure) {
    }

    double branchWeight(String branch) {
        return branchWeights.getOrDefault(branch, 1.0);
    }
}
