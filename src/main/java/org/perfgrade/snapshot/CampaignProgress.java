package org.perfgrade.snapshot;

import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.perfgrade.ingest.ReceivedSubmissions;
import org.perfgrade.ingest.SubmissionKind;
import org.perfgrade.ledger.asof.StandingPlans;
import org.perfgrade.reference.CampaignStage;
import org.perfgrade.reference.County;
import org.perfgrade.reference.Deadline;
import org.perfgrade.reference.ReferenceData;
import org.perfgrade.reference.ReviewCategory;

import org.springframework.stereotype.Component;

/**
 * 工作进度: the stage of the calendar (方案第四部分) on a day and, per deadline passed and county, whether the county
 * did what it owed on time, late (逾期完成, with the days late) or not yet (逾期, with the days overdue) — never two
 * of these. Dates are business dates in Asia/Shanghai (the zone every stamp is written in); a deadline is overdue
 * from the day after it, and days are calendar days.
 * <ul>
 * <li>{@code work-plan} (县区工作计划及动员部署情况, 5/31), {@code improvement-list} (提升企业清单, 6/14) and
 * {@code expert-register} (专家名单, 7/1): done on the day the county's first submission of that kind (WORK_PLAN,
 * IMPROVEMENT, EXPERT) recorded or applied to the ledger was received — its business date, so a file received
 * after the day never counts on it. A county without a work plan is overdue from 6/1; one received after 5/31 is
 * late.</li>
 * <li>review batches (batch ≥ 1): owed for the county's standing lines of the batch whose standing plan (附件2)
 * targets an A/B-class grade; overdue while one has no application, done on the day the last of those without an
 * application by the deadline had one. The last batch (河南省本地重点行业及保障类企业) holds every line of a 保障类
 * or 民生保障类 enterprise whatever its industry, and the other batches none (as {@code ReviewBatches}).</li>
 * </ul>
 * Other deadlines (the emergency-reduction list) are the city's or have no submission to check.
 */
@Component
public class CampaignProgress {

    static final String WORK_PLAN = "work-plan";
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

    /**
     * The overdue and late items on the day, each by county (附件1 order), then due date, then item (Chinese
     * collation).
     */
    public Deadlines deadlines(LocalDate day) {
        List<Check> checks = checks(day);
        List<OverdueItem> overdue = new ArrayList<>();
        List<LateItem> late = new ArrayList<>();
        List<County> counties = data.counties().stream().sorted(Comparator.comparingInt(County::order)).toList();
        for (County county : counties) {
            for (Check check : checks) {
                Deadline d = check.deadline();
                Optional<LocalDate> done = check.done().apply(county.code());
                if (done.isEmpty()) {
                    overdue.add(OverdueItem.on(day, county.name(), d.name(), d.due()));
                }
                else if (done.get().isAfter(d.due())) {
                    late.add(LateItem.of(county.name(), d.name(), d.due(), done.get()));
                }
            }
        }
        return new Deadlines(overdue, late);
    }

    /** The overdue items on the day (see {@link #deadlines}). */
    public List<OverdueItem> overdue(LocalDate day) {
        return deadlines(day).overdue();
    }

    /** The items done late by the day (see {@link #deadlines}). */
    public List<LateItem> late(LocalDate day) {
        return deadlines(day).late();
    }

    /** The checks of the deadlines passed by the day, by due date, then name. */
    private List<Check> checks(LocalDate day) {
        Collator collator = Collator.getInstance(Locale.CHINA);
        List<Deadline> passed = data.calendar().deadlines().stream().filter(d -> d.due().isBefore(day))
                .sorted(Comparator.comparing(Deadline::due).thenComparing(Deadline::name, collator)).toList();
        Optional<Deadline> guaranteeBatch = data.calendar().reviewBatch(ReviewCategory.HENAN);
        List<String> abGrades = data.grades().keySet().stream().filter(ranking::abClass).toList();
        List<Check> checks = new ArrayList<>();
        Map<String, Map<Long, LocalDate>> planFiles = submissions.receivedBy(SubmissionKind.IMPROVEMENT, day);
        Map<String, Map<Long, LocalDate>> applicationFiles = submissions.receivedBy(SubmissionKind.APPLICATION, day);
        for (Deadline d : passed) {
            if (d.code().equals(WORK_PLAN)) {
                checks.add(new Check(d, received(SubmissionKind.WORK_PLAN, day)));
            }
            else if (d.code().equals(IMPROVEMENT_LIST)) {
                checks.add(new Check(d, received(SubmissionKind.IMPROVEMENT, day)));
            }
            else if (d.code().equals(EXPERT_REGISTER)) {
                checks.add(new Check(d, received(SubmissionKind.EXPERT, day)));
            }
            else if (d.batch() > 0 && d.category() != null) {
                boolean guarantee = guaranteeBatch.filter(d::equals).isPresent();
                checks.add(new Check(d, county -> batchDone(d, guarantee, county, abGrades,
                        planFiles.getOrDefault(county, Map.of()), applicationFiles.getOrDefault(county, Map.of()),
                        day)));
            }
        }
        return checks;
    }

    private Function<String, Optional<LocalDate>> received(SubmissionKind kind, LocalDate day) {
        Map<String, LocalDate> first = submissions.firstReceived(kind, day);
        return code -> Optional.ofNullable(first.get(code));
    }

    /**
     * When the county finished the batch by the day, the plans and applications counting from the business dates of
     * the county's files that brought them ({@code planFiles}, {@code applicationFiles}: received by the day, by id),
     * not from the wall clock of their import: empty while a line of the batch whose plan targets an A/B-class
     * grade has no application (one query per county and batch that stops at the first such plan: a scan of every
     * plan for every category had cost 27 of the 46 seconds of a million-line snapshot); else the day the last line
     * without an application by the deadline had one, or the deadline itself when every line had one by then.
     */
    private Optional<LocalDate> batchDone(Deadline batch, boolean guarantee, String county, List<String> abGrades,
                                          Map<Long, LocalDate> planFiles, Map<Long, LocalDate> applicationFiles,
                                          LocalDate day) {
        if (abGrades.isEmpty()) {
            return Optional.of(batch.due());
        }
        String category = batch.category().name();
        if (plans.anyUnapplied(county, category, guarantee, abGrades, planFiles.keySet(), applicationFiles.keySet(),
                day)) {
            return Optional.empty();
        }
        return Optional.of(plans.lastLateApplication(county, category, guarantee, abGrades, planFiles.keySet(),
                applicationFiles, batch.due(), day).orElse(batch.due()));
    }

    /**
     * 逾期事项与逾期完成事项 of a day.
     *
     * @param overdue owed by a deadline passed and not done by the day
     * @param late    done after the deadline, on or before the day
     */
    public record Deadlines(List<OverdueItem> overdue, List<LateItem> late) {

        public Deadlines {
            overdue = List.copyOf(overdue);
            late = List.copyOf(late);
        }
    }

    /** A deadline and, per county code, the day the county did what it owed (empty: not done by the day). */
    private record Check(Deadline deadline, Function<String, Optional<LocalDate>> done) {
    }
}
