package org.perfgrade.sample;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.perfgrade.reference.County;
import org.perfgrade.reference.GradeScheme;
import org.perfgrade.reference.Industry;
import org.perfgrade.reference.IndustryLevel;
import org.perfgrade.reference.ReferenceData;
import org.perfgrade.sample.SampleLineFactory.LineSpec;

/**
 * 样例生成: builds the whole sample city in one pass (O(n) in the number of enterprises): how many enterprises each
 * county has, a coverage set that makes every grade of every scheme and both industry levels appear, random
 * enterprises (some cross-industry), plans for a share of the lines below the top grade, and the defects.
 */
final class SampleGenerator {

    private static final double PLAN_SHARE = 0.4;
    private static final double CROSS_SHARE = 0.08;
    private static final int MIN_CROSS = 8;
    /** Enterprises drawn at most for one slot while steering a review batch toward its quota. */
    private static final int STEER_ATTEMPTS = 40;

    private final ReferenceData reference;
    private final int totalEnterprises;
    private final Random random;
    private final SampleEnterpriseFactory enterprises;
    private final SampleLineFactory lines;
    private final SamplePlanFactory plans;
    private final boolean defects;
    private final boolean clerkStyle;
    private final BatchQuota quota;
    private long filedInQuota;

    /**
     * @param totalEnterprises 0 for the default of 20–45 enterprises per county
     * @param defects          whether to put in the deliberately bad rows
     * @param quota            steer one review batch toward a number of filed enterprises, or null
     * @param clerkStyle       whether the counties of {@link ClerkStyle#COUNTIES} write their files the way clerks
     *                         fill them (the model stays the same)
     */
    SampleGenerator(ReferenceData reference, long seed, int totalEnterprises, boolean defects, BatchQuota quota,
                    boolean clerkStyle) {
        this.reference = reference;
        this.defects = defects;
        this.clerkStyle = clerkStyle;
        this.quota = quota;
        this.totalEnterprises = totalEnterprises;
        this.random = new Random(seed);
        this.enterprises = new SampleEnterpriseFactory(reference, random);
        this.lines = new SampleLineFactory(reference, random);
        this.plans = new SamplePlanFactory(reference, random);
    }

    SampleDataset generate() {
        List<County> counties = reference.counties();
        if (counties.isEmpty()) {
            throw new IllegalArgumentException("ReferenceData holds no counties to sample");
        }
        int n = counties.size();
        int[] counts = counts(n);
        List<List<Coverage>> coverageByCounty = new ArrayList<>();
        counties.forEach(c -> coverageByCounty.add(new ArrayList<>()));
        List<Coverage> coverage = coverage();
        int offset = random.nextInt(n);
        for (int i = 0; i < coverage.size(); i++) {
            coverageByCounty.get((offset + i) % n).add(coverage.get(i));
        }
        long randomTotal = 0;
        for (int c = 0; c < n; c++) {
            randomTotal += Math.max(0, counts[c] - coverageByCounty.get(c).size());
        }
        long cross = randomTotal < 2 ? 0
                : Math.min(randomTotal / 2, Math.max(MIN_CROSS, Math.round(randomTotal * CROSS_SHARE)));
        long g = 0;
        List<CountyDraft> drafts = new ArrayList<>(n);
        for (int c = 0; c < n; c++) {
            CountyDraft draft = new CountyDraft(counties.get(c), c);
            drafts.add(draft);
            int remaining = Math.max(0, counts[c] - coverageByCounty.get(c).size());
            List<Built> built = new ArrayList<>(remaining + coverageByCounty.get(c).size());
            for (int k = 0; k < remaining; k++, g++) {
                boolean crossIndustry = (g + 1) * cross / randomTotal > g * cross / randomTotal;
                built.add(quota == null ? build(draft.county, lines.pickSpecs(crossIndustry))
                        : steered(draft.county, crossIndustry, g, randomTotal));
            }
            for (Coverage cov : coverageByCounty.get(c)) {
                built.add(random.nextInt(built.size() + 1), buildCoverage(draft.county, cov));
            }
            for (Built b : built) {
                draft.addEnterprise(b.enterprise(), b.lines());
                planFor(draft, b);
            }
            if (draft.planRows.isEmpty()) {
                draft.ledgerRows.stream().filter(r -> plans.eligible(r.line())).findFirst().ifPresent(r ->
                        draft.addPlan(r.enterprise(), r.line(), plans.plan(r.enterprise(), r.line(),
                                draft.industriesOf(r.enterprise().creditCode()))));
            }
        }
        if (defects) {
            new SampleDefectInjector(reference, random, enterprises, lines, plans).inject(drafts);
        }
        return new SampleDatasetAssembler(plans, clerkStyle ? new ClerkStyleFactory(reference, plans.earliestDue()) : null)
                .assemble(drafts);
    }

