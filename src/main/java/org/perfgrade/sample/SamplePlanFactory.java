package org.perfgrade.sample;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.perfgrade.reference.Deadline;
import org.perfgrade.reference.Grade;
import org.perfgrade.reference.GradeScheme;
import org.perfgrade.reference.Industry;
import org.perfgrade.reference.ReferenceData;
import org.perfgrade.reference.ReviewCategory;
import org.perfgrade.sample.IndustryVocabulary.Upgrade;

/**
 * 提升计划生成: for a ledger line below the top grade of its scheme, a better target grade (mostly an A/B-class or
 * 引领性 one), the industry's upgrade texts, a due date before the industry's review batch and the 备注 that names an
 * enterprise's other industries (附件2 note 4).
 */
final class SamplePlanFactory {

    private final ReferenceData reference;
    private final Random random;
    private final int year;
    private final Map<String, Industry> industries = new HashMap<>();
    private final Map<String, GradeScheme> schemes = new HashMap<>();

    SamplePlanFactory(ReferenceData reference, Random random) {
        this.reference = reference;
        this.random = random;
        this.year = reference.calendar() == null ? 2021 : reference.calendar().year();
        reference.industries().forEach(i -> industries.putIfAbsent(i.name(), i));
    }

    /** The first day a plan may be due: 1 July of the campaign year. */
    LocalDate earliestDue() {
        return LocalDate.of(year, 7, 1);
    }

    int year() {
        return year;
    }

    /** The scheme that grades a line, from the reference data. */
    GradeScheme scheme(SampleLedgerLine line) {
        return schemes.computeIfAbsent(line.industry() + "|" + line.branch(), key -> industry(line.industry())
                .schemeFor(line.branch()));
    }

    private Industry industry(String name) {
        Industry industry = industries.get(name);
        if (industry == null) {
            throw new IllegalStateException("unknown industry " + name);
        }
        return industry;
    }

    /** Whether a line can be improved: unrated, or below the best grade of its scheme. */
    boolean eligible(SampleLedgerLine line) {
        GradeScheme scheme = scheme(line);
        return scheme.grades().size() > 1 && (line.grade() == null || scheme.grades().indexOf(line.grade()) > 0);
    }

    /** A plan for an eligible line of the enterprise, whose industries are given in ledger order. */
    SamplePlan plan(SampleEnterprise enterprise, SampleLedgerLine line, List<String> enterpriseIndustries) {
        Industry industry = industry(line.industry());
        List<Upgrade> upgrades = IndustryVocabularies.forLine(industry, line.branch()).upgrades();
        Upgrade upgrade = upgrades.get(random.nextInt(upgrades.size()));
        return new SamplePlan(enterprise.countyCode(), enterprise.creditCode(), enterprise.name(), line.industry(),
                line.branch(), line.grade(), targetGrade(scheme(line), line.grade()), upgrade.indicator(),
                upgrade.problem(), upgrade.measure(), dueDate(industry, enterprise), remark(line.industry(),
                enterpriseIndustries));
    }

    private String targetGrade(GradeScheme scheme, String current) {
        List<String> grades = scheme.grades();
        int limit = current == null ? grades.size() - 1 : grades.indexOf(current);
        List<String> better = grades.subList(0, Math.max(1, limit));
        List<String> abClass = new ArrayList<>();
        for (String g : better) {
            if (reference.grade(g).map(x -> x.abClass() || x.leading()).orElse(false)) {
                abClass.add(g);
            }
        }
        List<String> choice = !abClass.isEmpty() && random.nextDouble() < 0.85 ? abClass : better;
        return choice.get(random.nextInt(choice.size()));
    }

    /** Between 1 July and the review batch of the industry (保障类 enterprises: the Henan batch), at most 30 Sept. */
    private LocalDate dueDate(Industry industry, SampleEnterprise enterprise) {
        LocalDate from = earliestDue();
        LocalDate to = LocalDate.of(year, 9, 30);
        ReviewCategory category = enterprise.guaranteeType() != null ? ReviewCategory.HENAN : industry.category();
        if (reference.calendar() != null && category != null) {
            LocalDate batch = reference.calendar().reviewBatch(category).map(Deadline::due).orElse(to);
            if (batch.isAfter(from.plusDays(14)) && batch.isBefore(to)) {
                to = batch;
            }
        }
        return from.plusDays(random.nextInt((int) ChronoUnit.DAYS.between(from, to) + 1));
    }

    private static String remark(String industry, List<String> enterpriseIndustries) {
        List<String> others = enterpriseIndustries.stream().filter(i -> !i.equals(industry)).distinct().toList();
        return others.isEmpty() ? null : "同时涉及：" + String.join("、", others);
    }

    /** The rank of a grade for sorting (unknown grades last). */
    int rank(String grade) {
        return reference.grade(grade).map(Grade::rank).orElse(Integer.MAX_VALUE);
    }

    /** The config order of an industry for sorting (unknown industries last). */
    int order(String industry) {
        Industry known = industries.get(industry);
        return known == null ? Integer.MAX_VALUE : known.order();
    }
}
