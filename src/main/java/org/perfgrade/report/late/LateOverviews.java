package org.perfgrade.report.late;

import java.text.Collator;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToIntFunction;

import org.perfgrade.ingest.ReceivedSubmissions;
import org.perfgrade.ingest.SubmissionKind;
import org.perfgrade.ledger.asof.UnappliedPlan;
import org.perfgrade.ledger.asof.UnappliedPlans;
import org.perfgrade.reference.County;
import org.perfgrade.reference.Deadline;
import org.perfgrade.reference.ReferenceData;
import org.perfgrade.snapshot.LateItem;
import org.perfgrade.snapshot.OverdueItem;
import org.perfgrade.snapshot.Snapshot;

import org.springframework.stereotype.Service;

/**
 * Builds the {@link LateOverview 逾期事项总览} of a day: the overdue and late items as the stored snapshot recorded
 * them (the rules are {@code snapshot.CampaignProgress}'s) and the plans past their 拟完成时间 without an application
 * from the ledger as of the day ({@link UnappliedPlans}), the plans and applications counted from the county files
 * received by the day.
 */
@Service
public class LateOverviews {

    private static final Collator COLLATOR = Collator.getInstance(Locale.CHINA);

    private final ReferenceData reference;
    private final UnappliedPlans plans;
    private final ReceivedSubmissions submissions;

    public LateOverviews(ReferenceData reference, UnappliedPlans plans, ReceivedSubmissions submissions) {
        this.reference = reference;
        this.plans = plans;
        this.submissions = submissions;
    }

    /** The overview of the snapshot's date, city-wide (county null) or of one county. */
    public LateOverview of(Snapshot snapshot, County countyOrNull) {
        return of(snapshot.asOf(), snapshot.overdue(), snapshot.late(), countyOrNull);
    }

    /** The overview of a day from its overdue and late items, city-wide (county null) or of one county. */
    public LateOverview of(LocalDate asOf, List<OverdueItem> overdue, List<LateItem> late, County countyOrNull) {
        List<UnappliedPlan> unapplied = plans.asOf(asOf, countyOrNull == null ? null : countyOrNull.code(),
                ids(SubmissionKind.IMPROVEMENT, asOf, countyOrNull), ids(SubmissionKind.APPLICATION, asOf, countyOrNull));
        return assemble(reference, asOf, overdue, late, unapplied, countyOrNull);
    }

    private List<Long> ids(SubmissionKind kind, LocalDate day, County countyOrNull) {
        List<Long> ids = new ArrayList<>();
        submissions.receivedBy(kind, day).forEach((county, files) -> {
            if (countyOrNull == null || countyOrNull.code().equals(county)) {
                ids.addAll(files.keySet());
            }
        });
        return ids;
    }

