package org.perfgrade.notice;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.perfgrade.reference.CampaignStage;
import org.perfgrade.reference.CityGoal;
import org.perfgrade.reference.Deadline;
import org.perfgrade.reference.IndustryLevel;
import org.perfgrade.reference.ReferenceData;
import org.perfgrade.reference.TargetMetric;
import org.perfgrade.snapshot.CityLevelShares;
import org.perfgrade.snapshot.CitySnapshot;
import org.perfgrade.snapshot.OverdueItem;
import org.perfgrade.snapshot.Snapshot;

import org.springframework.stereotype.Component;

/**
 * 工作进展情况通报: 总体情况 from the city figures of the as-of date's snapshot against the goals, the county ranking
 * (附件1), 存在问题 (counties missing targets, overdue items — 附件2 —, enterprises downgraded since the previous
 * notice) and 下步要求 with the deadlines still ahead. Every figure is the snapshot's or the ledger's; the wording is
 * {@code notices.yml}'s.
 */
@Component
class ProgressNotice {

    private final ReferenceData reference;
    private final NoticeLedgerQuery ledger;

    ProgressNotice(ReferenceData reference, NoticeLedgerQuery ledger) {
        this.reference = reference;
        this.ledger = ledger;
    }

    /** The body and attachments; {@code since} is the start of the downgrade period (exclusive). */
    BodyAndAttachments draft(Snapshot snapshot, LocalDate since, NoticeTemplates.Wording w) {
        LocalDate asOf = snapshot.asOf();
        Map<String, String> v = new HashMap<>();
        v.put("日期", FigurePhrasing.date(asOf));
        List<BodyBlock> body = new ArrayList<>();
        body.add(BodyBlock.paragraph(w.fill("opening", v)));
        body.add(BodyBlock.heading1(w.text("overallHeading")));
        CitySnapshot city = snapshot.city();
        level(v, "国家级", city.level(IndustryLevel.NATIONAL), IndustryLevel.NATIONAL, w);
        level(v, "省级", city.level(IndustryLevel.PROVINCIAL), IndustryLevel.PROVINCIAL, w);
        body.add(BodyBlock.paragraph(w.fill("overall", v)));
        v.put("D级企业数", String.valueOf(city.dCount()));
        v.put("D级目标情况", city.dGoalMet() == null ? "" : city.dGoalMet() ? w.text("dGoalMet")
                : w.fill("dGoalMissed", v));
        body.add(BodyBlock.paragraph(w.fill("dGrade", v)));
        CountyRanking ranking = CountyRanking.of(snapshot, reference);
        List<List<String>> ends = ranking.ends();
        if (!ends.get(0).isEmpty()) {
            v.put("排名前列县区", FigurePhrasing.list(ends.get(0)));
            v.put("排名靠后县区", FigurePhrasing.list(ends.get(1)));
            body.add(BodyBlock.paragraph(w.fill("ranking", v)));
        }

        body.add(BodyBlock.heading1(w.text("problemsHeading")));
        List<CountyRanking.Ranked> laggards = ranking.ranked().stream().filter(r -> !r.misses().isEmpty())
                .sorted(java.util.Comparator.comparingInt(r -> snapshot.counties().indexOf(r.county()))).toList();
        if (laggards.isEmpty()) {
            body.add(BodyBlock.heading2(w.text("laggardsHeading"), w.text("laggardsNone")));
        }
        else {
            v.put("未达标县区数", String.valueOf(laggards.size()));
            v.put("未达标县区", FigurePhrasing.list(laggards.stream().map(r -> r.county().county()).toList()));
            v.put("未达标明细", String.join("；", laggards.stream()
                    .map(r -> r.county().county() + String.join("、", r.misses())).toList()));
            body.add(BodyBlock.heading2(w.text("laggardsHeading"), w.fill("laggards", v)));
        }
        List<OverdueItem> overdue = snapshot.overdue();
        if (overdue.isEmpty()) {
            body.add(BodyBlock.heading2(w.text("overdueHeading"), w.fill("overdueNone", v)));
        }
        else {
            v.put("逾期县区", FigurePhrasing.list(new LinkedHashSet<>(overdue.stream().map(OverdueItem::county).toList())));
            v.put("逾期事项数", String.valueOf(overdue.size()));
            body.add(BodyBlock.heading2(w.text("overdueHeading"), w.fill("overdue", v)));
        }
        List<Downgrades.Downgrade> downgrades = Downgrades.of(ledger.changes(since, asOf), reference);
        v.put("起始日期", FigurePhrasing.date(since.plusDays(1)));
        if (downgrades.isEmpty()) {
            body.add(BodyBlock.heading2(w.text("downgradesHeading"), w.fill("downgradesNone", v)));
        }
        else {
            v.put("降级企业数", String.valueOf(downgrades.stream().map(d -> d.county() + "/" + d.enterprise())
                    .distinct().count()));
            v.put("降级企业", String.join("；", downgrades.stream().map(Downgrades.Downgrade::text).toList()));
            body.add(BodyBlock.heading2(w.text("downgradesHeading"), w.fill("downgrades", v)));
        }

        body.add(BodyBlock.heading1(w.text("requirementsHeading")));
        deadlines(asOf, w, body);
        body.add(BodyBlock.heading2(w.text("catchUpHeading"), w.text("catchUp")));
        body.add(BodyBlock.heading2(w.text("assessmentHeading"), w.text("assessment")));

        List<NoticeAttachment> attachments = List.of(
                new NoticeAttachment(w.text("rankingTitle"), CountyRanking.COLUMNS, CountyRanking.WIDTHS,
                        ranking.rows()),
                new NoticeAttachment(w.text("overdueTitle"), List.of("序号", "县区", "事项", "截止日期", "逾期天数"),
                        List.of(6, 16, 48, 18, 10), overdueRows(overdue, asOf)));
        return new BodyAndAttachments(body, attachments);
    }

