package org.perfgrade.snapshot;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.perfgrade.ingest.ReceivedSubmissions;
import org.perfgrade.ingest.SubmissionKind;
import org.perfgrade.ledger.asof.StandingPlans;
import org.perfgrade.reference.CampaignStage;
import org.perfgrade.reference.County;
import org.perfgrade.reference.Deadline;
import org.perfgrade.reference.ReferenceData;

import org.springframework.stereotype.Component;

/**
 * 工作进度: the stage of the calendar (方案第四部分) on a day and what each county owes and has not done. Dates are
 * business dates in Asia/Shanghai (the zone every stamp is written in); a deadline is overdue from the day after it.
 * <ul>
 * <li>{@code improvement-list} (提升企业清单, 6/14) and {@code expert-register} (专家名单, 7/1): overdue while the
 * county has no submission of that kind (IMPROVEMENT, EXPERT) imported (IMPORTED or PARTIAL) and received by the
 * end of the day; once one arrives, even late, the item is no longer listed.</li>
 * <li>review batches (batch ≥ 1): overdue when the county has active lines of the batch's review category whose
 * active improvement plan (附件2) targets an A/B-class grade and which have no application row at all.</li>
 * </ul>
 * Other deadlines (the work plan, the emergency-reduction list) are the city's or have no submission to check.
 */
@Component
public class CampaignProgress {

    static final String IMPROVEMENT_LIST = "improvement-list";
    static final String EXPERT_REGISTER = "expert-register";

    private final ReceivedSubmissions submissions;
    private final StandingPlans plans;
    private final ReferenceData data;
    private final GradeRanking ranking;

    CampaignProgress(ReceivedSubmissions submissions, StandingPlans plans, ReferenceData data, CountingRules rules) {
        this.submissions = submissions;
        this.plans = plans;
        this.data = data;
        this.ranking = new GradeRanking(data, rules);
    }

    /**
     * 当前阶段: of the stages under way on the day, the first in calendar order (信息公开 overlaps the others and is
     * current only when no other stage is); empty before the first stage and after the last.
     */
    public Optional<CampaignStage> currentStage(LocalDate day) {
        return data.calendar().stages().stream()
                .filter(s -> !day.isBefore(s.from()) && !day.isAfter(s.to()))
                .min(Comparator.comparingInt(CampaignStage::order));
    }

    /** The overdue items on the day, by county (附件1 order), then due date. */
    public List<OverdueItem> overdue(LocalDate day) {
        List<OverdueItem> items = new ArrayList<>();
        List<Deadline> passed = data.calendar().deadlines().stream().filter(d -> d.due().isBefore(day)).toList();
        List<Check> checks = new ArrayList<>();
        List<String> abGrades = data.grades().keySet().stream().filter(ranking::abClass).toList();
        for (Deadline d : passed) {
            if (d.code().equals(IMPROVEMENT_LIST)) {
                checks.add(new Check(d, missingSubmission(SubmissionKind.IMPROVEMENT, day)));
            }
            else if (d.code().equals(EXPERT_REGISTER)) {
                checks.add(new Check(d, missingSubmission(SubmissionKind.EXPERT, day)));
            }
            else if (d.batch() > 0 && d.category() != null) {
                String category = d.category().name();
                checks.add(new Check(d, county -> hasUnappliedPlan(category, county, abGrades, day)));
            }
        }
        for (County county : data.counties()) {
            for (Check check : checks) {
                if (check.counties().test(county.code())) {
                    items.add(new OverdueItem(county.name(), check.deadline().name(), check.deadline().due()));
                }
            }
        }
        return items;
    }

    private Predicate<String> missingSubmission(SubmissionKind kind, LocalDate day) {
        Set<String> submitted = submissions.countiesWith(kind, day);
        return code -> !submitted.contains(code);
    }

    /**
     * Whether the county has an active line of the review category whose active plan targets an A/B-class grade and
     * which has no application by the day: one query per county and category that stops at the first such plan. (A
     * scan of every plan for every category had cost 27 of the 46 seconds of a million-line snapshot: the joins from
     * each plan to its line, enterprise and industry.)
     */
    private boolean hasUnappliedPlan(String category, String county, List<String> abGrades, LocalDate day) {
        if (abGrades.isEmpty()) {
            return false;
        }
        return plans.anyUnapplied(county, category, abGrades, day);
    }

    private record Check(Deadline deadline, Predicate<String> counties) {
    }
}
