package org.perfgrade.consistency;

import java.time.LocalDate;
import java.util.List;

import org.perfgrade.consistency.DataSets.DataSet;

import static org.perfgrade.consistency.Verdict.MET;
import static org.perfgrade.consistency.Verdict.MISSED;

/**
 * a. The demo's date: the sample inbox of {@code perfgrade demo} (seed 2021, clerk-style files and applications) on
 * 11月15日, the end of the campaign's last stage. The counts below were read once from the demo's 附件1 and checked
 * by hand; the verdicts, ranks and names follow from them.
 * <pre>
 *                  national (申报/通过 of 企业)   provincial              targets met, gap   Σ通过/Σ企业
 * 城乡一体化示范区  7/7 of 13 (53.8 %)  met met   3/3 of 6 (50 %)  met met    4/4, 0   10/19 = 52.6 %
 * 龙亭区          12/11 of 27 (44.4/40.7) met met  4/4 of 9 (44.4 %) met met   4/4, 0   15/36 = 41.7 %
 * 鼓楼区           9/9 of 26 (34.6 %)  met met   3/3 of 10 (30 %): 申报 ≯30 (gap 1), 通过 &gt;25   3/4, 1   12/36
 * 禹王台区        13/12 of 18           met met   2/2 of 8 (25 %): ≯30 (gap 1), ≯25 (gap 1)        2/4, 2   14/26 = 53.8 %
 * 顺河回族区      13/12 of 30           met met   0/0 of 7: 申报 needs 3/7 (gap 3), 通过 2/7 (gap 2) 2/4, 5   12/37
 * 祥符区           5/5 of 15 (33.3 %)  met met   5/5 of 8 (62.5 %) met met   4/4, 0   10/23 = 43.5 %
 * 通许县           8/8 of 17 (47.1 %)  met met   5/5 of 7 (71.4 %) met met   4/4, 0   13/24 = 54.2 %
 * 杞县             6/5 of 15 (40/33.3)  met met   1/1 of 7 (14.3 %): needs 3/7 (gap 2), 2/7 (gap 1) 2/4, 3   6/22
 * 尉氏县          19/18 of 29           met met   2/2 of 9 (22.2 %): needs 3/9 (gap 1), 3/9 (gap 1) 2/4, 2   20/38 = 52.6 %
 * 兰考县           8/8 of 14 (57.1 %)  met met   2/2 of 7 (28.6 %): 申报 ≯30 (gap 1), 通过 &gt;25   3/4, 1   10/21 = 47.6 %
 * ranks: 4/4 by Σ share: 通许县 1, 城乡一体化示范区 2, 祥符区 3, 龙亭区 4; 3/4 gap 1: 兰考县 5, 鼓楼区 6;
 *        2/4 gap 2: 禹王台区 7 (53.8 %), 尉氏县 8 (52.6 %); gap 3: 杞县 9; gap 5: 顺河回族区 10
 * city: national 95/204 = 46.6 % ≥20 met; provincial 27/78 = 34.6 % ≥25 met; 58 D-grade enterprises → missed
 * </pre>
 */
final class Demo {

    static final long SEED = 2021;
    static final LocalDate AS_OF = LocalDate.of(2021, 11, 15);

    private Demo() {
    }

    static DataSet dataSet() {
        ExpectedFacts facts = ExpectedFacts.builder()
                .county("城乡一体化示范区", MET, MET, MET, MET)
                .county("龙亭区", MET, MET, MET, MET)
                .county("鼓楼区", MET, MET, MISSED, MET)
                .county("禹王台区", MET, MET, MISSED, MISSED)
                .county("顺河回族区", MET, MET, MISSED, MISSED)
                .county("祥符区", MET, MET, MET, MET)
                .county("通许县", MET, MET, MET, MET)
                .county("杞县", MET, MET, MISSED, MISSED)
                .county("尉氏县", MET, MET, MISSED, MISSED)
                .county("兰考县", MET, MET, MISSED, MET)
                .counts("城乡一体化示范区", 13, 7, 7, 6, 3, 3).counts("龙亭区", 27, 12, 11, 9, 4, 4)
                .counts("鼓楼区", 26, 9, 9, 10, 3, 3).counts("禹王台区", 18, 13, 12, 8, 2, 2)
                .counts("顺河回族区", 30, 13, 12, 7, 0, 0).counts("祥符区", 15, 5, 5, 8, 5, 5)
                .counts("通许县", 17, 8, 8, 7, 5, 5).counts("杞县", 15, 6, 5, 7, 1, 1)
                .counts("尉氏县", 29, 19, 18, 9, 2, 2).counts("兰考县", 14, 8, 8, 7, 2, 2)
                .rank("通许县", 1).rank("城乡一体化示范区", 2).rank("祥符区", 3).rank("龙亭区", 4)
                .rank("兰考县", 5).rank("鼓楼区", 6).rank("禹王台区", 7).rank("尉氏县", 8).rank("杞县", 9)
                .rank("顺河回族区", 10)
                .leaders("通许县", "城乡一体化示范区", "祥符区").laggards("顺河回族区", "杞县", "尉氏县")
                .cityGoals(true, true, false).build();
        return new DataSet("演示数据日期", AS_OF, true, List.of(), List.of(), facts);
    }
}
