package org.perfgrade.notice;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.perfgrade.DatabaseTest;
import org.perfgrade.ledger.ExpertRegister;
import org.perfgrade.ledger.LedgerImport;
import org.perfgrade.reference.IndustryLevel;
import org.perfgrade.reference.ReferenceData;
import org.perfgrade.snapshot.CityLevelShares;
import org.perfgrade.snapshot.Snapshot;
import org.perfgrade.snapshot.SnapshotService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.perfgrade.notice.NoticeFixtures.AS_OF;
import static org.perfgrade.notice.NoticeFixtures.SINCE;

@DatabaseTest
class NoticeDraftsTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LedgerImport ledger;

    @Autowired
    ExpertRegister experts;

    @Autowired
    SnapshotService snapshots;

    @Autowired
    NoticeDrafts drafts;

    @Autowired
    ReferenceData reference;

    NoticeFixtures data;

    @BeforeEach
    void load() {
        data = new NoticeFixtures(jdbc, ledger, experts);
        data.load();
    }

    @Test
    void progressStatesTheCityFiguresOfTheSnapshot() {
        // given the snapshot of the as-of date
        Snapshot snapshot = snapshots.take(AS_OF);

        // when the progress notice is drafted
        NoticeDraft draft = drafts.draft(NoticeKind.PROGRESS, AS_OF, SINCE);

        // then the 总体情况 states the city's counts and shares as the snapshot has them
        assertThat(draft.title()).isEqualTo("关于全市重点行业绩效分级提升工作进展情况的通报");
        assertThat(draft.addressees()).isEqualTo(reference.authority().addressees() + "：");
        assertThat(draft.signature()).isEqualTo(reference.authority().name());
        assertThat(draft.signedOn()).isEqualTo(AS_OF);
        assertThat(draft.printedBy()).isEqualTo(reference.authority().name());
        assertThat(draft.copyTo()).isEqualTo(reference.authority().copyTo());
        assertThat(headings(draft, BodyBlock.Type.HEADING_1)).containsExactly("一、总体情况", "二、存在问题", "三、下步要求");
        String overall = blockAfter(draft, "一、总体情况");
        CityLevelShares national = snapshot.city().level(IndustryLevel.NATIONAL);
        CityLevelShares provincial = snapshot.city().level(IndustryLevel.PROVINCIAL);
        assertThat(national.counted()).isEqualTo(8);
        assertThat(overall).startsWith("截至2021年7月20日，全市国家级重点行业企业" + national.counted() + "家，A、B级企业申报"
                + national.applied() + "家，申报占比" + percent(national.appliedShare()) + "；通过" + national.passed()
                + "家，通过占比" + percent(national.passedShare()) + "；A、B级企业和绩效引领性企业占比"
                + percent(national.goalShare()) + "，");
        assertThat(overall).contains("省级重点行业企业" + provincial.counted() + "家，A、B级企业申报" + provincial.applied()
                + "家，申报占比" + percent(provincial.appliedShare()) + "；通过" + provincial.passed() + "家，通过占比"
                + percent(provincial.passedShare()));
        assertThat(overall).contains("通过占比25.00%").contains("通过占比50.00%");
        assertThat(paragraphs(draft)).anyMatch(p -> p.equals("全市D级企业" + snapshot.city().dCount() + "家，"
                + "距“全市范围内基本消除D级企业”的目标尚有差距，" + snapshot.city().dCount() + "家D级企业仍需提升。"));
    }

    @Test
    void progressRanksCountiesAndNamesLaggardsOverdueAndDowngrades() {
        // given the snapshot of the as-of date
        Snapshot snapshot = snapshots.take(AS_OF);

        // when the progress notice is drafted since the previous one of 7/1
        NoticeDraft draft = drafts.draft(NoticeKind.PROGRESS, AS_OF, SINCE);

        // then 附件1《各县区进展情况排名表》 ranks by targets met: 通许县 3 of 4 (national applied 25 % is not > 25 %),
        // 杞县 1 of 2 (no provincial enterprise: 不考核); the others are not ranked
        NoticeAttachment ranking = draft.attachments().get(0);
        assertThat(ranking.title()).isEqualTo("各县区进展情况排名表");
        assertThat(ranking.landscape()).isTrue();
        assertThat(ranking.rows()).hasSize(snapshot.counties().size());
        assertThat(ranking.rows().get(0)).containsExactly("1", "通许县", "4", "1", "1", "2", "1", "1", "25.00（＞25）",
                "25.00（＞20）", "50.00（＞30）", "50.00（＞25）", "3/4", "1", "未达标");
        assertThat(ranking.rows().get(1).subList(0, 2)).containsExactly("2", "杞县");
        assertThat(ranking.rows().get(1).subList(10, 15)).containsExactly("—", "—", "1/2", "1", "未达标");
        assertThat(ranking.rows().subList(2, ranking.rows().size())).allSatisfy(row -> {
            assertThat(row.get(0)).isEqualTo("—");
            assertThat(row.get(14)).isEqualTo("无企业（不考核）");
        });
        assertThat(ranking.rows().subList(2, ranking.rows().size()).stream().map(r -> r.get(1)).toList())
                .containsExactlyElementsOf(snapshot.counties().stream().map(c -> c.county())
                        .filter(c -> !c.equals("通许县") && !c.equals("杞县")).toList());
        assertThat(ranking.note()).startsWith("注：排名依次按适用目标达标比例");

        // and no county is praised, as none meets all its targets; both trail
        assertThat(paragraphs(draft)).anyMatch(p -> p.endsWith("目前尚无县区达到全部适用目标，暂无位居前列的县区。通许县、杞县排名靠后。"));
        assertThat(String.join("", paragraphs(draft))).doesNotContain("县位居前列").doesNotContain("区位居前列");

        // and the laggard counties are named with the share they miss, the others not
        String laggards = rest(draft, "（一）部分县区进展滞后。");
        assertThat(laggards).startsWith("通许县、杞县共2个县区未达到《重点行业绩效分级提升目标表》（方案附件1）目标要求")
                .contains("通许县国家级申报占比25.00%（目标高于25%）").doesNotContain("兰考县");

        // and the overdue items are counted in the body and listed in 附件2 as the snapshot has them
        assertThat(snapshot.overdue()).isNotEmpty();
        assertThat(rest(draft, "（二）部分工作逾期未完成。")).contains("共有" + snapshot.overdue().size() + "项工作逾期未完成")
                .contains("杞县").contains("详见附件2《各县区逾期未完成事项清单》");
        NoticeAttachment overdue = draft.attachments().get(1);
        assertThat(overdue.title()).isEqualTo("各县区逾期未完成事项清单");
        assertThat(overdue.columns()).containsExactly("序号", "县区", "事项", "截止日期", "逾期天数");
        assertThat(overdue.rows()).hasSize(snapshot.overdue().size());
        assertThat(overdue.rows()).noneMatch(r -> r.get(1).equals("通许县"));
        assertThat(overdue.rows()).contains(List.of(String.valueOf(overdueIndex(overdue, "杞县", "2021年6月14日")),
                "杞县", "重点行业绩效提升企业清单（方案附件2）上报市生态环境局备案", "2021年6月14日", "36"));

        // and the enterprises downgraded after 7/1 are named, the one downgraded on 6/20 and the upgrades not
        String downgrades = rest(draft, "（三）部分企业绩效级别下调。");
        assertThat(downgrades).startsWith("2021年7月2日以来，共有2家企业绩效级别下调：")
                .contains(data.e1.name() + "（通许县，铸造，A级降为C级，违法降级，2021年7月10日）")
                .contains(data.p2.name() + "（通许县，机械加工，B级降为C级，县区清单台账，2021年7月15日）")
                .doesNotContain(data.q3.name()).doesNotContain(data.e2.name()).doesNotContain(data.q4.name());

        // and the next deadlines are those after the as-of date
        List<String> deadlines = paragraphs(draft).stream().filter(p -> p.matches("\\d+\\..*前，.*")).toList();
        assertThat(deadlines).containsExactly(
                "1.2021年8月5日前，第一批：涉VOCs行业审核认定（审核评定阶段）。",
                "2.2021年8月15日前，第二批：金属类行业审核认定（审核评定阶段）。",
                "3.2021年8月30日前，第三批：建材类行业审核认定（审核评定阶段）。",
                "4.2021年9月15日前，第四批：河南省本地重点行业及保障类企业审核认定（审核评定阶段）。",
                "5.2021年11月15日前，修订完善并报送重污染天气应急减排清单（信息公开阶段）。");
    }

    @Test
    void progressWithoutSinceCountsFromTheCampaignStart() {
        // given the snapshot and no previous progress notice
        snapshots.take(AS_OF);

        // when drafted without a date of the previous notice
        NoticeDraft draft = drafts.draft(NoticeKind.PROGRESS, AS_OF, null);

        // then the downgrade period starts with the first stage (5/20) and includes 杞县's of 6/20
        assertThat(rest(draft, "（三）部分企业绩效级别下调。")).startsWith("2021年5月20日以来，共有3家企业绩效级别下调：")
                .contains(data.q3.name() + "（杞县，水泥，B级降为C级，县区清单台账，2021年6月20日）");
    }

    @Test
    void progressWithoutSnapshotTellsToRunNightly() {
        // given no snapshot of 7/21
        // when / then
        assertThatThrownBy(() -> drafts.draft(NoticeKind.PROGRESS, AS_OF.plusDays(1), SINCE))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("perfgrade nightly --as-of 2021-07-21");
    }

    @Test
    void expertCriticismNamesTheBarredExpertAndTheBarEnd() {
        // given 张三 barred on 8/10 and 李四 on 7/20, before the previous notice of 7/31
        LocalDate asOf = LocalDate.of(2021, 8, 20);

        // when the criticism is drafted
        NoticeDraft draft = drafts.draft(NoticeKind.EXPERT_CRITICISM, asOf, LocalDate.of(2021, 7, 31));

        // then it names 张三, the rejected opinion and its reason, and the bar until 2024-08-10; not 李四 nor 王五
        String facts = blockAfter(draft, "一、基本情况");
        assertThat(facts).isEqualTo("1.通许县聘请的专家（第三方）张三（河南省环境科学研究院）：为" + data.e2.name()
                + "申报铸造B级出具的专家意见（2021年7月25日），经市级集中会审不予通过（无组织排放管控与申报材料不符）。");
        assertThat(paragraphs(draft)).anyMatch(p -> p.contains("予以全市通报批评，3年内不得作为专家参与开封市大气污染防治工作"));
        assertThat(String.join("", paragraphs(draft))).doesNotContain("李四").doesNotContain("王五");
        NoticeAttachment list = draft.attachments().get(0);
        assertThat(list.title()).isEqualTo("通报批评专家（第三方）名单");
        assertThat(list.rows()).containsExactly(List.of("1", "通许县", "张三", "河南省环境科学研究院",
                data.e2.name() + "（铸造，申报B级）", "经市级集中会审不予通过（无组织排放管控与申报材料不符）",
                "2021年8月10日至2024年8月10日"));
    }

    @Test
    void expertCriticismWithoutBarsIsRefused() {
        // given no bar after 8/10
        // when / then
        assertThatThrownBy(() -> drafts.draft(NoticeKind.EXPERT_CRITICISM, LocalDate.of(2021, 8, 20),
                LocalDate.of(2021, 8, 10))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("perfgrade expert bar");
    }

    @Test
    void seasonalControlListsExactlyTheDGradeEnterprisesOfTheDate() {
        // given E4 and Q1 graded D on 7/20, Q4 no longer (C from 7/1) and E3 not yet (D from 8/1)
        // when the seasonal-control notice is drafted
        NoticeDraft draft = drafts.draft(NoticeKind.SEASONAL_CONTROL, AS_OF, null);

        // then the attachment lists exactly E4 and Q1, in 附件1 county order (通许县 before 杞县)
        NoticeAttachment list = draft.attachments().get(0);
        assertThat(list.columns()).containsExactly("序号", "县区", "企业名称", "统一社会信用代码", "重点行业类型", "绩效级别");
        assertThat(list.rows()).containsExactly(
                List.of("1", "通许县", data.e4.name(), data.e4.creditCode(), "水泥", "D级"),
                List.of("2", "杞县", data.q1.name(), data.q1.creditCode(), "铸造", "D级"));
        assertThat(blockAfter(draft, "一、调控范围")).startsWith("截至2021年7月20日，全市绩效级别为D级的重点行业企业共2家（2条行业记录），"
                + "分布在通许县、杞县，涉及铸造、水泥等行业");
        assertThat(paragraphs(draft).get(0)).contains("对达不到要求的D级企业，可纳入季节性生产调控范围");

        // and on 8/1 E3 is listed too, enterprises of a county in pinyin order (金源 before 天瑞)
        assertThat(drafts.draft(NoticeKind.SEASONAL_CONTROL, LocalDate.of(2021, 8, 1), null).attachments().get(0)
                .rows().stream().map(r -> r.get(2)).toList()).containsExactly(data.e3.name(), data.e4.name(),
                data.q1.name());
    }

    private static String percent(java.math.BigDecimal share) {
        return share.movePointRight(2).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString() + "%";
    }

    private static List<String> headings(NoticeDraft draft, BodyBlock.Type type) {
        return draft.body().stream().filter(b -> b.type() == type).map(BodyBlock::text).toList();
    }

    private static List<String> paragraphs(NoticeDraft draft) {
        return draft.body().stream().filter(b -> b.type() == BodyBlock.Type.PARAGRAPH).map(BodyBlock::text)
                .toList();
    }

    /** The text of the block after the heading. */
    private static String blockAfter(NoticeDraft draft, String heading) {
        List<BodyBlock> body = draft.body();
        for (int i = 0; i < body.size() - 1; i++) {
            if (body.get(i).text().equals(heading)) {
                return body.get(i + 1).text();
            }
        }
        throw new AssertionError("没有标题 " + heading);
    }

    /** The sentence run on after a level-2 heading, whatever its number (late items may come before it). */
    private static String rest(NoticeDraft draft, String heading) {
        String bare = heading.replaceFirst("^（.）", "");
        return draft.body().stream().filter(b -> b.type() == BodyBlock.Type.HEADING_2
                        && b.text().replaceFirst("^（.）", "").equals(bare))
                .map(BodyBlock::rest).findFirst().orElseThrow(() -> new AssertionError("没有标题 " + heading));
    }

    private static int overdueIndex(NoticeAttachment overdue, String county, String due) {
        return overdue.rows().stream().filter(r -> r.get(1).equals(county) && r.get(3).equals(due)).findFirst()
                .map(r -> Integer.parseInt(r.get(0))).orElse(-1);
    }
}
