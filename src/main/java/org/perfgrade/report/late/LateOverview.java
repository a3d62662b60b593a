package org.perfgrade.report.late;

import java.time.LocalDate;
import java.util.List;

import org.perfgrade.reference.County;

/**
 * 逾期事项总览 of a day, city-wide or for one county: every item overdue on the day with its days overdue, every item
 * done late with its days late (kept on every later day), the enterprises past their own 拟完成时间 in 附件2 without
 * an application, and their tallies per county (附件1 order, 合计 last) and per deadline (review batch). What the
 * briefing summarises and 《逾期事项清单》 lists in full.
 *
 * @param county null for the city-wide overview
 */
public record LateOverview(LocalDate asOf, County county, List<DeadlineRow> overdue, List<DeadlineRow> late,
                           List<PlanRow> plans, List<CountyTally> counties, CountyTally total, List<ItemTally> items) {

    public LateOverview {
        overdue = List.copyOf(overdue);
        late = List.copyOf(late);
        plans = List.copyOf(plans);
        counties = List.copyOf(counties);
        items = List.copyOf(items);
    }
}
