package org.perfgrade.sample.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import org.perfgrade.reference.Deadline;
import org.perfgrade.reference.Grade;
import org.perfgrade.reference.GradeScheme;
import org.perfgrade.reference.Industry;
import org.perfgrade.reference.ReferenceData;
import org.perfgrade.reference.ReviewCategory;
import org.perfgrade.sample.SampleDataset;
import org.perfgrade.sample.SampleEnterprise;
import org.perfgrade.sample.SampleLedgerLine;
import org.perfgrade.sample.SamplePlan;
import org.perfgrade.sample.ScenarioFiles;

/**
 * 企业行的结局: what the campaign does to each A、B级（含B-级）or 引领性 line of the sample city — every such line is
 * applied for in its review batch; most were graded lower in June (the pre-review grade the June ledger shows) and
 * the province raises them to the model's grade, a few only a round later after the city's 会审 refused them, a few
 * never (the province refuses); the others already held their grade and are only confirmed by county and city. One
 * C line is written D in June and corrected by the city in October. The lines whose 附件2 plan targets an A/B-class
 * or 引领性 grade are applied for too, for the plan's target: most raised by the province, some refused.
 */
final class LineFates {

    /** What happens to an applied line. */
    enum Fate {
        /** Held its grade already; county and city confirm it. */
        CONFIRMED,
        /** Raised by the province in its batch. */
        RAISED,
        /** Refused by the city's 会审, applied again and raised a round later. */
        RAISED_LATER,
        /** Refused by the province; keeps its June grade. */
        REFUSED
    }

    /**
     * An applied line: its enterprise, batch, fate, June grade (null: 未评级) and the grade applied for (申报级别: the
     * model's grade, or the 附件2 plan's target).
     */
    record Applied(SampleEnterprise enterprise, SampleLedgerLine line, int batch, Fate fate, String juneGrade,
                   String grade) {

        String key() {
            return ScenarioFiles.lineKey(line);
        }
    }

    private static final double RAISED_SHARE = 0.6;
    private static final double LATER_SHARE = 0.12;
    private static final double REFUSED_SHARE = 0.06;
    /** The share of 附件2 plan lines the province refuses (they keep their June grade). */
    private static final double PLAN_REFUSED_SHARE = 0.15;

    private final List<Applied> applied = new ArrayList<>();
    private final List<Applied> planned = new ArrayList<>();
    private final Map<Applied, java.time.LocalDate> planDates = new java.util.HashMap<>();
    private final Map<String, String> juneGrades = new LinkedHashMap<>();
    private SampleLedgerLine corrected;

    /** @param fixedPlans the plans a county's corrected 附件2 brings beside the clean ones */
    LineFates(ReferenceData reference, SampleDataset dataset, List<SamplePlan> fixedPlans, Random random) {
        boolean later = false;
        boolean refused = false;
        for (SampleLedgerLine line : dataset.ledgerLines()) {
            SampleEnterprise enterprise = dataset.enterprise(line.creditCode()).orElse(null);
            if (enterprise == null || line.grade() == null) {
                continue;
            }
            Optional<Integer> batch = batch(reference, enterprise, line.industry());
            boolean ab = reference.grade(line.grade()).map(Grade::abClass).orElse(false);
            if (ab && batch.isPresent()) {
                Fate fate = Fate.CONFIRMED;
                String june = line.grade();
                if (random.nextDouble() < RAISED_SHARE) {
                    double r = random.nextDouble();
                    fate = r < LATER_SHARE || !later ? Fate.RAISED_LATER
                            : r < LATER_SHARE + REFUSED_SHARE || !refused ? Fate.REFUSED : Fate.RAISED;
                    later = later || fate == Fate.RAISED_LATER;
                    refused = refused || fate == Fate.REFUSED;
                    june = preReview(reference, line);
                    juneGrades.put(ScenarioFiles.lineKey(line), june);
                }
                applied.add(new Applied(enterprise, line, batch.get(), fate, june, line.grade()));
            } else if (corrected == null && "C".equals(line.grade()) && scheme(reference, line).allows("D")) {
                corrected = line;
                juneGrades.put(ScenarioFiles.lineKey(line), "D");
            }
        }
        plans(reference, dataset, fixedPlans, random);
    }

