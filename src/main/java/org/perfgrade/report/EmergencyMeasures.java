package org.perfgrade.report;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.perfgrade.reference.Grade;
import org.perfgrade.reference.GradeScheme;
import org.perfgrade.reference.ReferenceData;

/**
 * 应急减排措施表: the per-industry, per-grade measures of the heavy-pollution-weather emergency-reduction list, with
 * the general default for every industry (or grade) without its own rule. A line that was never graded (未评级) takes
 * the measures of the lowest grade of its industry's scheme (D, or 非引领性): an enterprise that has not shown better
 * performance is controlled as the worst performer, as the guide's practice for ungraded enterprises.
 *
 * @param source   where the measures were read from (file location, for the list's notes)
 * @param defaults the general default by grade
 * @param rules    the industries' own rules, in the order of the file
 */
public record EmergencyMeasures(String source, EmergencyMeasureRule defaults, List<EmergencyMeasureRule> rules) {

    public EmergencyMeasures {
        Objects.requireNonNull(defaults, "defaults");
        rules = List.copyOf(rules);
    }

    /**
     * The measures a line takes.
     *
     * @param rule      the rule the measures came from (the default when the industry has none for the grade)
     * @param grade     the grade the measures are for (the scheme's lowest for an ungraded line)
     * @param ungraded  the line had no grade on the day
     * @param measures  the three alert levels' measures
     */
    public record Applied(EmergencyMeasureRule rule, String grade, boolean ungraded, AlertMeasures measures) {

        /** Whether the general default was used (通用默认措施, not an official industry rule). */
        public boolean usedDefault() {
            return rule.isDefault();
        }
    }

    /**
     * The measures for a line of an industry and branch (null: none) holding a grade (null: 未评级). The branch's
     * own rule comes first, then the industry's rule without branch, then the default.
     */
    public Applied forLine(ReferenceData reference, String industry, String branch, String grade) {
        String effective = grade;
        if (grade == null) {
            effective = reference.industry(industry).map(i -> i.schemeFor(branch)).map(GradeScheme::lowest)
                    .orElse(lowestOfDefault(reference));
        }
        String key = effective;
        EmergencyMeasureRule rule = find(industry, branch)
                .filter(r -> r.grades().containsKey(key))
                .orElse(defaults);
        AlertMeasures measures = rule.measures(key).orElseThrow(() -> new IllegalStateException(
                "no emergency measures for grade " + key + " (the reader checks that the default covers every grade)"));
        return new Applied(rule, key, grade == null, measures);
    }

    private Optional<EmergencyMeasureRule> find(String industry, String branch) {
        if (branch != null) {
            for (EmergencyMeasureRule rule : rules) {
                if (industry.equals(rule.industry()) && branch.equals(rule.branch())) {
                    return Optional.of(rule);
                }
            }
        }
        return rules.stream().filter(r -> industry.equals(r.industry()) && r.branch() == null).findFirst();
    }

    /** The worst-ranked grade of the vocabulary that the default covers (for a line of an unknown industry). */
    private String lowestOfDefault(ReferenceData reference) {
        return reference.grades().values().stream().filter(g -> defaults.grades().containsKey(g.code()))
                .max(Comparator.comparingInt(Grade::rank))
                .map(Grade::code).orElseThrow();
    }
}
