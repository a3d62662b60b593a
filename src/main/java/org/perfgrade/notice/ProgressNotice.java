package org.perfgrade.notice;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
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
import org.perfgrade.snapshot.LateItem;
import org.perfgrade.snapshot.OverdueItem;
import org.perfgrade.snapshot.Snapshot;
import org.perfgrade.snapshot.TargetVerdict;
import org.perfgrade.snapshot.facts.CountyFacts;
import org.perfgrade.snapshot.facts.DateFacts;
import org.perfgrade.snapshot.facts.DateFactsCalculator;

import org.springframework.stereotype.Component;

/**
 * 工作进展情况通报: 总体情况, 存在问题 and 下步要求 stated from the date's {@link DateFacts} — the city and county
 * figures, verdicts, ranking and the counties named — and the snapshot's overdue and late items, the ledger's
 * downgrades and the calendar's deadlines. It computes no figure or verdict of its own: each sentence of
 * {@code notices.yml} appears when its {@code when:} holds over the {@link ProgressFact facts} of the date. The
 * ranking table (landscape), the overdue list and the late list are its attachments, referred to by their titles.
 */
@Component
class ProgressNotice {

    private final ReferenceData reference;
    private final NoticeLedgerQuery ledger;
    private final DateFactsCalculator calculator;

    ProgressNotice(ReferenceData reference, NoticeLedgerQuery ledger, DateFactsCalculator calculator) {
        this.reference = reference;
        this.ledger = ledger;
        this.calculator = calculator;
    }

    /** The body and attachments; {@code since} is the start of the downgrade period (exclusive). */
    BodyAndAttachments draft(Snapshot snapshot, LocalDate since, NoticeTemplates.Wording w) {
        return draft(snapshot, since, Downgrades.of(ledger.changes(since, snapshot.asOf()), reference), w);
    }

    /** The same with the downgrades of the period given. */
    BodyAndAttachments draft(Snapshot snapshot, LocalDate since, List<Downgrades.Downgrade> downgrades,
                             NoticeTemplates.Wording w) {
        LocalDate asOf = snapshot.asOf();
        DateFacts facts = calculator.of(snapshot);
        List<OverdueItem> overdue = snapshot.overdue();
        List<LateItem> late = snapshot.late();
        List<Deadline> ahead = reference.calendar().deadlines().stream().filter(d -> d.due().isAfter(asOf)).toList();
        ConditionalBody body = new ConditionalBody(w, ProgressFact.holding(facts, overdue.size(), late.size(),
                downgrades.size(), ahead.size()));

        List<NoticeAttachment> attachments = new ArrayList<>();
        Map<String, String> v = body.values();
        v.put("排名规则", facts.rankingRule());
        attachments.add(CountyRanking.attachment(facts, w.text("rankingTitle"), w.fill("rankingNote", v)));
        if (!overdue.isEmpty()) {
            attachments.add(new NoticeAttachment(w.text("overdueTitle"), List.of("序号", "县区", "事项", "截止日期",
                    "逾期天数"), List.of(7, 15, 43, 22, 13), overdueRows(overdue, asOf)));
        }
        if (!late.isEmpty()) {
            // landscape, so that an item's name and both dates stay on one line
            attachments.add(new NoticeAttachment(w.text("lateTitle"), List.of("序号", "县区", "事项", "截止日期",
                    "完成日期", "逾期天数"), List.of(6, 13, 45, 14, 14, 8), lateRows(late), null, true));
        }
        v.put("排名表", reference(attachments, w.text("rankingTitle")));
        v.put("逾期清单", reference(attachments, w.text("overdueTitle")));
        v.put("逾期完成清单", reference(attachments, w.text("lateTitle")));
        v.put("日期", FigurePhrasing.date(asOf));
        v.put("起始日期", FigurePhrasing.date(since.plusDays(1)));

        body.paragraph("opening");
        body.heading1("overallHeading");
        overall(facts, w, v);
        body.paragraph("overall");
        body.paragraph("noData");
        body.paragraph("dGrade");
        v.put("位居前列县区", FigurePhrasing.list(facts.leaders()));
        v.put("位居前列县区数", String.valueOf(facts.leaders().size()));
        v.put("排名靠后县区", FigurePhrasing.list(facts.trailers()));
        v.put("排名靠后县区数", String.valueOf(facts.trailers().size()));
        body.paragraph("ranking", "leaders", "noLeaders", "trailers");
        body.paragraph("allMet");
        body.paragraph("onTime");
        body.paragraph("noDowngrades");

        body.heading1("problemsHeading");
        v.put("未达标县区数", String.valueOf(facts.missing().size()));
        v.put("未达标县区", FigurePhrasing.list(facts.missing().stream().map(CountyFacts::county).toList()));
        v.put("未达标明细", String.join("；", facts.missing().stream().map(c -> c.county()
                + String.join("、", c.misses().stream().map(CountyRanking::miss).toList())).toList()));
        body.heading2("laggardsHeading", "laggards");
        v.put("逾期县区", FigurePhrasing.list(new LinkedHashSet<>(overdue.stream().map(OverdueItem::county).toList())));
        v.put("逾期事项数", String.valueOf(overdue.size()));
        body.heading2("overdueHeading", "overdue");
        v.put("逾期完成县区", FigurePhrasing.list(new LinkedHashSet<>(late.stream().map(LateItem::county).toList())));
        v.put("逾期完成事项数", String.valueOf(late.size()));
        v.put("最长逾期天数", String.valueOf(late.stream().mapToInt(LateItem::daysLate).max().orElse(0)));
        body.heading2("lateHeading", "late");
        List<String> downgradedEnterprises = Downgrades.byEnterprise(downgrades);
        v.put("降级企业数", String.valueOf(downgradedEnterprises.size()));
        v.put("降级企业", String.join("；", downgradedEnterprises));
        body.heading2("downgradesHeading", "downgrades");

        body.heading1("requirementsHeading");
        if (body.heading2("deadlinesHeading", "deadlines", "deadlinesOverdue", "deadlinesDone")) {
            deadlines(ahead, body);
        }
        body.heading2("catchUpHeading", "catchUpLaggards", "catchUpOverdue");
        body.heading2("assessmentHeading", "assessment");
        return new BodyAndAttachments(body.blocks(), attachments);
    }

