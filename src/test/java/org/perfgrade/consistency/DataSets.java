package org.perfgrade.consistency;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.perfgrade.consistency.Planting.Firm;

import static org.perfgrade.consistency.Planting.casting;
import static org.perfgrade.consistency.Planting.machining;
import static org.perfgrade.consistency.Planting.machiningApplyingForB;
import static org.perfgrade.consistency.Verdict.MET;
import static org.perfgrade.consistency.Verdict.MISSED;
import static org.perfgrade.consistency.Verdict.NOT_ASSESSED;

/**
 * The small data sets of the suite, each with its expected facts worked out by hand against config/targets.yml: every
 * county's targets are 国家级申报 &gt;25 %, 国家级通过 &gt;20 %, 省级申报 &gt;30 %, 省级通过 &gt;25 %; the city's are
 * 国家级 ≥20 %, 省级 ≥25 % and no D-grade enterprise. 通过 counts A/B/引领性 holders; 申报 counts them and the A/B
 * applications of the year. A gap is the enterprises still to pass with the denominator unchanged.
 * <p>
 * Ranking (issue #17): (1) targets met ÷ targets that apply, higher first; (2) total gap over the targets that apply,
 * fewer first; (3) Σ通过 ÷ Σ企业 over both levels, higher first; equal counties share a rank ("并列").
 */
final class DataSets {

    static final LocalDate LEDGER_DAY = LocalDate.of(2021, 9, 1);
    static final LocalDate SEPTEMBER_30 = LocalDate.of(2021, 9, 30);

    static final String LONGTING = "410202";
    static final String TONGXU = "410222";
    static final String QIXIAN = "410221";
    static final String WEISHI = "410223";
    static final String LANKAO = "410225";

    private DataSets() {
    }

    /** What is planted for a data set: a county's files, or the demo's sample inbox. */
    record County(String code, List<Firm> firms) {
    }

    /**
     * A file received after its deadline (the planted fact) and the 逾期完成 line it makes (the expected one): the
     * item as the calendar names it and the calendar days late.
     */
    record Late(String code, String county, String kind, LocalDate received, String item, int daysLate) {
    }

    /** A data set: its name, date, what is planted (demo: the demo's inbox instead) and what it means. */
    record DataSet(String name, LocalDate asOf, boolean demo, List<County> counties, List<Late> late,
                   ExpectedFacts facts) {

        @Override
        public String toString() {
            return name;
        }
    }

    static List<DataSet> all() {
        return List.of(empty(), countyWithoutALevel(), everyTargetMet(), noTargetMet(), ties(), Demo.dataSet());
    }

    /** b. 9月30日 with an empty ledger: nothing is assessed, nobody is ranked, no goal is reached or missed. */
    static DataSet empty() {
        return new DataSet("无数据的日期", SEPTEMBER_30, false, List.of(), List.of(),
                ExpectedFacts.builder().cityGoals(null, null, null).build());
    }

    /**
     * c. A county with no enterprise at a level.
     * <pre>
     * 通许县 national   A B C C   applied 2/4 = 50 % &gt;25 met, passed 2/4 = 50 % &gt;20 met; provincial none → 不考核
     * 杞县   national   A C C C C applied 1/5 = 20 % ≯25 missed (2/5 = 40 % → gap 1), passed 20 % ≯20 missed (gap 1)
     *        provincial B C       applied 1/2 = 50 % &gt;30 met, passed 50 % &gt;25 met
     * 兰考县 national none → 不考核; provincial B C C  1/3 = 33.3 % &gt;30 met, &gt;25 met
     * rule 1: 通许县 2/2, 兰考县 2/2, 杞县 2/4; rule 3 between the first two: 通许县 2/4 = 50 % &gt; 兰考县 1/3
     * city: national 3/9 = 33.3 % ≥20 met; provincial 2/5 = 40 % ≥25 met; no D grade → met
     * </pre>
     */
    static DataSet countyWithoutALevel() {
        List<County> counties = List.of(
                new County(TONGXU, List.of(casting("通许县甲铸造有限公司", "A"), casting("通许县乙铸造有限公司", "B"),
                        casting("通许县丙铸造有限公司", "C"), casting("通许县丁铸造有限公司", "C"))),
                new County(QIXIAN, List.of(casting("杞县甲铸造有限公司", "A"), casting("杞县乙铸造有限公司", "C"),
                        casting("杞县丙铸造有限公司", "C"), casting("杞县丁铸造有限公司", "C"),
                        casting("杞县戊铸造有限公司", "C"), machining("杞县甲机械有限公司", "B"),
                        machining("杞县乙机械有限公司", "C"))),
                new County(LANKAO, List.of(machining("兰考县甲机械有限公司", "B"), machining("兰考县乙机械有限公司", "C"),
                        machining("兰考县丙机械有限公司", "C"))));
        ExpectedFacts facts = ExpectedFacts.builder()
                .county("通许县", MET, MET, NOT_ASSESSED, NOT_ASSESSED)
                .county("杞县", MISSED, MISSED, MET, MET)
                .county("兰考县", NOT_ASSESSED, NOT_ASSESSED, MET, MET)
                .counts("通许县", 4, 2, 2, 0, 0, 0).counts("杞县", 5, 1, 1, 2, 1, 1).counts("兰考县", 0, 0, 0, 3, 1, 1)
                .rank("通许县", 1).rank("兰考县", 2).rank("杞县", 3)
                .leaders("通许县", "兰考县").laggards("杞县")
                .cityGoals(true, true, true).build();
        // 通许县's 专家名单 arrives on 7月5日, four days after its deadline of 7月1日: 逾期完成, 4 days late
        List<Late> late = List.of(new Late(TONGXU, "通许县", "EXPERT", LocalDate.of(2021, 7, 5),
                "专家（第三方）信息报市生态环境局", 4));
        return new DataSet("某县区某级别无企业", SEPTEMBER_30, false, counties, late, facts);
    }

