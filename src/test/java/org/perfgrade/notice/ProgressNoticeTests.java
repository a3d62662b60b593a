package org.perfgrade.notice;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.perfgrade.DatabaseTest;
import org.perfgrade.reference.ReferenceData;
import org.perfgrade.snapshot.LateItem;
import org.perfgrade.snapshot.OverdueItem;
import org.perfgrade.snapshot.Snapshot;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.perfgrade.notice.ProgressDataSets.AS_OF;

/**
 * The progress notice states the date's facts on hand-written data sets — every target met, none met, ties, no data,
 * a county without enterprises at a level — with the expected verdicts, ranks and named counties written here; its
 * headings appear only with their paragraphs; its ranking table is set on landscape pages and every row fits.
 */
@DatabaseTest
class ProgressNoticeTests {

    private static final LocalDate SINCE = LocalDate.of(2021, 8, 31);
    private static final String RANKING = "附件1《各县区进展情况排名表》";

    @Autowired
    ProgressNotice progress;

    @Autowired
    NoticeTemplates templates;

    @Autowired
    NoticeRenderer renderer;

    @Autowired
    ReferenceData reference;

    ProgressDataSets data;

    @BeforeEach
    void dataSets() {
        data = new ProgressDataSets(reference);
    }

    @Test
    void everyTargetMetNamesTheLeadersAndNoProblems() {
        // given 杞县 meeting all four targets and 龙亭区 both national ones, without provincial enterprises
        Snapshot snapshot = data.snapshot(data.county("杞县", 5, 2, 2, 4, 2, 2), data.county("龙亭区", 4, 2, 1, 0, 0, 0));

        // when
        BodyAndAttachments notice = draft(snapshot, List.of());

        // then both are named as leading, 杞县 first (higher passed share over both levels), nobody as trailing
        String text = text(notice);
        assertThat(text).contains("详见" + RANKING + "。杞县、龙亭区位居前列（达到全部适用目标）。").doesNotContain("排名靠后")
                .contains("有重点行业企业的各县区，A、B级企业申报占比、通过占比均达到《重点行业绩效分级提升目标表》（方案附件1）中适用的目标要求")
                .contains("已实现“全市范围内基本消除D级企业”的目标");
        // and no 存在问题 at all: the headings are renumbered without a gap
        assertThat(headings(notice, BodyBlock.Type.HEADING_1)).containsExactly("一、总体情况", "二、下步要求");
        assertThat(headings(notice, BodyBlock.Type.HEADING_2)).containsExactly("（一）按时完成阶段任务。", "（二）严格调度考核。");
        assertThat(text).doesNotContain("进展滞后").doesNotContain("未达标").doesNotContain("下调：");
        // and the ranking table: 龙亭区's provincial shares 不考核 ("—"), its two targets met of two
        List<List<String>> rows = notice.attachments().get(0).rows();
        assertThat(rows.get(0)).containsExactly("1", "杞县", "5", "2", "2", "4", "2", "2", "40.00（＞25）",
                "40.00（＞20）", "50.00（＞30）", "50.00（＞25）", "4/4", "0", "达标");
        assertThat(rows.get(1)).containsExactly("2", "龙亭区", "4", "2", "1", "0", "0", "0", "50.00（＞25）",
                "25.00（＞20）", "—", "—", "2/2", "0", "达标");
        assertThat(rows.subList(2, rows.size())).allSatisfy(row -> {
            assertThat(row.get(0)).isEqualTo("—");
            assertThat(row.subList(12, 15)).containsExactly("—", "—", "无企业（不考核）");
        });
        assertThat(notice.attachments()).hasSize(1);
    }

