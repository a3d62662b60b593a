package org.perfgrade.consistency;

import java.time.LocalDate;
import java.util.List;

import org.perfgrade.consistency.DataSets.DataSet;

import static org.perfgrade.consistency.Verdict.MET;
import static org.perfgrade.consistency.Verdict.MISSED;

/**
 * a. The demo's date: the sample inbox of {@code perfgrade demo} (seed 2021, clerk-style files and applications) on
 * 11月15日, the end of the campaign's last stage. The counts below were read from the demo's 附件1 and checked by
 * hand; the verdicts, ranks and names follow from them. Recounted with V23 (issue #18, 业务日期): the demo's files are
 * imported in 2026 for 2021-11-15, and an unrated line now counts from its file's business date, not from the wall
 * clock of its import, so every county counts its unrated lines too (and an enterprise with one counts 就低).
 * <pre>
 *                  national 申报/通过 of 企业     provincial 申报/通过 of 企业   targets met, gap   rank
 * 城乡一体化示范区  7/6 of 15               met met   3/3 of 6                met met   4/4, 0   2
 * 龙亭区          12/11 of 30              met met   4/4 of 10               met met   4/4, 0   3
 * 鼓楼区           9/9 of 29               met met   3/3 of 15 (20 %)  missed missed  2/4, 3   7
 * 禹王台区        13/12 of 21              met met   2/2 of 10 (20 %)  missed missed  2/4, 3   5
 * 顺河回族区      13/11 of 33              met met   0/0 of 13         missed missed  2/4     10
 * 祥符区           5/5 of 19               met met   5/5 of 8                met met   4/4, 0   4
 * 通许县           8/7 of 19               met met   5/5 of 8                met met   4/4, 0   1
 * 杞县             6/4 of 19               met met   1/1 of 8          missed missed  2/4, 4   8
 * 尉氏县          19/17 of 32              met met   2/2 of 14         missed missed  2/4, 5   9
 * 兰考县           8/8 of 16               met met   2/2 of 11 (18.2 %) missed missed 2/4, 3   6
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
                .county("鼓楼区", MET, MET, MISSED, MISSED)
                .county("禹王台区", MET, MET, MISSED, MISSED)
                .county("顺河回族区", MET, MET, MISSED, MISSED)
                .county("祥符区", MET, MET, MET, MET)
                .county("通许县", MET, MET, MET, MET)
                .county("杞县", MET, MET, MISSED, MISSED)
                .county("尉氏县", MET, MET, MISSED, MISSED)
                .county("兰考县", MET, MET, MISSED, MISSED)
                .counts("城乡一体化示范区", 15, 7, 6, 6, 3, 3).counts("龙亭区", 30, 12, 11, 10, 4, 4)
                .counts("鼓楼区", 29, 9, 9, 15, 3, 3).counts("禹王台区", 21, 13, 12, 10, 2, 2)
                .counts("顺河回族区", 33, 13, 11, 13, 0, 0).counts("祥符区", 19, 5, 5, 8, 5, 5)
                .counts("通许县", 19, 8, 7, 8, 5, 5).counts("杞县", 19, 6, 4, 8, 1, 1)
                .counts("尉氏县", 32, 19, 17, 14, 2, 2).counts("兰考县", 16, 8, 8, 11, 2, 2)
                .rank("通许县", 1).rank("城乡一体化示范区", 2).rank("龙亭区", 3).rank("祥符区", 4)
                .rank("禹王台区", 5).rank("兰考县", 6).rank("鼓楼区", 7).rank("杞县", 8).rank("尉氏县", 9)
                .rank("顺河回族区", 10)
                .leaders("通许县", "城乡一体化示范区", "龙亭区").laggards("顺河回族区", "杞县", "尉氏县")
                .cityGoals(true, true, false).build();
        return new DataSet("演示数据日期", AS_OF, true, List.of(), List.of(), facts);
    }
}
