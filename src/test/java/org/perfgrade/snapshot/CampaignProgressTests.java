package org.perfgrade.snapshot;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.perfgrade.DatabaseTest;
import org.perfgrade.ledger.LedgerImport;
import org.perfgrade.reference.CampaignStage;
import org.perfgrade.snapshot.SnapshotFixtures.Firm;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.perfgrade.snapshot.SnapshotFixtures.LANKAO;
import static org.perfgrade.snapshot.SnapshotFixtures.TONGXU;
import static org.perfgrade.snapshot.SnapshotFixtures.firm;
import static org.perfgrade.snapshot.SnapshotFixtures.line;

@DatabaseTest
@Import(SnapshotClock.Configuration.class)
class CampaignProgressTests {

    private static final String LIST = "重点行业绩效提升企业清单（方案附件2）上报市生态环境局备案";
    private static final String EXPERTS = "专家（第三方）信息报市生态环境局";
    private static final String METAL = "第二批：金属类行业审核认定";
    private static final String WEISHI = "410223";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LedgerImport ledger;

    @Autowired
    SnapshotClock clock;

    @Autowired
    CampaignProgress progress;

    SnapshotFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new SnapshotFixtures(jdbc, ledger, clock);
        fixtures.clear();
        fixtures.workPlans(LocalDate.of(2021, 5, 28)); // every county on time with its work plan
    }

    @Test
    void theCurrentStageIsTheFirstUnderWayAndDisclosureOnlyWhenNoOtherIs() {
        assertThat(progress.currentStage(LocalDate.of(2021, 5, 19))).isEmpty();
        assertThat(stage(2021, 5, 20)).isEqualTo("动员部署阶段");
        assertThat(stage(2021, 6, 14)).isEqualTo("对标提升阶段");
        assertThat(stage(2021, 7, 15)).isEqualTo("对标提升阶段");
        assertThat(stage(2021, 7, 31)).isEqualTo("信息公开阶段");
        assertThat(stage(2021, 8, 10)).isEqualTo("审核评定阶段");
        assertThat(stage(2021, 9, 16)).isEqualTo("信息公开阶段");
        assertThat(progress.currentStage(LocalDate.of(2021, 11, 16))).isEmpty();
    }

    @Test
    void theImprovementListIsOverdueFromTheDayAfterItsDeadlineUntilItArrives() {
        // given 通许县 sends its 附件2 on 6/10 and 兰考县 on 6/20; 尉氏县's file was rejected
        fixtures.submission(TONGXU, "IMPROVEMENT", LocalDate.of(2021, 6, 10));
        fixtures.submission(LANKAO, "IMPROVEMENT", LocalDate.of(2021, 6, 20));
        fixtures.submission(WEISHI, "IMPROVEMENT", LocalDate.of(2021, 6, 12));
        jdbc.sql("UPDATE submission SET status = 'REJECTED' WHERE county_code = :c AND kind = 'IMPROVEMENT'").param("c", WEISHI).update();
        // when / then
        assertThat(progress.overdue(LocalDate.of(2021, 6, 14))).isEmpty();
        assertThat(progress.overdue(LocalDate.of(2021, 6, 15))).hasSize(9)
                .allSatisfy(o -> assertThat(o.item()).isEqualTo(LIST))
                .allSatisfy(o -> assertThat(o.due()).isEqualTo(LocalDate.of(2021, 6, 14)))
                .extracting(OverdueItem::county).doesNotContain("通许县").contains("尉氏县", "兰考县")
                .startsWith("城乡一体化示范区", "龙亭区");
        assertThat(progress.overdue(LocalDate.of(2021, 6, 19))).extracting(OverdueItem::county).contains("兰考县");
        assertThat(progress.overdue(LocalDate.of(2021, 6, 20))).extracting(OverdueItem::county)
                .doesNotContain("兰考县", "通许县").contains("尉氏县");
    }

    @Test
    void aBatchIsOverdueForPlannedAbLinesOfItsCategoryWithoutAnApplication() {
        // given 尉氏县 plans to lift two foundries to B (one has applied) and one to C; all sent 附件2 and experts
        Firm waiting = firm("尉氏县东方铸造有限公司", WEISHI);
        Firm applied = firm("尉氏县中原铸造有限公司", WEISHI);
        Firm modest = firm("尉氏县鑫源铸造有限公司", WEISHI);
        LocalDate june = LocalDate.of(2021, 6, 10);
        fixtures.ledger(WEISHI, june, line(waiting, "铸造", "黑色金属铸造", "C"),
                line(applied, "铸造", "黑色金属铸造", "C"), line(modest, "铸造", "黑色金属铸造", "D"));
        fixtures.plan(waiting, june, "铸造", "黑色金属铸造", "C", "B");
        fixtures.plan(applied, june, "铸造", "黑色金属铸造", "C", "B");
        fixtures.plan(modest, june, "铸造", "黑色金属铸造", "D", "C");
        fixtures.application(applied, LocalDate.of(2021, 8, 1), "铸造", "黑色金属铸造", "B");
        fixtures.submission(WEISHI, "EXPERT", june);
        // when / then: the metal batch is due 8/15
        assertThat(progress.overdue(LocalDate.of(2021, 8, 15))).filteredOn(o -> o.county().equals("尉氏县"))
                .isEmpty();
        assertThat(progress.overdue(LocalDate.of(2021, 8, 16))).filteredOn(o -> o.county().equals("尉氏县"))
                .containsExactly(new OverdueItem("尉氏县", METAL, LocalDate.of(2021, 8, 15), 1));
        // and once the foundry applies, nothing is overdue: the batch was done 5 days late
        fixtures.application(waiting, LocalDate.of(2021, 8, 20), "铸造", "黑色金属铸造", "B");
        assertThat(progress.overdue(LocalDate.of(2021, 8, 20))).filteredOn(o -> o.county().equals("尉氏县"))
                .isEmpty();
        assertThat(progress.late(LocalDate.of(2021, 8, 20))).filteredOn(o -> o.county().equals("尉氏县"))
                .containsExactly(new LateItem("尉氏县", METAL, LocalDate.of(2021, 8, 15), LocalDate.of(2021, 8, 20), 5));
        assertThat(progress.overdue(LocalDate.of(2021, 8, 20))).filteredOn(o -> o.county().equals("兰考县"))
                .extracting(OverdueItem::item).containsExactly(LIST, EXPERTS);
    }

    private String stage(int year, int month, int day) {
        return progress.currentStage(LocalDate.of(year, month, day)).map(CampaignStage::name).orElse(null);
    }
}