    @Test
    void noTargetMetSaysNoCountyLeadsAndNamesTheTrailersByRank() {
        // given 通许县 short of 1 + 1 enterprises and 杞县 of 2 + 1, both meeting no target
        Snapshot snapshot = data.snapshot(1, List.of(), List.of(), data.county("通许县", 5, 1, 1, 0, 0, 0),
                data.county("杞县", 4, 0, 0, 0, 0, 0));

        // when
        BodyAndAttachments notice = draft(snapshot, List.of());

        // then no county is praised, the sentence says so, and both trail, 通许县 (smaller gap) ranked first
        String text = text(notice);
        assertThat(text).contains("目前尚无县区达到全部适用目标，暂无位居前列的县区。通许县、杞县排名靠后。")
                .doesNotContain("均达到").doesNotContain("已实现");
        assertThat(text).contains("全市D级企业1家，距“全市范围内基本消除D级企业”的目标尚有差距");
        assertThat(rest(notice, "（一）部分县区进展滞后。")).isEqualTo("通许县、杞县共2个县区未达到《重点行业绩效分级提升目标表》"
                + "（方案附件1）目标要求，其中通许县国家级申报占比20.00%（目标高于25%）、国家级通过占比20.00%（目标高于20%）；"
                + "杞县国家级申报占比0.00%（目标高于25%）、国家级通过占比0.00%（目标高于20%）。");
        List<List<String>> rows = notice.attachments().get(0).rows();
        assertThat(rows.get(0)).containsExactly("1", "通许县", "5", "1", "1", "0", "0", "0", "20.00（＞25）",
                "20.00（＞20）", "—", "—", "0/2", "2", "未达标");
        assertThat(rows.get(1)).containsExactly("2", "杞县", "4", "0", "0", "0", "0", "0", "0.00（＞25）",
                "0.00（＞20）", "—", "—", "0/2", "3", "未达标");
        // and 加快补齐短板 speaks to the laggards only (nothing is overdue)
        assertThat(rest(notice, "（二）加快补齐短板。")).startsWith("未达到目标要求的县区").doesNotContain("逾期");
    }

    @Test
    void equalCountiesShareARankPrintedParallel() {
        // given 尉氏县 and 兰考县 with the same figures, meeting both national targets, and 杞县 meeting none
        Snapshot snapshot = data.snapshot(data.county("兰考县", 4, 2, 1, 0, 0, 0), data.county("尉氏县", 4, 2, 1, 0, 0, 0),
                data.county("杞县", 4, 0, 0, 0, 0, 0));

        // when
        BodyAndAttachments notice = draft(snapshot, List.of());

        // then both rank 1 (并列) in 附件1 order (尉氏县 before 兰考县), 杞县 3rd; the leaders and trailer are named
        List<List<String>> rows = notice.attachments().get(0).rows();
        assertThat(rows.subList(0, 3).stream().map(r -> r.get(0) + r.get(1)).toList())
                .containsExactly("1（并列）尉氏县", "1（并列）兰考县", "3杞县");
        assertThat(text(notice)).contains("尉氏县、兰考县位居前列（达到全部适用目标）。杞县排名靠后。");
        assertThat(rest(notice, "（一）部分县区进展滞后。")).startsWith("杞县共1个县区未达到");
    }

    @Test
    void aDateWithoutDataSaysThereAreNoEnterpriseDataYet() {
        // given no county with any enterprise
        Snapshot snapshot = data.snapshot();

        // when
        BodyAndAttachments notice = draft(snapshot, List.of());

        // then the notice says so, and claims neither that all meet nor that D-grade enterprises are eliminated
        String text = text(notice);
        assertThat(text).contains("截至2021年9月30日，各县区尚未报送重点行业企业数据，全市暂无可统计的重点行业企业，各项目标暂不考核，"
                + "各县区均不参加排名（见" + RANKING + "）。")
                .doesNotContain("均达到").doesNotContain("基本消除D级企业").doesNotContain("位居前列")
                .doesNotContain("排名靠后").doesNotContain("已达到").doesNotContain("未达到");
        assertThat(headings(notice, BodyBlock.Type.HEADING_1)).containsExactly("一、总体情况", "二、下步要求");
        assertThat(notice.attachments().get(0).rows()).allSatisfy(row -> assertThat(row.get(14))
                .isEqualTo("无企业（不考核）"));
    }

