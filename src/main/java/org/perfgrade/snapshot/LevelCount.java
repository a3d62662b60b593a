package org.perfgrade.snapshot;

/**
 * 企业计数: the enterprises of one county (or the city) at one industry level, each counted once by its lowest grade.
 *
 * @param counted       enterprises with at least one line at the level (分母)
 * @param applied       申报: A/B-class enterprises and, by the rules, those with an A/B-class application
 * @param passed        通过: enterprises whose lowest grade is A/B-class under the rules
 * @param lettersPassed enterprises whose lowest grade is A/B-class and not 绩效引领性 (A, B, B-)
 * @param leading       enterprises whose lowest grade is 绩效引领性
 * @param dCount        enterprises whose lowest grade is the count goal's grade (D)
 */
record LevelCount(int counted, int applied, int passed, int lettersPassed, int leading, int dCount) {

    static final LevelCount NONE = new LevelCount(0, 0, 0, 0, 0, 0);

    LevelCount plus(LevelCount o) {
        return new LevelCount(counted + o.counted, applied + o.applied, passed + o.passed,
                lettersPassed + o.lettersPassed, leading + o.leading, dCount + o.dCount);
    }

    /** The numerator of a city goal: A/B letters, plus 绩效引领性 when the goal includes them (方案二). */
    int goalNumerator(boolean includeLeading) {
        return includeLeading ? lettersPassed + leading : lettersPassed;
    }
}
