package org.perfgrade.snapshot;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.perfgrade.DatabaseTest;
import org.perfgrade.ledger.LedgerImport;
import org.perfgrade.snapshot.CampaignProgress.Deadlines;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.perfgrade.snapshot.SnapshotFixtures.LANKAO;
import static org.perfgrade.snapshot.SnapshotFixtures.TONGXU;

/**
 * 工作计划及动员部署情况 (due 5/31): a county without a work plan received is overdue from 6/1, one received after 5/31
 * is late with its days, and a plan received after a day never counts on it.
 */
@DatabaseTest
@Import(SnapshotClock.Configuration.class)
class CampaignProgressWorkPlanTests {

    private static final String WORK_PLAN = "县区重点行业绩效分级工作计划及动员部署情况报市生态环境局";
    private static final LocalDate DUE = LocalDate.of(2021, 5, 31);

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
    }

    @Test
    void aCountyWithoutItsWorkPlanIsOverdueFromJuneFirstAndOneReceivedLaterIsLate() {
        // given 通许县 sends its work plan on 5/28, 兰考县 on 6/3, the eight others never
        fixtures.submission(TONGXU, "WORK_PLAN", LocalDate.of(2021, 5, 28));
        fixtures.submission(LANKAO, "WORK_PLAN", LocalDate.of(2021, 6, 3));
        // when
        Deadlines may31 = progress.deadlines(DUE);
        Deadlines june1 = progress.deadlines(DUE.plusDays(1));
        Deadlines june2 = progress.deadlines(DUE.plusDays(2));
        Deadlines june5 = progress.deadlines(DUE.plusDays(5));
        // then nothing is owed on the deadline itself
        assertThat(may31.overdue()).isEmpty();
        assertThat(may31.late()).isEmpty();
        // from 6/1 the nine counties without a plan by then are overdue by 1 day, 通许县 not
        assertThat(june1.overdue()).hasSize(9).allSatisfy(o -> {
            assertThat(o.item()).isEqualTo(WORK_PLAN);
            assertThat(o.due()).isEqualTo(DUE);
            assertThat(o.daysOverdue()).isEqualTo(1);
        }).extracting(OverdueItem::county).doesNotContain("通许县").contains("兰考县")
                .startsWith("城乡一体化示范区", "龙亭区");
        // on 6/2 兰考县's plan of 6/3 does not count yet
        assertThat(june2.overdue()).extracting(OverdueItem::county).contains("兰考县");
        assertThat(june2.late()).isEmpty();
        // on 6/5 兰考县 is late by 3 days and no longer overdue; the eight others are 5 days overdue
        assertThat(june5.late()).containsExactly(new LateItem("兰考县", WORK_PLAN, DUE, LocalDate.of(2021, 6, 3), 3));
        assertThat(june5.overdue()).hasSize(8).extracting(OverdueItem::county).doesNotContain("兰考县", "通许县");
        assertThat(june5.overdue()).extracting(OverdueItem::daysOverdue).containsOnly(5);
    }
}