    /**
     * The 附件2 plans (imported: the clean rows and the ones a corrected list fixed) whose target is an A/B-class or
     * 引领性 grade, on lines not applied for already: applied for in the line's batch, most raised by the province
     * to the target, some refused — always the line the city corrects in October (it keeps its June grade until).
     * A plan for a lower target (C级) is applied for too and only confirmed by county and city.
     */
    private void plans(ReferenceData reference, SampleDataset dataset, List<SamplePlan> fixedPlans, Random random) {
        Map<String, SampleLedgerLine> lines = new LinkedHashMap<>();
        dataset.ledgerLines().forEach(l -> lines.putIfAbsent(ScenarioFiles.lineKey(l), l));
        java.util.Set<String> taken = new java.util.HashSet<>();
        applied.forEach(a -> taken.add(a.key()));
        boolean refused = false;
        List<SamplePlan> imported = new ArrayList<>(dataset.improvementPlans());
        imported.addAll(fixedPlans);
        for (SamplePlan plan : imported) {
            String key = ScenarioFiles.lineKey(plan.creditCode(), plan.industry(), plan.branch());
            SampleLedgerLine line = lines.get(key);
            SampleEnterprise enterprise = dataset.enterprise(plan.creditCode()).orElse(null);
            boolean ab = reference.grade(plan.targetGrade()).map(g -> g.abClass() || g.leading()).orElse(false);
            if (line == null || enterprise == null) {
                continue;
            }
            if (!taken.add(key)) {
                // a line of the model applied for anyway: applied for when its plan is done, if before its batch
                applied.stream().filter(a -> a.key().equals(key)).findFirst()
                        .ifPresent(a -> planDates.putIfAbsent(a, plan.dueDate()));
                continue;
            }
            Optional<Integer> batch = batch(reference, enterprise, line.industry());
            if (batch.isEmpty()) {
                continue;
            }
            if (!ab) {
                // a C-class target: county and city confirm it with the batch, the province has no say
                Applied confirmed = new Applied(enterprise, line, batch.get(), Fate.CONFIRMED,
                        juneGrades.getOrDefault(key, line.grade()), plan.targetGrade());
                planned.add(confirmed);
                planDates.put(confirmed, plan.dueDate());
                continue;
            }
            boolean correctedLine = line == corrected;
            Fate fate = random.nextDouble() < PLAN_REFUSED_SHARE || !refused && planned.size() == 3 || correctedLine
                    ? Fate.REFUSED : Fate.RAISED;
            refused = refused || fate == Fate.REFUSED;
            Applied applied = new Applied(enterprise, line, batch.get(), fate,
                    juneGrades.getOrDefault(key, line.grade()), plan.targetGrade());
            planned.add(applied);
            planDates.put(applied, plan.dueDate());
        }
    }

    /** The lines applied for, in ledger order. */
    List<Applied> applied() {
        return applied;
    }

    /** The 附件2 plan lines applied for (for the plan's target), in plan order. */
    List<Applied> planned() {
        return planned;
    }

    /** The 拟完成时间 of the line's 附件2 plan (null: the line has none). */
    java.time.LocalDate planDate(Applied line) {
        return planDates.get(line);
    }

    /** The June ledger's grades that differ from the model's, by line key (null: 未评级). */
    Map<String, String> juneGrades() {
        return juneGrades;
    }

    /** The line the city corrects in October (written D in June, C in the model), or null. */
    SampleLedgerLine corrected() {
        return corrected;
    }

    /** The batch of a line (保障类 enterprises in the 河南省本地 batch, the others by their industry's category). */
    static Optional<Integer> batch(ReferenceData reference, SampleEnterprise enterprise, String industry) {
        Optional<ReviewCategory> category = enterprise.guaranteeType() != null ? Optional.of(ReviewCategory.HENAN)
                : reference.industry(industry).map(Industry::category);
        return category.flatMap(c -> reference.calendar().reviewBatch(c)).map(Deadline::batch);
    }

    /** The first grade below the line's that is not A/B-class or 引领性; null (未评级) if the scheme has none. */
    private static String preReview(ReferenceData reference, SampleLedgerLine line) {
        List<String> grades = scheme(reference, line).grades();
        for (int i = grades.indexOf(line.grade()) + 1; i < grades.size(); i++) {
            if (!reference.grade(grades.get(i)).map(Grade::abClass).orElse(false)) {
                return grades.get(i);
            }
        }
        return null;
    }

    private static GradeScheme scheme(ReferenceData reference, SampleLedgerLine line) {
        return reference.industry(line.industry()).map(i -> i.schemeFor(line.branch()))
                .orElseGet(() -> new GradeScheme("", List.of()));
    }
}