    private int[] counts(int n) {
        int[] counts = new int[n];
        if (totalEnterprises <= 0) {
            for (int c = 0; c < n; c++) {
                counts[c] = 20 + random.nextInt(26);
            }
            return counts;
        }
        double[] weights = new double[n];
        double sum = 0;
        for (int c = 0; c < n; c++) {
            weights[c] = 0.6 + 0.8 * random.nextDouble();
            sum += weights[c];
        }
        int assigned = 0;
        for (int c = 0; c < n; c++) {
            counts[c] = (int) Math.floor(totalEnterprises * weights[c] / sum);
            assigned += counts[c];
        }
        for (int c = 0; assigned < totalEnterprises; c = (c + 1) % n) {
            counts[c]++;
            assigned++;
        }
        return counts;
    }

    /** One single-line enterprise per grade of each scheme, one unrated, one per industry level not yet covered. */
    private List<Coverage> coverage() {
        Map<GradeScheme, LineSpec> chosen = new LinkedHashMap<>();
        List<LineSpec> all = lines.allSpecs();
        for (LineSpec spec : all) {
            LineSpec current = chosen.get(spec.scheme());
            if (current == null || !hasVocabulary(current) && hasVocabulary(spec)) {
                chosen.put(spec.scheme(), spec);
            }
        }
        List<Coverage> coverage = new ArrayList<>();
        chosen.forEach((scheme, spec) -> scheme.grades().forEach(grade -> coverage.add(new Coverage(spec, grade))));
        coverage.add(new Coverage(chosen.values().iterator().next(), null));
        for (IndustryLevel level : IndustryLevel.values()) {
            boolean covered = chosen.values().stream().anyMatch(s -> s.industry().level() == level);
            if (!covered) {
                all.stream().filter(s -> s.industry().level() == level)
                        .sorted(Comparator.comparing(s -> hasVocabulary(s) ? 0 : 1)).findFirst()
                        .ifPresent(s -> coverage.add(new Coverage(s, s.scheme().grades()
                                .get(random.nextInt(s.scheme().grades().size())))));
            }
        }
        return coverage;
    }

    private static boolean hasVocabulary(LineSpec spec) {
        return IndustryVocabularies.find(spec.industry().name(), spec.branchName()).isPresent();
    }

    private Built build(County county, List<LineSpec> specs) {
        List<Industry> industries = specs.stream().map(LineSpec::industry).distinct().toList();
        SampleEnterprise enterprise = enterprises.create(county, specs.get(0).vocabulary(), industries);
        List<SampleLedgerLine> built = new ArrayList<>(specs.size());
        for (LineSpec spec : specs) {
            built.add(lines.line(enterprise.creditCode(), spec, lines.randomGrade(spec.scheme())));
        }
        return new Built(enterprise, built);
    }

    /**
     * A random enterprise, drawn again (up to {@value #STEER_ATTEMPTS} times) while it does not do what the quota
     * needs: be filed in the quota's batch while the batch is behind its share of the enterprises so far, or not be
     * filed there while it is ahead — so that the batch ends with about {@code quota.enterprises()} filed enterprises,
     * spread over the counties like the rest.
     */
    private Built steered(County county, boolean crossIndustry, long index, long total) {
        boolean wanted = filedInQuota < quota.enterprises() * (index + 1) / total;
        Built candidate = build(county, lines.pickSpecs(crossIndustry));
        for (int attempt = 1; attempt < STEER_ATTEMPTS && filedInQuota(candidate) != wanted; attempt++) {
            enterprises.release(candidate.enterprise()); // a million lines' rejected names would fill the heap
            candidate = build(county, lines.pickSpecs(crossIndustry));
        }
        if (filedInQuota(candidate)) {
            filedInQuota++;
        }
        return candidate;
    }

    private boolean filedInQuota(Built built) {
        return SampleReviewBatches.filedIn(reference, built.enterprise(), built.lines(), quota.batch());
    }

    private Built buildCoverage(County county, Coverage coverage) {
        LineSpec spec = coverage.spec();
        SampleEnterprise enterprise = enterprises.create(county, spec.vocabulary(), List.of(spec.industry()));
        return new Built(enterprise, List.of(lines.line(enterprise.creditCode(), spec, coverage.grade())));
    }

    /** Plans for about 40 % of the plannable lines; a cross-industry enterprise gets at least one when it can. */
    private void planFor(CountyDraft draft, Built built) {
        List<String> industries = draft.industriesOf(built.enterprise().creditCode());
        SampleLedgerLine firstEligible = null;
        boolean any = false;
        for (SampleLedgerLine line : built.lines()) {
            if (!plans.eligible(line)) {
                continue;
            }
            firstEligible = firstEligible == null ? line : firstEligible;
            if (random.nextDouble() < PLAN_SHARE) {
                draft.addPlan(built.enterprise(), line, plans.plan(built.enterprise(), line, industries));
                any = true;
            }
        }
        if (!any && industries.size() > 1 && firstEligible != null) {
            draft.addPlan(built.enterprise(), firstEligible, plans.plan(built.enterprise(), firstEligible, industries));
        }
    }

    /** About {@code enterprises} filed enterprises (A、B级 or 引领性 lines) in review batch {@code batch}. */
    record BatchQuota(int batch, long enterprises) {
    }

    private record Coverage(LineSpec spec, String grade) {
    }

    private record Built(SampleEnterprise enterprise, List<SampleLedgerLine> lines) {
    }
}
