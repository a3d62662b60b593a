package org.perfgrade.report.late;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.perfgrade.DatabaseTest;
import org.perfgrade.document.DocumentArchive;
import org.perfgrade.ledger.LedgerImport;
import org.perfgrade.reference.County;
import org.perfgrade.reference.ReferenceData;
import org.perfgrade.report.late.LateFixtures.Firm;
import org.perfgrade.snapshot.CampaignProgress;
import org.perfgrade.snapshot.CampaignProgress.Deadlines;
import org.perfgrade.report.BriefingReport;
import org.perfgrade.snapshot.Snapshot;
import org.perfgrade.snapshot.SnapshotCalculator;
import org.perfgrade.snapshot.SnapshotClock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 逾期事项总览 on made-up ledgers: an item overdue until it is received, then late with its days on every later day;
 * the tallies per county and per deadline (batch); the enterprises past their own 拟完成时间 without an application.
 */
@DatabaseTest
@Import(SnapshotClock.Configuration.class)
class LateOverviewsTests {

    private static final String LANKAO = "410225";
    private static final String TONGXU = "410222";
    private static final String PRINTING = "包装印刷";
    private static final LocalDate LIST_DUE = LocalDate.of(2021, 6, 14);
    private static final LocalDate PLANNED = LocalDate.of(2021, 7, 31);

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LedgerImport ledger;

    @Autowired
    SnapshotClock clock;

    @Autowired
    CampaignProgress progress;

    @Autowired
    LateOverviews overviews;

    @Autowired
    ReferenceData reference;

    @Autowired
    SnapshotCalculator calculator;

    @Autowired
    BriefingReport briefing;

    @Autowired
    DocumentArchive archive;

    LateFixtures fixtures;
    Firm unapplied;
    Firm applied;
    Firm notYetDue;

    @BeforeEach
    void setUp() {
        fixtures = new LateFixtures(jdbc, ledger, clock);
        fixtures.clear();
        // given: 通许县 sends its 附件2 on time (6/10); 兰考县 lists three printers on 6/1 and sends their 附件2 on
        // 6/20, six days late — two planned to be done by 7/31, one by 9/30 — and applies for one of them on 8/2
        unapplied = LateFixtures.firm("兰考县未申报印刷有限公司", LANKAO);
        applied = LateFixtures.firm("兰考县已申报印刷有限公司", LANKAO);
        notYetDue = LateFixtures.firm("兰考县九月完成印刷有限公司", LANKAO);
        fixtures.submission(TONGXU, "IMPROVEMENT", LocalDate.of(2021, 6, 10));
        // and: both sent their work plans (工作计划及动员部署情况) on time
        fixtures.submission(LANKAO, "WORK_PLAN", LocalDate.of(2021, 5, 28));
        fixtures.submission(TONGXU, "WORK_PLAN", LocalDate.of(2021, 5, 28));
        fixtures.ledger(LANKAO, LocalDate.of(2021, 6, 1), PRINTING, unapplied, applied, notYetDue);
        LocalDate received = LocalDate.of(2021, 6, 20);
        fixtures.plan(unapplied, received, PRINTING, "B", PLANNED);
        fixtures.plan(applied, received, PRINTING, "B", PLANNED);
        fixtures.plan(notYetDue, received, PRINTING, "B", LocalDate.of(2021, 9, 30));
        fixtures.application(applied, LocalDate.of(2021, 8, 2), PRINTING, "B");
        clock.setReal();
    }

    private LateOverview on(LocalDate day, County countyOrNull) {
        Deadlines deadlines = progress.deadlines(day);
        return overviews.of(day, deadlines.overdue(), deadlines.late(), countyOrNull);
    }

    private County county(String name) {
        return reference.county(name).orElseThrow();
    }

    @Test
    void anItemIsOverdueUntilReceivedThenLateWithItsDaysAMonthLaterToo() {
        // when
        LateOverview june16 = on(LocalDate.of(2021, 6, 16), null);
        LateOverview june21 = on(LocalDate.of(2021, 6, 21), null);
        LateOverview july21 = on(LocalDate.of(2021, 7, 21), null);
        // then: on 6/16 兰考县 owes its 附件2, two days overdue, and nothing is late
        assertThat(june16.overdue()).filteredOn(r -> r.county().equals("兰考县")).singleElement().satisfies(r -> {
            assertThat(r.label()).isEqualTo("提升企业清单");
            assertThat(r.due()).isEqualTo(LIST_DUE);
            assertThat(r.done()).isNull();
            assertThat(r.days()).isEqualTo(2);
        });
        assertThat(june16.late()).isEmpty();
        // and: from 6/21 on it is late by six days, no longer overdue — still so a month later
        for (LateOverview later : new LateOverview[] { june21, july21 }) {
            assertThat(later.overdue()).noneMatch(r -> r.county().equals("兰考县") && r.label().equals("提升企业清单"));
            assertThat(later.late()).singleElement().satisfies(r -> {
                assertThat(r.county()).isEqualTo("兰考县");
                assertThat(r.due()).isEqualTo(LIST_DUE);
                assertThat(r.done()).isEqualTo(LocalDate.of(2021, 6, 20));
                assertThat(r.days()).isEqualTo(6);
            });
        }
        // and: 通许县, on time, is in neither list
        assertThat(july21.overdue()).noneMatch(r -> r.county().equals("通许县") && r.label().equals("提升企业清单"));
    }