    /** The overview from its parts (no database): rows of the scope sorted, tallied per county and per deadline. */
    static LateOverview assemble(ReferenceData reference, LocalDate asOf, List<OverdueItem> overdue,
                                 List<LateItem> late, List<UnappliedPlan> unapplied, County countyOrNull) {
        List<County> scope = reference.counties().stream()
                .filter(c -> countyOrNull == null || c.code().equals(countyOrNull.code()))
                .sorted(Comparator.comparingInt(County::order)).toList();
        Map<String, County> byName = new HashMap<>();
        scope.forEach(c -> byName.put(c.name(), c));
        Map<String, County> byCode = new HashMap<>();
        scope.forEach(c -> byCode.put(c.code(), c));
        Map<String, Deadline> deadlines = new HashMap<>();
        reference.calendar().deadlines().forEach(d -> deadlines.putIfAbsent(d.name(), d));
        Comparator<DeadlineRow> rowOrder = Comparator.comparingInt(DeadlineRow::order)
                .thenComparing(DeadlineRow::due).thenComparing(DeadlineRow::item, COLLATOR);
        List<DeadlineRow> overdueRows = overdue.stream().filter(o -> byName.containsKey(o.county()))
                .map(o -> row(byName.get(o.county()), o.item(), deadlines.get(o.item()), o.due(), null,
                        o.daysOverdue() == null ? (int) ChronoUnit.DAYS.between(o.due(), asOf) : o.daysOverdue()))
                .sorted(rowOrder).toList();
        List<DeadlineRow> lateRows = late.stream().filter(l -> byName.containsKey(l.county()))
                .map(l -> row(byName.get(l.county()), l.item(), deadlines.get(l.item()), l.due(), l.done(),
                        l.daysLate()))
                .sorted(rowOrder).toList();
        List<PlanRow> planRows = unapplied.stream().filter(p -> byCode.containsKey(p.countyCode()))
                .map(p -> new PlanRow(byCode.get(p.countyCode()).name(), byCode.get(p.countyCode()).order(),
                        p.enterprise(), p.creditCode(),
                        p.branch() == null || p.branch().isEmpty() ? p.industry()
                                : p.industry() + "（" + p.branch() + "）",
                        p.currentGrade(), p.targetGrade(), p.plannedCompletion(),
                        (int) ChronoUnit.DAYS.between(p.plannedCompletion(), asOf)))
                .sorted(Comparator.comparingInt(PlanRow::order).thenComparing(PlanRow::plannedCompletion)
                        .thenComparing(PlanRow::enterprise, COLLATOR).thenComparing(PlanRow::industry, COLLATOR))
                .toList();
        List<CountyTally> counties = new ArrayList<>();
        for (County county : scope) {
            counties.add(tally(county.name(),
                    overdueRows.stream().filter(r -> r.county().equals(county.name())).toList(),
                    lateRows.stream().filter(r -> r.county().equals(county.name())).toList(),
                    planRows.stream().filter(r -> r.county().equals(county.name())).toList()));
        }
        CountyTally total = tally(LateTexts.TOTAL, overdueRows, lateRows, planRows);
        return new LateOverview(asOf, countyOrNull, overdueRows, lateRows, planRows, counties, total,
                items(overdueRows, lateRows));
    }

    private static DeadlineRow row(County county, String item, Deadline deadline, LocalDate due, LocalDate done,
                                   int days) {
        return new DeadlineRow(county.name(), county.order(), item, LateTexts.label(item, deadline),
                LateTexts.batch(deadline), due, done, days);
    }

    private static CountyTally tally(String name, List<DeadlineRow> overdue, List<DeadlineRow> late,
                                     List<PlanRow> plans) {
        return new CountyTally(name, overdue.size(), max(overdue, DeadlineRow::days), late.size(),
                max(late, DeadlineRow::days), plans.size(), max(plans, PlanRow::days));
    }

    /** The deadlines with an overdue or late item, by due date then name, with their counts and most days. */
    private static List<ItemTally> items(List<DeadlineRow> overdue, List<DeadlineRow> late) {
        Map<String, DeadlineRow> first = new LinkedHashMap<>();
        overdue.forEach(r -> first.putIfAbsent(r.item(), r));
        late.forEach(r -> first.putIfAbsent(r.item(), r));
        return first.values().stream()
                .sorted(Comparator.comparing(DeadlineRow::due).thenComparing(DeadlineRow::item, COLLATOR))
                .map(r -> {
                    List<DeadlineRow> o = of(overdue, r.item());
                    List<DeadlineRow> l = of(late, r.item());
                    return new ItemTally(r.item(), r.label(), r.batch(), r.due(), o.size(), max(o, DeadlineRow::days),
                            l.size(), max(l, DeadlineRow::days));
                }).toList();
    }

    private static List<DeadlineRow> of(List<DeadlineRow> rows, String item) {
        return rows.stream().filter(r -> r.item().equals(item)).toList();
    }

    private static <T> int max(Collection<T> rows, ToIntFunction<T> days) {
        return rows.stream().mapToInt(days).max().orElse(0);
    }
}
