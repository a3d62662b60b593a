package org.perfgrade.snapshot;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.perfgrade.DatabaseTest;
import org.perfgrade.ledger.LedgerImport;
import org.perfgrade.ledger.facts.EnterpriseFacts;
import org.perfgrade.ledger.facts.GuaranteeType;
import org.perfgrade.ledger.facts.LedgerLineFacts;
import org.perfgrade.snapshot.CampaignProgress.Deadlines;
import org.perfgrade.snapshot.SnapshotFixtures.Firm;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.perfgrade.snapshot.SnapshotFixtures.LANKAO;
import static org.perfgrade.snapshot.SnapshotFixtures.QIXIAN;
import static org.perfgrade.snapshot.SnapshotFixtures.TONGXU;
import static org.perfgrade.snapshot.SnapshotFixtures.firm;
import static org.perfgrade.snapshot.SnapshotFixtures.line;

/**
 * 逾期完成: what a county did after its deadline stays listed with the days late, apart from what is still overdue,
 * and the last review batch holds the 保障类 enterprises whatever their industry.
 */
@DatabaseTest
@Import(SnapshotClock.Configuration.class)
class CampaignProgressLateTests {

    private static final String LIST = "重点行业绩效提升企业清单（方案附件2）上报市生态环境局备案";
    private static final String METAL = "第二批：金属类行业审核认定";
    private static final String LAST_BATCH = "第四批：河南省本地重点行业及保障类企业审核认定";
    private static final LocalDate LIST_DUE = LocalDate.of(2021, 6, 14);
    private static final LocalDate METAL_DUE = LocalDate.of(2021, 8, 15);
    private static final LocalDate LAST_DUE = LocalDate.of(2021, 9, 15);
    private static final String WEISHI = "410223";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LedgerImport ledger;

    @Autowired
    SnapshotClock clock;

    @Autowired
    CampaignProgress progress;

    @Autowired
    SnapshotCalculator calculator;

    SnapshotFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new SnapshotFixtures(jdbc, ledger, clock);
        fixtures.clear();
        fixtures.workPlans(LocalDate.of(2021, 5, 28)); // every county on time with its work plan
    }

    @Test
    void anImprovementListReceivedAfterItsDeadlineIsLateWithItsDaysAndNoLongerOverdue() {
        // given 通许县 sends its 附件2 on 6/10 (on time), 兰考县 on 6/20 and again on 6/25, the others never
        fixtures.submission(TONGXU, "IMPROVEMENT", LocalDate.of(2021, 6, 10));
        fixtures.submission(LANKAO, "IMPROVEMENT", LocalDate.of(2021, 6, 20));
        fixtures.submission(LANKAO, "IMPROVEMENT", LocalDate.of(2021, 6, 25));
        // when
        Deadlines june30 = progress.deadlines(LocalDate.of(2021, 6, 30));
        Deadlines june19 = progress.deadlines(LocalDate.of(2021, 6, 19));
        // then on 6/30 兰考县 is late by 6 calendar days, 通许县 is in neither list, the other eight are 16 days overdue
        assertThat(june30.late()).containsExactly(new LateItem("兰考县", LIST, LIST_DUE, LocalDate.of(2021, 6, 20), 6));
        assertThat(june30.overdue()).hasSize(8).extracting(OverdueItem::county)
                .doesNotContain("兰考县", "通许县").startsWith("城乡一体化示范区", "龙亭区").endsWith("杞县", "尉氏县");
        assertThat(june30.overdue()).allSatisfy(o -> {
            assertThat(o.item()).isEqualTo(LIST);
            assertThat(o.daysOverdue()).isEqualTo(16);
        });
        // and on 6/19 兰考县 is still overdue (5 days), late in nothing
        assertThat(june19.late()).isEmpty();
        assertThat(june19.overdue()).filteredOn(o -> o.county().equals("兰考县"))
                .containsExactly(new OverdueItem("兰考县", LIST, LIST_DUE, 5));
    }

    @Test
    void aFileCountsOnItsBusinessDateNotOnTheDayItWasImported() {
        // given 兰考县's 附件2 imported on 6/22 for the business date 6/16
        fixtures.submission(LANKAO, "IMPROVEMENT", LocalDate.of(2021, 6, 22));
        jdbc.sql("UPDATE submission SET received_on = :day WHERE county_code = :c AND kind = 'IMPROVEMENT'")
                .param("day", LocalDate.of(2021, 6, 16)).param("c", LANKAO).update();
        // when / then: late by 2 days
        assertThat(progress.late(LocalDate.of(2021, 6, 30)))
                .containsExactly(new LateItem("兰考县", LIST, LIST_DUE, LocalDate.of(2021, 6, 16), 2));
    }

    @Test
    void aBatchIsLateFromItsDeadlineToTheDayItsLastOutstandingLineApplied() {
        // given 尉氏县 plans two foundries to B on 6/20 (its 附件2 late by 6 days); one applies on 8/10, the other on
        // 8/20 and then again on 8/25; 兰考县 sends its 附件2 on 6/16
        Firm early = firm("尉氏县中原铸造有限公司", WEISHI);
        Firm later = firm("尉氏县东方铸造有限公司", WEISHI);
        LocalDate june = LocalDate.of(2021, 6, 20);
        fixtures.ledger(WEISHI, june, line(early, "铸造", "黑色金属铸造", "C"), line(later, "铸造", "黑色金属铸造", "C"));
        fixtures.plan(early, june, "铸造", "黑色金属铸造", "C", "B");
        fixtures.plan(later, june, "铸造", "黑色金属铸造", "C", "B");
        fixtures.submission(LANKAO, "IMPROVEMENT", LocalDate.of(2021, 6, 16));
        fixtures.application(early, LocalDate.of(2021, 8, 10), "铸造", "黑色金属铸造", "B");
        fixtures.application(later, LocalDate.of(2021, 8, 20), "铸造", "黑色金属铸造", "B");
        fixtures.application(later, LocalDate.of(2021, 8, 25), "铸造", "黑色金属铸造", "B");
        // when
        Deadlines august18 = progress.deadlines(LocalDate.of(2021, 8, 18));
        Deadlines august30 = progress.deadlines(LocalDate.of(2021, 8, 30));
        // then on 8/18 the batch is 3 days overdue, on 8/30 it was done 5 days late
        assertThat(august18.overdue()).filteredOn(o -> o.item().equals(METAL))
                .containsExactly(new OverdueItem("尉氏县", METAL, METAL_DUE, 3));
        assertThat(august30.overdue()).filteredOn(o -> o.county().equals("尉氏县")).extracting(OverdueItem::item)
                .doesNotContain(METAL, LIST);
        // and the late items go by county (附件1 order), then due date
        assertThat(august30.late()).containsExactly(
                new LateItem("尉氏县", LIST, LIST_DUE, june, 6),
                new LateItem("尉氏县", METAL, METAL_DUE, LocalDate.of(2021, 8, 20), 5),
                new LateItem("兰考县", LIST, LIST_DUE, LocalDate.of(2021, 6, 16), 2));
        assertNeverBoth(august30);
    }

    @Test
    void anApplicationRecordedAfterTheDeadlineCountsFromAnEarlierExpertOpinionDate() {
        // given 尉氏县's foundry planned to B, its application recorded on 8/20 with an expert opinion of 8/12, and a
        // second foundry's recorded on 8/22 with an opinion of 8/18
        Firm onTime = firm("尉氏县中原铸造有限公司", WEISHI);
        Firm late = firm("尉氏县东方铸造有限公司", WEISHI);
        LocalDate june = LocalDate.of(2021, 6, 10);
        fixtures.ledger(WEISHI, june, line(onTime, "铸造", "黑色金属铸造", "C"), line(late, "铸造", "黑色金属铸造", "C"));
        fixtures.plan(onTime, june, "铸造", "黑色金属铸造", "C", "B");
        fixtures.plan(late, june, "铸造", "黑色金属铸造", "C", "B");
        fixtures.application(onTime, LocalDate.of(2021, 8, 20), "铸造", "黑色金属铸造", "B");
        opinionDate(onTime, LocalDate.of(2021, 8, 12));
        Deadlines onlyFirst = progress.deadlines(LocalDate.of(2021, 8, 30));
        fixtures.application(late, LocalDate.of(2021, 8, 22), "铸造", "黑色金属铸造", "B");
        opinionDate(late, LocalDate.of(2021, 8, 18));
        // when
        Deadlines both = progress.deadlines(LocalDate.of(2021, 8, 30));
        // then the first foundry alone was on time (the batch still overdue for the second), both make it 3 days late
        assertThat(onlyFirst.overdue()).filteredOn(o -> o.item().equals(METAL))
                .containsExactly(new OverdueItem("尉氏县", METAL, METAL_DUE, 15));
        assertThat(onlyFirst.late()).isEmpty();
        assertThat(both.overdue()).extracting(OverdueItem::item).doesNotContain(METAL);
        assertThat(both.late()).containsExactly(new LateItem("尉氏县", METAL, METAL_DUE, LocalDate.of(2021, 8, 18), 3));
    }

    @Test
    void plansAndApplicationsCountFromTheBusinessDatesOfTheirFilesNotFromTheWallClockOfTheImport() {
        // given 尉氏县's ledger, 附件2 (a foundry planned from C to B) and application imported on the wall-clock day
        // 2026-12-07 (as the demo imports), the files' business dates 2021-06-10 for the ledger and 附件2 and 2021-11-15
        // for the application, whose experts signed on 2021-10-30 — after the metal batch's 8/15
        Firm foundry = firm("尉氏县中原铸造有限公司", WEISHI);
        LocalDate importDay = LocalDate.of(2026, 12, 7);
        fixtures.ledger(WEISHI, importDay, line(foundry, "铸造", "黑色金属铸造", "C"));
        fixtures.plan(foundry, importDay, "铸造", "黑色金属铸造", "C", "B");
        businessDate(WEISHI, "LEDGER", LocalDate.of(2021, 6, 10));
        businessDate(WEISHI, "IMPROVEMENT", LocalDate.of(2021, 6, 10));
        fixtures.application(foundry, importDay, "铸造", "黑色金属铸造", "B");
        businessDate(WEISHI, "APPLICATION", LocalDate.of(2021, 11, 15));
        opinionDate(foundry, LocalDate.of(2021, 10, 30));
        // when
        Deadlines august18 = progress.deadlines(LocalDate.of(2021, 8, 18));
        Deadlines november15 = progress.deadlines(LocalDate.of(2021, 11, 15));
        // then on 8/18 the batch is 3 days overdue (the plan stands from 6/10, the application is not yet on file)
        assertThat(august18.overdue()).filteredOn(o -> o.item().equals(METAL))
                .containsExactly(new OverdueItem("尉氏县", METAL, METAL_DUE, 3));
        assertThat(august18.late()).filteredOn(l -> l.item().equals(METAL)).isEmpty();
        // and on 11/15 it was done on the opinion date, 76 days late, and is no longer overdue
        assertThat(november15.overdue()).extracting(OverdueItem::item).doesNotContain(METAL);
        assertThat(november15.late()).filteredOn(l -> l.item().equals(METAL))
                .containsExactly(new LateItem("尉氏县", METAL, METAL_DUE, LocalDate.of(2021, 10, 30), 76));
        assertNeverBoth(november15);
    }

    @Test
    void theLastBatchIsOwedForGuaranteeEnterprisesOfAnyIndustryAndTheirIndustrysBatchIsNot() {
        // given 杞县's only line is a 保障类 foundry (金属类, not a 河南省本地 industry) planned to B;
        // 通许县's only line is an ordinary foundry planned to B; neither has applied
        Firm guaranteed = firm("杞县保供铸造有限公司", QIXIAN);
        Firm ordinary = firm("通许县宏运铸造有限公司", TONGXU);
        LocalDate june = LocalDate.of(2021, 6, 10);
        fixtures.ledger(QIXIAN, june, new LedgerLineFacts(new EnterpriseFacts(guaranteed.creditCode(),
                guaranteed.name(), QIXIAN, null, null, null, null, null, GuaranteeType.SUPPORT, null), "铸造",
                "黑色金属铸造", "C", BigDecimal.ONE, null, null, null, null, null, null));
        fixtures.ledger(TONGXU, june, line(ordinary, "铸造", "黑色金属铸造", "C"));
        fixtures.plan(guaranteed, june, "铸造", "黑色金属铸造", "C", "B");
        fixtures.plan(ordinary, june, "铸造", "黑色金属铸造", "C", "B");
        assertThat(jdbc.sql("SELECT guarantee_type FROM enterprise WHERE credit_code = :c")
                .param("c", guaranteed.creditCode()).query(String.class).single()).isEqualTo("SUPPORT");
        // when
        List<OverdueItem> september16 = progress.overdue(LocalDate.of(2021, 9, 16));
        // then 杞县 owes the last batch, not the metal one; 通许县 the metal batch, not the last
        assertThat(september16).filteredOn(o -> o.county().equals("杞县")).extracting(OverdueItem::item)
                .contains(LAST_BATCH).doesNotContain(METAL);
        assertThat(september16).filteredOn(o -> o.item().equals(LAST_BATCH))
                .containsExactly(new OverdueItem("杞县", LAST_BATCH, LAST_DUE, 1));
        assertThat(september16).filteredOn(o -> o.item().equals(METAL))
                .containsExactly(new OverdueItem("通许县", METAL, METAL_DUE, 32));
        // and once the 保障类 foundry applies on 9/20, the last batch is late by 5 days
        fixtures.application(guaranteed, LocalDate.of(2021, 9, 20), "铸造", "黑色金属铸造", "B");
        Deadlines september25 = progress.deadlines(LocalDate.of(2021, 9, 25));
        assertThat(september25.overdue()).extracting(OverdueItem::item).doesNotContain(LAST_BATCH);
        assertThat(september25.late()).filteredOn(l -> l.item().equals(LAST_BATCH))
                .containsExactly(new LateItem("杞县", LAST_BATCH, LAST_DUE, LocalDate.of(2021, 9, 20), 5));
        assertNeverBoth(september25);
    }

    @Test
    void theSnapshotCarriesBothListsAndReadsThemBack() {
        // given 兰考县 late with its 附件2, the others never sent one
        fixtures.submission(LANKAO, "IMPROVEMENT", LocalDate.of(2021, 6, 20));
        // when
        Snapshot snapshot = calculator.compute(LocalDate.of(2021, 6, 30));
        Snapshot read = SnapshotJson.read(SnapshotJson.write(snapshot));
        // then
        assertThat(snapshot.late()).containsExactly(new LateItem("兰考县", LIST, LIST_DUE, LocalDate.of(2021, 6, 20), 6));
        assertThat(snapshot.overdue()).hasSize(9).extracting(OverdueItem::daysOverdue).containsOnly(16);
        assertThat(read.late()).isEqualTo(snapshot.late());
        assertThat(read.overdue()).isEqualTo(snapshot.overdue());
    }

    private void businessDate(String county, String kind, LocalDate day) {
        assertThat(jdbc.sql("UPDATE submission SET received_on = :day WHERE county_code = :c AND kind = :kind")
                .param("day", day).param("c", county).param("kind", kind).update()).isEqualTo(1);
    }

    private void opinionDate(Firm firm, LocalDate day) {
        assertThat(jdbc.sql("UPDATE grade_application SET opinion_date = :day WHERE ledger_line_id IN (SELECT l.id "
                + "FROM ledger_line l JOIN enterprise e ON e.id = l.enterprise_id WHERE e.credit_code = :code)")
                .param("day", day).param("code", firm.creditCode()).update()).isEqualTo(1);
    }

    private static void assertNeverBoth(Deadlines deadlines) {
        List<String> overdue = deadlines.overdue().stream().map(o -> o.county() + "/" + o.item()).toList();
        assertThat(deadlines.late()).extracting(l -> l.county() + "/" + l.item()).doesNotContainAnyElementsOf(overdue);
    }
}
