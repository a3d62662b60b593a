package org.perfgrade.sample.scenario;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.perfgrade.reference.County;

/**
 * 动员部署与对标提升阶段的报送日程: when each county sends its 工作计划及动员部署情况 (by 5/31, one county in early
 * June), its 清单台账 and 附件2 (附件2 due 6/14: two counties late, one a few days and one about two weeks; one
 * county sends a corrected 附件2 a few days after its first) and its 专家（第三方）名单 (by 7/1, one county late).
 */
final class EarlyTimetable {

    private final Map<LocalDate, List<Delivery>> deliveries = new TreeMap<>();
    private final County lateWorkPlan;
    private final List<County> lateImprovementLists;
    private final County correcting;
    private final County lateExperts;

    /**
     * @param correctable the counties whose 附件2 holds a bad row a corrected list can fix
     */
    EarlyTimetable(ScenarioCalendar calendar, List<County> counties, List<County> correctable, Random random) {
        int n = counties.size();
        lateWorkPlan = counties.get(random.nextInt(n));
        List<County> shuffled = new ArrayList<>(counties);
        java.util.Collections.shuffle(shuffled, random);
        lateImprovementLists = List.of(shuffled.get(0), shuffled.get(1));
        lateExperts = shuffled.get(2);
        County fixer = null;
        for (County c : shuffled.subList(2, n)) {
            if (correctable.contains(c)) {
                fixer = c;
                break;
            }
        }
        correcting = fixer;
        LocalDate improvementDue = calendar.due("improvement-list");
        LocalDate workPlanDue = calendar.due("work-plan");
        LocalDate expertDue = calendar.due("expert-register");
        for (County county : counties) {
            LocalDate workPlan = county.equals(lateWorkPlan)
                    ? calendar.between(random, workPlanDue.plusDays(1), workPlanDue.plusDays(4))
                    : calendar.between(random, ScenarioCalendar.FIRST, workPlanDue);
            add(workPlan, new Delivery.WorkPlan(county));
            LocalDate list;
            if (county.equals(lateImprovementLists.get(0))) {
                list = calendar.between(random, improvementDue.plusDays(2), improvementDue.plusDays(4));
            } else if (county.equals(lateImprovementLists.get(1))) {
                list = calendar.between(random, improvementDue.plusDays(11), improvementDue.plusDays(15));
            } else {
                list = calendar.between(random, LocalDate.of(2021, 6, 1), improvementDue.minusDays(3));
            }
            LocalDate ledger = calendar.between(random, LocalDate.of(2021, 6, 1), list);
            add(ledger, new Delivery.Ledger(county));
            add(list, new Delivery.ImprovementList(county, 1));
            if (county.equals(correcting)) {
                add(calendar.plus(list, 3 + random.nextInt(3)), new Delivery.ImprovementList(county, 2));
            }
            LocalDate experts = county.equals(lateExperts)
                    ? calendar.between(random, expertDue.plusDays(4), expertDue.plusDays(8))
                    : calendar.between(random, expertDue.minusDays(12), expertDue);
            add(experts, new Delivery.Experts(county));
        }
    }

    private void add(LocalDate day, Delivery delivery) {
        deliveries.computeIfAbsent(day, d -> new ArrayList<>()).add(delivery);
    }

    /** The deliveries by day. */
    Map<LocalDate, List<Delivery>> deliveries() {
        return deliveries;
    }

    County lateWorkPlan() {
        return lateWorkPlan;
    }

    /** The county a few days late with its 附件2, then the one about two weeks late. */
    List<County> lateImprovementLists() {
        return lateImprovementLists;
    }

    /** The county sending a corrected 附件2, or null when no county's list has a bad row to fix. */
    County correcting() {
        return correcting;
    }

    County lateExperts() {
        return lateExperts;
    }
}