    /**
     * d. Every target met.
     * <pre>
     * 通许县 national   A B C C  2/4 = 50 % met, met; provincial A C    1/2 = 50 % met, met   → Σ 3/6 = 50 %
     * 杞县   national   A C C    1/3 = 33.3 % &gt;25 met, &gt;20 met; provincial B C C 1/3 = 33.3 % &gt;30 met, &gt;25 met → Σ 2/6
     * rule 1 and 2 equal (4/4, gap 0); rule 3: 通许县 50 % before 杞县 33.3 %
     * city: national 3/7 = 42.9 % met; provincial 2/5 = 40 % met; no D grade → met
     * </pre>
     */
    static DataSet everyTargetMet() {
        List<County> counties = List.of(
                new County(TONGXU, List.of(casting("通许县甲铸造有限公司", "A"), casting("通许县乙铸造有限公司", "B"),
                        casting("通许县丙铸造有限公司", "C"), casting("通许县丁铸造有限公司", "C"),
                        machining("通许县甲机械有限公司", "A"), machining("通许县乙机械有限公司", "C"))),
                new County(QIXIAN, List.of(casting("杞县甲铸造有限公司", "A"), casting("杞县乙铸造有限公司", "C"),
                        casting("杞县丙铸造有限公司", "C"), machining("杞县甲机械有限公司", "B"),
                        machining("杞县乙机械有限公司", "C"), machining("杞县丙机械有限公司", "C"))));
        ExpectedFacts facts = ExpectedFacts.builder()
                .county("通许县", MET, MET, MET, MET)
                .county("杞县", MET, MET, MET, MET)
                .counts("通许县", 4, 2, 2, 2, 1, 1).counts("杞县", 3, 1, 1, 3, 1, 1)
                .rank("通许县", 1).rank("杞县", 2)
                .leaders("通许县", "杞县").laggards()
                .cityGoals(true, true, true).build();
        return new DataSet("全部达标", SEPTEMBER_30, false, counties, List.of(), facts);
    }

    /**
     * e. No target met.
     * <pre>
     * 通许县 national   A C C C C  1/5 = 20 %: applied ≯25 (2/5 → gap 1), passed ≯20 (gap 1)
     *        provincial B C C C    1/4 = 25 %: applied ≯30 (2/4 = 50 % → gap 1), passed ≯25 (gap 1) → Σ 2/9 = 22.2 %
     * 杞县   national   C C D      0/3: applied needs 1/3 (gap 1), passed needs 1/3 (gap 1)
     *        provincial C C        0/2: applied needs 1/2 (gap 1), passed needs 1/2 (gap 1)       → Σ 0/5
     * rule 1 (0/4) and rule 2 (gap 4) equal; rule 3: 通许县 22.2 % before 杞县 0 %
     * city: national 1/8 = 12.5 % ≱20 missed; provincial 1/6 = 16.7 % ≱25 missed; one D (杞县) → missed
     * </pre>
     */
    static DataSet noTargetMet() {
        List<County> counties = List.of(
                new County(TONGXU, List.of(casting("通许县甲铸造有限公司", "A"), casting("通许县乙铸造有限公司", "C"),
                        casting("通许县丙铸造有限公司", "C"), casting("通许县丁铸造有限公司", "C"),
                        casting("通许县戊铸造有限公司", "C"), machining("通许县甲机械有限公司", "B"),
                        machining("通许县乙机械有限公司", "C"), machining("通许县丙机械有限公司", "C"),
                        machining("通许县丁机械有限公司", "C"))),
                new County(QIXIAN, List.of(casting("杞县甲铸造有限公司", "C"), casting("杞县乙铸造有限公司", "C"),
                        casting("杞县丙铸造有限公司", "D"), machining("杞县甲机械有限公司", "C"),
                        machining("杞县乙机械有限公司", "C"))));
        ExpectedFacts facts = ExpectedFacts.builder()
                .county("通许县", MISSED, MISSED, MISSED, MISSED)
                .county("杞县", MISSED, MISSED, MISSED, MISSED)
                .counts("通许县", 5, 1, 1, 4, 1, 1).counts("杞县", 3, 0, 0, 2, 0, 0)
                .rank("通许县", 1).rank("杞县", 2)
                .leaders().laggards("通许县", "杞县")
                .cityGoals(false, false, false).build();
        return new DataSet("全部未达标", SEPTEMBER_30, false, counties, List.of(), facts);
    }

