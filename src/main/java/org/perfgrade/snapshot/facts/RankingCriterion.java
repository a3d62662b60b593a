package org.perfgrade.snapshot.facts;

/** 排名依据: one criterion of the county ranking, in the words the progress notice prints. */
public enum RankingCriterion {
    /** 适用目标达标比例: targets met ÷ targets that apply, higher first. */
    TARGETS_MET_SHARE("适用目标达标比例（达标目标数÷适用目标数）由高到低"),
    /** 合计差距: the enterprises still needed over the targets that apply, fewer first. */
    TOTAL_GAP("各适用目标尚差企业数合计由少到多"),
    /** 合计通过占比: Σ passed ÷ Σ counted over both levels, higher first. */
    PASSED_SHARE("国家级、省级合计通过占比（通过企业数之和÷企业数之和）由高到低");

    private final String words;

    RankingCriterion(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