    /** "附件2《各县区逾期未完成事项清单》", or empty when the notice has no such attachment. */
    private static String reference(List<NoticeAttachment> attachments, String title) {
        for (int i = 0; i < attachments.size(); i++) {
            if (attachments.get(i).title().equals(title)) {
                return "附件" + (i + 1) + "《" + PrintedTexts.oneLine(title) + "》";
            }
        }
        return "";
    }

    /** The city figures of both levels and the D-grade goal, as the facts have them. */
    private void overall(DateFacts facts, NoticeTemplates.Wording w, Map<String, String> v) {
        CitySnapshot city = facts.city();
        level(v, "国家级", city.level(IndustryLevel.NATIONAL), IndustryLevel.NATIONAL, w);
        level(v, "省级", city.level(IndustryLevel.PROVINCIAL), IndustryLevel.PROVINCIAL, w);
        v.put("D级企业数", String.valueOf(city.dCount()));
        v.put("D级目标情况", facts.dGoalMet() ? w.text("dGoalMet")
                : city.dGoalVerdict() == TargetVerdict.MISSED ? w.fill("dGoalMissed", v) : "");
    }

    /** The city figures of one level, and how it stands against its goal (不考核 without enterprises). */
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
        Map<String, String> g = new java.util.HashMap<>();
        g.put("目标", FigurePhrasing.goal(goal == null ? null : goal.comparison(), l.goalThreshold()));
        String status = switch (l.goalVerdict()) {
            case MET -> w.fill("goalMet", g);
            case NOT_ASSESSED -> w.fill("goalNotAssessed", g);
            case MISSED -> {
                if (l.goalGap() != null) {
                    g.put("差距", String.valueOf(l.goalGap()));
                    yield w.fill("goalMissed", g);
                }
                yield w.fill("goalUnreachable", g);
            }
        };
        v.put(name + "目标情况", status);
    }

    /** 下步要求（一）: the deadlines after the as-of date, one numbered paragraph each. */
    private void deadlines(List<Deadline> ahead, ConditionalBody body) {
        int n = 0;
        for (Deadline d : ahead) {
            Map<String, String> v = body.values();
            v.put("序号", String.valueOf(++n));
            v.put("截止日期", FigurePhrasing.date(d.due()));
            v.put("事项", d.name());
            v.put("阶段", reference.calendar().stages().stream().filter(s -> s.deadlines().contains(d))
                    .map(CampaignStage::name).findFirst().orElse(""));
            body.paragraph("deadline");
        }
    }

    private static List<List<String>> overdueRows(List<OverdueItem> overdue, LocalDate asOf) {
        List<List<String>> rows = new ArrayList<>();
        int n = 0;
        for (OverdueItem item : overdue) {
            int days = item.daysOverdue() != null ? item.daysOverdue() : (int) ChronoUnit.DAYS.between(item.due(), asOf);
            rows.add(List.of(String.valueOf(++n), item.county(), item.item(), FigurePhrasing.date(item.due()),
                    String.valueOf(days)));
        }
        return rows;
    }

    private static List<List<String>> lateRows(List<LateItem> late) {
        List<List<String>> rows = new ArrayList<>();
        int n = 0;
        for (LateItem item : late) {
            rows.add(List.of(String.valueOf(++n), item.county(), item.item(), FigurePhrasing.date(item.due()),
                    FigurePhrasing.date(item.done()), String.valueOf(item.daysLate())));
        }
        return rows;
    }
}
