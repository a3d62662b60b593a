package org.perfgrade.sample;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.perfgrade.reference.GradeScheme;
import org.perfgrade.reference.Industry;
import org.perfgrade.reference.IndustryBranch;
import org.perfgrade.reference.ReferenceData;

/**
 * 台账行生成: which industries and branches an enterprise runs (weighted toward Kaifeng's common ones, with partner
 * industries for cross-industry enterprises), the grade of each line, and its emissions, products and capacity.
 */
final class SampleLineFactory {

    /** The chance that a line has not been graded (未评级). */
    private static final double UNRATED = 0.18;

    /** An industry and one of its branches (null when it has none): what a ledger line is graded under. */
    record LineSpec(Industry industry, IndustryBranch branch) {

        String branchName() {
            return branch == null ? null : branch.name();
        }

        GradeScheme scheme() {
            return industry.schemeFor(branchName());
        }

        IndustryVocabulary vocabulary() {
            return IndustryVocabularies.forLine(industry, branchName());
        }
    }

    private final ReferenceData reference;
    private final Random random;
    private final List<Industry> industries;
    private final double[] cumulative;

    SampleLineFactory(ReferenceData reference, Random random) {
        this.reference = reference;
        this.random = random;
        this.industries = reference.industries();
        if (industries.isEmpty()) {
            throw new IllegalArgumentException("ReferenceData holds no industries to sample");
        }
        cumulative = new double[industries.size()];
        double sum = 0;
        for (int i = 0; i < industries.size(); i++) {
            Industry industry = industries.get(i);
            sum += IndustryVocabularies.find(industry.name(), null).map(IndustryVocabulary::weight).orElse(0.15);
            cumulative[i] = sum;
        }
    }

    /** Every industry × branch the reference data knows, in config order. */
    List<LineSpec> allSpecs() {
        List<LineSpec> specs = new ArrayList<>();
        for (Industry industry : industries) {
            if (industry.branches().isEmpty()) {
                specs.add(new LineSpec(industry, null));
            } else {
                industry.branches().forEach(b -> specs.add(new LineSpec(industry, b)));
            }
        }
        return specs;
    }

    /** The industries and branches of a new enterprise: one, or two industries for a cross-industry one. */
    List<LineSpec> pickSpecs(boolean crossIndustry) {
        LineSpec primary = pickSpec();
        List<LineSpec> specs = new ArrayList<>(2);
        specs.add(primary);
        if (crossIndustry) {
            Industry partner = partner(primary.industry());
            if (partner != null) {
                specs.add(new LineSpec(partner, pickBranch(partner)));
            }
        } else if (primary.industry().branches().size() > 1 && random.nextDouble() < 0.05) {
            IndustryBranch other = pickBranch(primary.industry());
            if (!other.equals(primary.branch())) {
                specs.add(new LineSpec(primary.industry(), other));
            }
        }
        return specs;
    }

    LineSpec pickSpec() {
        double r = random.nextDouble() * cumulative[cumulative.length - 1];
        int i = 0;
        while (i < cumulative.length - 1 && r >= cumulative[i]) {
            i++;
        }
        Industry industry = industries.get(i);
        return new LineSpec(industry, pickBranch(industry));
    }

    private IndustryBranch pickBranch(Industry industry) {
        List<IndustryBranch> branches = industry.branches();
        if (branches.isEmpty()) {
            return null;
        }
        IndustryVocabulary vocabulary = IndustryVocabularies.find(industry.name(), null).orElse(null);
        double total = 0;
        for (IndustryBranch b : branches) {
            total += vocabulary == null ? 1 : vocabulary.branchWeight(b.name());
        }
        double r = random.nextDouble() * total;
        for (IndustryBranch b : branches) {
            r -= vocabulary == null ? 1 : vocabulary.branchWeight(b.name());
            if (r < 0) {
                return b;
            }
        }
        return branches.get(branches.size() - 1);
    }

    private Industry partner(Industry primary) {
        List<Industry> partners = IndustryVocabularies.find(primary.name(), null)
                .map(v -> v.partners().stream().map(reference::industry).flatMap(java.util.Optional::stream).toList())
                .orElse(List.of());
        if (!partners.isEmpty() && random.nextDouble() < 0.85) {
            return partners.get(random.nextInt(partners.size()));
        }
        for (int attempt = 0; attempt < 20; attempt++) {
            Industry other = pickSpec().industry();
            if (!other.equals(primary)) {
                return other;
            }
        }
        return industries.stream().filter(i -> !i.equals(primary)).findFirst().orElse(null);
    }

    /** A grade of the scheme (the best grade rarer, the lowest a little rarer than the middle), or null: 未评级. */
    String randomGrade(GradeScheme scheme) {
        if (random.nextDouble() < UNRATED) {
            return null;
        }
        List<String> grades = scheme.grades();
        int n = grades.size();
        double total = 0;
        for (int i = 0; i < n; i++) {
            total += gradeWeight(i, n);
        }
        double r = random.nextDouble() * total;
        for (int i = 0; i < n; i++) {
            r -= gradeWeight(i, n);
            if (r < 0) {
                return grades.get(i);
            }
        }
        return grades.get(n - 1);
    }

    private static double gradeWeight(int index, int size) {
        return index == 0 ? 1 : index == size - 1 ? 2 : 3;
    }

    SampleLedgerLine line(String creditCode, LineSpec spec, String grade) {
        IndustryVocabulary v = spec.vocabulary();
        String products = pick(v.products());
        if (v.products().size() > 1 && random.nextDouble() < 0.3) {
            String second = pick(v.products());
            products = second.equals(products) ? products : products + "、" + second;
        }
        String capacity = v.capacity().replace("{c}", String.valueOf(roundNicely(
                v.capacityMin() + random.nextDouble() * (v.capacityMax() - v.capacityMin()))));
        return new SampleLedgerLine(creditCode, spec.industry().name(), spec.branchName(), grade,
                emission(v.so2()), emission(v.nox()), emission(v.pm()), emission(v.vocs()), products, capacity,
                counts(v.lines()));
    }

    private BigDecimal emission(double max) {
        if (max <= 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        double u = random.nextDouble();
        double value = max * (0.03 + 0.97 * u * u);
        return BigDecimal.valueOf(value).setScale(value < 10 ? 3 : 2, RoundingMode.HALF_UP);
    }

    private String counts(String pattern) {
        StringBuilder b = new StringBuilder(pattern.length());
        int from = 0;
        for (int at = pattern.indexOf("{n}"); at >= 0; at = pattern.indexOf("{n}", from)) {
            b.append(pattern, from, at).append(1 + random.nextInt(3));
            from = at + 3;
        }
        return b.append(pattern.substring(from)).toString();
    }

    private static long roundNicely(double value) {
        long v = Math.max(1, Math.round(value));
        long step = 1;
        while (v / step >= 100) {
            step *= 10;
        }
        return Math.max(step, Math.round((double) v / step) * step);
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