    /**
     * f. Ties in the ranking (at the bottom, where 1-1-3 and 1-1-2 counting agree).
     * <pre>
     * 兰考县 national A A 2/2, provincial A 1/1: 4/4 met, gap 0                                   → 1
     * 龙亭区 national A B C C 50 % met, met; provincial B C C C(applies for B): applied 2/4 = 50 % &gt;30
     *        met, passed 1/4 = 25 % ≯25 missed (gap 1): 3/4 met, gap 1                           → 2
     * 尉氏县 national A C C C C 20 %: applied ≯25 (gap 1), passed ≯20 (gap 1); provincial B C 50 % met,
     *        met: 2/4, gap 2                                                                        → 3
     * 通许县 and 杞县, the same: national A C×9 10 %: applied needs 3/10 (gap 2), passed needs 3/10
     *        (gap 2); provincial B C met, met: 2/4, gap 4; Σ 2/12 equal as well                    → 4 并列
     * 排名靠后: the three lowest of those missing: 尉氏县, 通许县, 杞县 (龙亭区 misses too but ranks 2nd)
     * city: national 2+2+1+1+1 = 7 / 2+4+5+10+10 = 31 = 22.6 % ≥20 met;
     *       provincial 1+1+1+1+1 = 5 / 1+4+2+2+2 = 11 = 45.5 % met; no D → met
     * </pre>
     */
    static DataSet ties() {
        List<County> counties = new ArrayList<>();
        counties.add(new County(LANKAO, List.of(casting("兰考县甲铸造有限公司", "A"), casting("兰考县乙铸造有限公司", "A"),
                machining("兰考县甲机械有限公司", "A"))));
        counties.add(new County(LONGTING, List.of(casting("龙亭区甲铸造有限公司", "A"), casting("龙亭区乙铸造有限公司", "B"),
                casting("龙亭区丙铸造有限公司", "C"), casting("龙亭区丁铸造有限公司", "C"),
                machining("龙亭区甲机械有限公司", "B"), machining("龙亭区乙机械有限公司", "C"),
                machining("龙亭区丙机械有限公司", "C"), machiningApplyingForB("龙亭区丁机械有限公司"))));
        counties.add(new County(WEISHI, List.of(casting("尉氏县甲铸造有限公司", "A"), casting("尉氏县乙铸造有限公司", "C"),
                casting("尉氏县丙铸造有限公司", "C"), casting("尉氏县丁铸造有限公司", "C"),
                casting("尉氏县戊铸造有限公司", "C"), machining("尉氏县甲机械有限公司", "B"),
                machining("尉氏县乙机械有限公司", "C"))));
        counties.add(new County(TONGXU, tenPercentCastingAndHalfMachining("通许县")));
        counties.add(new County(QIXIAN, tenPercentCastingAndHalfMachining("杞县")));
        ExpectedFacts facts = ExpectedFacts.builder()
                .county("兰考县", MET, MET, MET, MET)
                .county("龙亭区", MET, MET, MET, MISSED)
                .county("尉氏县", MISSED, MISSED, MET, MET)
                .county("通许县", MISSED, MISSED, MET, MET)
                .county("杞县", MISSED, MISSED, MET, MET)
                .counts("兰考县", 2, 2, 2, 1, 1, 1).counts("龙亭区", 4, 2, 2, 4, 2, 1)
                .counts("尉氏县", 5, 1, 1, 2, 1, 1).counts("通许县", 10, 1, 1, 2, 1, 1).counts("杞县", 10, 1, 1, 2, 1, 1)
                .rank("兰考县", 1).rank("龙亭区", 2).rank("尉氏县", 3).tiedRank(4, "通许县", "杞县")
                .leaders("兰考县").laggards("尉氏县", "通许县", "杞县")
                .cityGoals(true, true, true).build();
        return new DataSet("排名并列", SEPTEMBER_30, false, counties, List.of(), facts);
    }

    /** One A and nine C castings (10 %), one B and one C machining firm (50 %). */
    private static List<Firm> tenPercentCastingAndHalfMachining(String county) {
        String[] names = { "甲", "乙", "丙", "丁", "戊", "己", "庚", "辛", "壬", "癸" };
        List<Firm> firms = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            firms.add(casting(county + names[i] + "铸造有限公司", i == 0 ? "A" : "C"));
        }
        firms.add(machining(county + "甲机械有限公司", "B"));
        firms.add(machining(county + "乙机械有限公司", "C"));
        return firms;
    }
}
