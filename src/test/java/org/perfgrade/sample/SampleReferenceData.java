package org.perfgrade.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.perfgrade.reference.CampaignCalendar;
import org.perfgrade.reference.CampaignStage;
import org.perfgrade.reference.City;
import org.perfgrade.reference.County;
import org.perfgrade.reference.Deadline;
import org.perfgrade.reference.Grade;
import org.perfgrade.reference.GradeScheme;
import org.perfgrade.reference.Industry;
import org.perfgrade.reference.IndustryBranch;
import org.perfgrade.reference.IndustryLevel;
import org.perfgrade.reference.ReferenceData;
import org.perfgrade.reference.ReviewCategory;

/**
 * Reference data for the sample tests, built by hand from config/counties.yml and config/industries.yml (a subset of
 * the industries), so these tests do not depend on the config reader.
 */
final class SampleReferenceData {

    static final GradeScheme ABCD = new GradeScheme("ABCD", List.of("A", "B", "C", "D"));
    static final GradeScheme ABB_CD = new GradeScheme("ABB-CD", List.of("A", "B", "B-", "C", "D"));
    static final GradeScheme LEADING = new GradeScheme("引领性", List.of("引领性", "非引领性"));

    private SampleReferenceData() {
    }

    /** Kaifeng: the ten units of 附件1 and the industries the generator has wording for, plus one it has not. */
    static ReferenceData kaifeng() {
        List<Industry> industries = List.of(
                industry("长流程联合钢铁", IndustryLevel.NATIONAL, ReviewCategory.METAL, ABB_CD, 1),
                industry("铸造", IndustryLevel.NATIONAL, ReviewCategory.METAL, ABCD, 5, "黑色金属铸造", "有色金属铸造"),
                new Industry("水泥", IndustryLevel.NATIONAL, ReviewCategory.BUILDING, ABCD, true, 15,
                        List.of(new IndustryBranch("熟料", ABCD, 1), new IndustryBranch("粉磨站", LEADING, 2))),
                industry("玻璃", IndustryLevel.NATIONAL, ReviewCategory.BUILDING, ABCD, 19),
                industry("制药", IndustryLevel.NATIONAL, ReviewCategory.VOCS, ABCD, 26),
                industry("包装印刷", IndustryLevel.NATIONAL, ReviewCategory.VOCS, ABCD, 31,
                        "平版印刷", "凹版印刷", "柔版印刷", "其他印刷"),
                industry("橡胶制品制造", IndustryLevel.NATIONAL, ReviewCategory.VOCS, ABCD, 34),
                industry("家具制造", IndustryLevel.NATIONAL, ReviewCategory.VOCS, ABCD, 36, "木质家具", "金属家具", "其他家具"),
                industry("工业涂装", IndustryLevel.NATIONAL, ReviewCategory.VOCS, ABCD, 39,
                        "汽车零部件", "集装箱", "钢结构", "船舶制造", "其他工业涂装"),
                industry("机械加工", IndustryLevel.PROVINCIAL, ReviewCategory.HENAN, ABCD, 40),
                industry("预拌混凝土", IndustryLevel.PROVINCIAL, ReviewCategory.HENAN, ABCD, 41));
        return referenceData(counties(), industries);
    }

    /** The ten units in 附件1 order with the codes of config/counties.yml. */
    static List<County> counties() {
        return List.of(
                county(1, "410271", "城乡一体化示范区", "示范区", "开封市城乡一体化示范区", "城乡一体化示范区管委会"),
                county(2, "410202", "龙亭区", "龙亭"),
                county(3, "410204", "鼓楼区", "鼓楼"),
                county(4, "410205", "禹王台区", "禹王台"),
                county(5, "410203", "顺河回族区", "顺河区", "顺河"),
                county(6, "410212", "祥符区", "祥符", "开封县"),
                county(7, "410222", "通许县", "通许"),
                county(8, "410221", "杞县"),
                county(9, "410223", "尉氏县", "尉氏"),
                county(10, "410225", "兰考县", "兰考"));
    }

    static ReferenceData referenceData(List<County> counties, List<Industry> industries) {
        return new ReferenceData(new City("开封市", "410200", "河南省"), counties, grades(), industries, List.of(),
                List.of(), calendar(), null);
    }

    static Industry industry(String name, IndustryLevel level, ReviewCategory category, GradeScheme scheme, int order,
                             String... branches) {
        List<IndustryBranch> list = new ArrayList<>();
        for (int i = 0; i < branches.length; i++) {
            list.add(new IndustryBranch(branches[i], scheme, i + 1));
        }
        return new Industry(name, level, category, scheme, true, order, list);
    }

    static Map<String, Grade> grades() {
        Map<String, Grade> grades = new LinkedHashMap<>();
        grades.put("引领性", new Grade("引领性", 0, true, true, "引领性"));
        grades.put("A", new Grade("A", 1, true, false, "A"));
        grades.put("B", new Grade("B", 2, true, false, "B"));
        grades.put("B-", new Grade("B-", 3, true, false, "B"));
        grades.put("C", new Grade("C", 4, false, false, "C"));
        grades.put("D", new Grade("D", 5, false, false, "D"));
        grades.put("非引领性", new Grade("非引领性", 6, false, false, "非引领性"));
        return grades;
    }

    static CampaignCalendar calendar() {
        return new CampaignCalendar(2021, List.of(
                new CampaignStage("benchmarking", "对标提升阶段", LocalDate.of(2021, 6, 1), LocalDate.of(2021, 7, 30), 2,
                        List.of(new Deadline("improvement-list", "重点行业绩效提升企业清单（附件2）上报市生态环境局备案",
                                LocalDate.of(2021, 6, 14), null, 0))),
                new CampaignStage("review", "审核评定阶段", LocalDate.of(2021, 8, 1), LocalDate.of(2021, 9, 15), 3,
                        List.of(batch(1, "第一批：涉VOCs行业审核认定", 8, 5, ReviewCategory.VOCS),
                                batch(2, "第二批：金属类行业审核认定", 8, 15, ReviewCategory.METAL),
                                batch(3, "第三批：建材类行业审核认定", 8, 30, ReviewCategory.BUILDING),
                                batch(4, "第四批：河南省本地重点行业及保障类企业审核认定", 9, 15, ReviewCategory.HENAN)))));
    }

    private static Deadline batch(int number, String name, int month, int day, ReviewCategory category) {
        return new Deadline("batch-" + number, name, LocalDate.of(2021, month, day), category, number);
    }

    private static County county(int order, String code, String name, String... aliases) {
        return new County(code, name, order, false, List.of(aliases));
    }
}