    @Test
    void talliesPerCountyAndPerDeadline() {
        // when: on 8/10 the 附件2 (6/14), the expert lists (7/1) and the first batch (涉VOCs, 8/5) have passed
        LateOverview august10 = on(LocalDate.of(2021, 8, 10), null);
        // then: 兰考县 owes its expert list (40 days) and the first batch (its unapplied printer, 5 days), was 6 days
        // late with its 附件2, and has one plan past its 拟完成时间 (10 days)
        CountyTally lankao = august10.counties().stream().filter(t -> t.county().equals("兰考县")).findFirst()
                .orElseThrow();
        assertThat(lankao).isEqualTo(new CountyTally("兰考县", 2, 40, 1, 6, 1, 10));
        CountyTally tongxu = august10.counties().stream().filter(t -> t.county().equals("通许县")).findFirst()
                .orElseThrow();
        assertThat(tongxu).isEqualTo(new CountyTally("通许县", 1, 40, 0, 0, 0, 0));
        // the eight others owe the work plan (71 days), the 附件2 (57 days) and the expert list
        assertThat(august10.counties()).hasSize(10).first().isEqualTo(new CountyTally("城乡一体化示范区", 3, 71, 0, 0, 0, 0));
        assertThat(august10.total()).isEqualTo(new CountyTally(LateTexts.TOTAL, 8 + 8 + 10 + 1, 71, 1, 6, 1, 10));
        // and per deadline, by due date: the first batch counts 兰考县 alone
        assertThat(august10.items()).extracting(ItemTally::label)
                .containsExactly("工作计划", "提升企业清单", "专家信息", "第一批");
        assertThat(august10.items().get(1)).isEqualTo(new ItemTally(
                "重点行业绩效提升企业清单（方案附件2）上报市生态环境局备案", "提升企业清单", null, LIST_DUE, 8, 57, 1, 6));
        assertThat(august10.items().get(3)).satisfies(t -> {
            assertThat(t.batch()).isEqualTo("第一批");
            assertThat(t.overdue()).isEqualTo(1);
            assertThat(t.overdueMaxDays()).isEqualTo(5);
        });
        // and: the rows run by county (附件1 order), then due date
        assertThat(august10.overdue()).extracting(DeadlineRow::order).isSorted();
    }

    @Test
    void aPlanPastItsCompletionDateWithoutAnApplicationIsListedTheOthersAreNot() {
        // when
        LateOverview july31 = on(PLANNED, null);
        LateOverview august1 = on(PLANNED.plusDays(1), null);
        LateOverview august10 = on(LocalDate.of(2021, 8, 10), county("兰考县"));
        // then: on its 拟完成时间 a plan is not yet past; the day after, both July plans are (no application yet)
        assertThat(july31.plans()).isEmpty();
        assertThat(august1.plans()).extracting(PlanRow::enterprise)
                .containsExactlyInAnyOrder(unapplied.name(), applied.name());
        assertThat(august1.plans()).allSatisfy(p -> assertThat(p.days()).isEqualTo(1));
        // and: on 8/10 the printer that applied on 8/2 is gone, the one planned for 9/30 never came
        assertThat(august10.plans()).singleElement().satisfies(p -> {
            assertThat(p.county()).isEqualTo("兰考县");
            assertThat(p.enterprise()).isEqualTo(unapplied.name());
            assertThat(p.creditCode()).isEqualTo(unapplied.creditCode());
            assertThat(p.industry()).isEqualTo(PRINTING);
            assertThat(p.targetGrade()).isEqualTo("B");
            assertThat(p.plannedCompletion()).isEqualTo(PLANNED);
            assertThat(p.days()).isEqualTo(10);
        });
    }

    @Test
    void theBriefingSummarisesTheDaysOverdueByCountyAndCountsThePlansPastTheirDate() throws IOException {
        // given: the snapshot of 8/10 computed from the ledger
        Snapshot snapshot = calculator.compute(LocalDate.of(2021, 8, 10));
        // when
        Path file = archive.outDir().resolve(briefing.render(snapshot).path());
        String text;
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            text = new PDFTextStripper().getText(pdf).replaceAll("\\s", "");
        }
        // then: 兰考县 owes its expert list (40 days) and the first batch (5 days); it was six days late with its 附件2;
        // one enterprise of one county is past its 拟完成时间 without an application, by 10 days
        assertThat(text).contains("四、逾期未完成事项", "兰考县240专家信息40天、第一批5天", "通许县140专家信息40天",
                "超过方案附件2拟完成时间仍未申报的企业1家（1条行业记录，涉及1个县区，最长超过10天）。",
                "五、逾期完成事项", "兰考县16提升企业清单6天");
    }

    @Test
    void aCountysOverviewHoldsOnlyItsOwnLines() {
        // when
        LateOverview tongxu = on(LocalDate.of(2021, 8, 10), county("通许县"));
        // then
        assertThat(tongxu.counties()).extracting(CountyTally::county).containsExactly("通许县");
        assertThat(tongxu.overdue()).isNotEmpty().allMatch(r -> r.county().equals("通许县"));
        assertThat(tongxu.late()).isEmpty();
        assertThat(tongxu.plans()).isEmpty();
    }
}