    @Test
    void aCityLevelWithoutEnterprisesIsNotAssessed() {
        // given enterprises at the national level only
        Snapshot snapshot = data.snapshot(data.county("杞县", 5, 2, 2, 0, 0, 0));

        // when
        String text = text(draft(snapshot, List.of()));

        // then the provincial goal is 不考核, never reached or missed
        assertThat(text).contains("省级重点行业企业0家").contains("年度目标（不低于25%）无企业（不考核）")
                .contains("已达到年度目标（不低于20%）");
    }

    @Test
    void overdueLateAndDowngradesAppearOnlyWithTheirItems() {
        // given an overdue item, a late one and a downgrade
        OverdueItem overdue = OverdueItem.on(AS_OF, "杞县", "重点行业绩效提升企业清单上报备案", LocalDate.of(2021, 6, 14));
        LateItem late = LateItem.of("通许县", "专家名单上报", LocalDate.of(2021, 6, 14), LocalDate.of(2021, 6, 25));
        Snapshot snapshot = data.snapshot(0, List.of(overdue), List.of(late), data.county("杞县", 5, 2, 2, 0, 0, 0));
        Downgrades.Downgrade downgrade = new Downgrades.Downgrade("杞县", 8, "杞县兴业铸造有限公司", "91410200MA4000008X",
                "铸造", "A", "C", LocalDate.of(2021, 9, 10), List.of("违法降级"));

        // when
        BodyAndAttachments notice = draft(snapshot, List.of(downgrade));

        // then each has its heading and sentence, referring to its list by its title
        assertThat(headings(notice, BodyBlock.Type.HEADING_2)).startsWith("（一）部分工作逾期未完成。",
                "（二）部分工作逾期后完成。", "（三）部分企业绩效级别下调。");
        assertThat(rest(notice, "（一）部分工作逾期未完成。")).isEqualTo(
                "截至2021年9月30日，杞县共有1项工作逾期未完成，详见附件2《各县区逾期未完成事项清单》。");
        assertThat(rest(notice, "（二）部分工作逾期后完成。")).isEqualTo("截至2021年9月30日，通许县共有1项工作超过时间节点后才完成，"
                + "最长逾期11天，详见附件3《各县区逾期完成事项清单》。");
        assertThat(rest(notice, "（三）部分企业绩效级别下调。")).isEqualTo("2021年9月1日以来，共有1家企业绩效级别下调："
                + "杞县兴业铸造有限公司（杞县，铸造，A级降为C级，违法降级，2021年9月10日）。");
        assertThat(text(notice)).doesNotContain("均按时完成").doesNotContain("未发生企业绩效级别下调");
        assertThat(notice.attachments().get(1).rows()).containsExactly(
                List.of("1", "杞县", "重点行业绩效提升企业清单上报备案", "2021年6月14日", "108"));
        assertThat(notice.attachments().get(2).rows()).containsExactly(
                List.of("1", "通许县", "专家名单上报", "2021年6月14日", "2021年6月25日", "11"));

        // and without the overdue item the late list becomes 附件2, and nothing speaks of 逾期未完成
        BodyAndAttachments lateOnly = draft(data.snapshot(0, List.of(), List.of(late),
                data.county("杞县", 5, 2, 2, 0, 0, 0)), List.of());
        assertThat(text(lateOnly)).contains("详见附件2《各县区逾期完成事项清单》").doesNotContain("部分工作逾期未完成")
                .doesNotContain("逾期未完成事项清单")
                .doesNotContain("均按时完成").contains("2021年9月1日以来，未发生企业绩效级别下调。");
        assertThat(headings(lateOnly, BodyBlock.Type.HEADING_2)).startsWith("（一）部分工作逾期后完成。");
    }