    /** The city figures of one level, and how it stands against its goal. */
    private void level(Map<String, String> v, String name, CityLevelShares l, IndustryLevel level,
                       NoticeTemplates.Wording w) {
        v.put(name + "企业数", String.valueOf(l.counted()));
        v.put(name + "申报数", String.valueOf(l.applied()));
        v.put("全市" + name + "申报占比", FigurePhrasing.percent(l.appliedShare()));
        v.put(name + "通过数", String.valueOf(l.passed()));
        v.put("全市" + name + "通过占比", FigurePhrasing.percent(l.passedShare()));
        v.put("全市" + name + "目标占比", FigurePhrasing.percent(l.goalShare()));
        if (l.goalThreshold() == null) {
            v.put(name + "目标情况", "");
            return;
        }
        CityGoal goal = reference.cityGoals().stream()
                .filter(g -> g.level() == level && g.metric() != TargetMetric.COUNT).findFirst().orElse(null);
        Map<String, String> g = new HashMap<>();
        g.put("目标", FigurePhrasing.goal(goal == null ? null : goal.comparison(), l.goalThreshold()));
        String status;
        if (Boolean.TRUE.equals(l.goalMet())) {
            status = w.fill("goalMet", g);
        }
        else if (l.goalGap() != null) {
            g.put("差距", String.valueOf(l.goalGap()));
            status = w.fill("goalMissed", g);
        }
        else {
            status = w.fill("goalUnreachable", g);
        }
        v.put(name + "目标情况", status);
    }

    /** 下步要求（一）: the deadlines after the as-of date, one numbered paragraph each. */
    private void deadlines(LocalDate asOf, NoticeTemplates.Wording w, List<BodyBlock> body) {
        List<Deadline> ahead = reference.calendar().deadlines().stream().filter(d -> d.due().isAfter(asOf)).toList();
        if (ahead.isEmpty()) {
            body.add(BodyBlock.heading2(w.text("deadlinesHeading"), w.text("deadlinesNone")));
            return;
        }
        body.add(BodyBlock.heading2(w.text("deadlinesHeading"), w.text("deadlines")));
        int n = 0;
        for (Deadline d : ahead) {
            Map<String, String> v = new HashMap<>();
            v.put("序号", String.valueOf(++n));
            v.put("截止日期", FigurePhrasing.date(d.due()));
            v.put("事项", d.name());
            v.put("阶段", reference.calendar().stages().stream().filter(s -> s.deadlines().contains(d))
                    .map(CampaignStage::name).findFirst().orElse(""));
            body.add(BodyBlock.paragraph(w.fill("deadline", v)));
        }
    }

    private static List<List<String>> overdueRows(List<OverdueItem> overdue, LocalDate asOf) {
        List<List<String>> rows = new ArrayList<>();
        int n = 0;
        for (OverdueItem item : overdue) {
            rows.add(List.of(String.valueOf(++n), item.county(), item.item(), FigurePhrasing.date(item.due()),
                    String.valueOf(ChronoUnit.DAYS.between(item.due(), asOf))));
        }
        return rows;
    }
}
