package org.perfgrade.snapshot;

import java.util.Map;
import java.util.Optional;

import org.perfgrade.reference.CityGoal;
import org.perfgrade.reference.Grade;
import org.perfgrade.reference.GradeScheme;
import org.perfgrade.reference.ReferenceData;
import org.perfgrade.reference.TargetMetric;

/**
 * 级别排序: how the counting rules read a grade. A/B-class comes from the grade table (引领性 only while the rules
 * count it); 非引领性 ranks as C; a line never graded (未评级) ranks with C too, so it is never A/B-class and never D,
 * and an enterprise with an A line and an ungraded line at one level is not counted as passed (就低). With
 * {@code neverGradedAsLowest} an ungraded line takes the lowest grade of its industry's scheme instead.
 */
final class GradeRanking {

    private final Map<String, Grade> grades;
    private final ReferenceData data;
    private final CountingRules rules;
    private final int nonLeadingRank;
    private final String countedGrade;

    GradeRanking(ReferenceData data, CountingRules rules) {
        this.data = data;
        this.grades = data.grades();
        this.rules = rules;
        this.nonLeadingRank = Optional.ofNullable(grades.get(rules.nonLeadingRanksAs())).map(Grade::rank)
                .orElseGet(() -> grades.values().stream().filter(g -> !g.abClass()).mapToInt(Grade::rank).min()
                        .orElse(Integer.MAX_VALUE));
        this.countedGrade = data.cityGoals().stream().filter(g -> g.metric() == TargetMetric.COUNT)
                .map(CityGoal::grade).filter(g -> g != null).findFirst().orElse("D");
    }

    /** The grade a line counts with: its grade as of the day, or its scheme's lowest when ungraded and so set. */
    String effective(String grade, String industry, String branch) {
        if (grade != null || !rules.neverGradedAsLowest()) {
            return grade;
        }
        return data.industry(industry).map(i -> i.schemeFor(branch)).map(GradeScheme::lowest).orElse(null);
    }

    /** Rank for taking the lowest grade (larger is lower): 非引领性 and 未评级 rank as C. */
    int rank(String grade) {
        if (grade == null || grade.equals(rules.nonLeadingGrade())) {
            return nonLeadingRank;
        }
        Grade g = grades.get(grade);
        return g == null ? nonLeadingRank : g.rank();
    }

    /** Whether the grade is A/B-class under the rules (A, B, B- and, by default, 引领性). */
    boolean abClass(String grade) {
        Grade g = grade == null ? null : grades.get(grade);
        return g != null && g.abClass() && (!g.leading() || rules.leadingCountsAsAbClass());
    }

    /** Whether the grade is a 绩效引领性 grade. */
    boolean leading(String grade) {
        Grade g = grade == null ? null : grades.get(grade);
        return g != null && g.leading();
    }

    /** Whether the grade is the one the city's count goal counts (D, or a grade counted as D). */
    boolean counted(String grade) {
        Grade g = grade == null ? null : grades.get(grade);
        return g != null && (g.code().equals(countedGrade) || countedGrade.equals(g.countsAs()));
    }

    /** The grade the city's count goal counts (D). */
    String countedGrade() {
        return countedGrade;
    }
}