    @Test
    void theRankingTableIsLandscapeWithEveryRowOnOneLineAndTheRule() throws IOException {
        // given the none-met data set with an overdue item
        OverdueItem overdue = OverdueItem.on(AS_OF, "杞县", "重点行业绩效提升企业清单上报备案", LocalDate.of(2021, 6, 14));
        Snapshot snapshot = data.snapshot(1, List.of(overdue), List.of(), data.county("通许县", 5, 1, 1, 0, 0, 0),
                data.county("城乡一体化示范区", 12, 4, 3, 10, 10, 10), data.county("杞县", 4, 0, 0, 0, 0, 0));
        BodyAndAttachments notice = draft(snapshot, List.of());

        // when rendered
        NoticePdf pdf = render(notice);

        // then the body pages are portrait, the ranking table's landscape, the overdue list's portrait again
        int ranking = pdf.bookmarks().get("附件1　各县区进展情况排名表");
        int list = pdf.bookmarks().get("附件2　各县区逾期未完成事项清单");
        for (int page = 1; page <= pdf.pages(); page++) {
            boolean landscape = pdf.pageSizes().get(page - 1).getWidth() > pdf.pageSizes().get(page - 1).getHeight();
            assertThat(landscape).as("第 %d 页", page).isEqualTo(page >= ranking && page < list);
        }
        // and every row of the table stands on one line with all its cells, in order
        for (List<String> row : notice.attachments().get(0).rows()) {
            if (row.get(1).length() > 5) {
                continue;
            }
            NoticePdf.Line line = pdf.lines(ranking).stream().filter(l -> l.text().contains(row.get(1))).findFirst()
                    .orElseThrow();
            assertThat(line.text()).isEqualTo(String.join("", row));
            assertThat(line.right()).isLessThan(842 - 50);
        }
        // and the rule is printed under the table
        String table = pdf.lines(ranking).stream().map(NoticePdf.Line::text).collect(Collectors.joining());
        assertThat(table).contains("注：排名依次按适用目标达标比例").contains("并列");
        // and no English, no ISO date anywhere
        String all = pdf.lines().stream().map(NoticePdf.Line::text).collect(Collectors.joining("\n"));
        assertThat(all).doesNotContainPattern("[A-Za-z]{2,}").doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");
        assertThat(all.replace("\n", "")).contains("详见附件1《各县区进展情况排名表》")
                .contains("详见附件2《各县区逾期未完成事项清单》");
    }

    private BodyAndAttachments draft(Snapshot snapshot, List<Downgrades.Downgrade> downgrades) {
        return progress.draft(snapshot, SINCE, downgrades, templates.of(NoticeKind.PROGRESS));
    }

    private NoticePdf render(BodyAndAttachments notice) throws IOException {
        NoticeDraft draft = new NoticeDraft(NoticeKind.PROGRESS, AS_OF, templates.of(NoticeKind.PROGRESS).title(),
                reference.authority().addressees() + "：", notice.body(), reference.authority().name(), AS_OF,
                notice.attachments(), reference.authority().copyTo(), reference.authority().name(), AS_OF);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.renderPdf(draft, new DocumentNumber("汴环攻坚办", 2021, 100), out);
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target"));
        java.nio.file.Files.write(java.nio.file.Path.of("target/progress-notice-facts.pdf"), out.toByteArray());
        return NoticePdf.read(out.toByteArray());
    }

    private static String text(BodyAndAttachments notice) {
        return notice.body().stream().map(b -> b.text() + b.rest()).collect(Collectors.joining("\n"));
    }

    private static List<String> headings(BodyAndAttachments notice, BodyBlock.Type type) {
        return notice.body().stream().filter(b -> b.type() == type).map(BodyBlock::text).toList();
    }

    private static String rest(BodyAndAttachments notice, String heading) {
        return notice.body().stream().filter(b -> b.type() == BodyBlock.Type.HEADING_2 && b.text().equals(heading))
                .map(BodyBlock::rest).findFirst().orElseThrow(() -> new AssertionError("没有标题 " + heading));
    }
}
