package org.perfgrade.ledger.violation;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.perfgrade.ledger.GradeEventReason;
import org.perfgrade.ledger.GradeEventView;
import org.perfgrade.ledger.GradeEvents;
import org.perfgrade.ledger.GradingRules;
import org.perfgrade.ledger.SubmissionContext;
import org.perfgrade.ledger.ViolationHold;
import org.perfgrade.ledger.facts.ViolationType;
import org.perfgrade.reference.Grade;
import org.perfgrade.reference.GradeScheme;
import org.perfgrade.reference.ReferenceData;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 违法降级 (section 三(六) of the plan: every violator "实行降级处理"): on a violation of a type the rule lists
 * ({@link GradingRules}, default 超标排放、偷排偷放、污染治理设施不正常运行), every active line of the enterprise drops
 * from its grade on the day found to the grade the downgrade table gives ({@link DowngradeMapping}, default A、B、B-
 * → C, 引领性 → 非引领性, C → D; a scheme without that grade gives its best grade not better than it) by a VIOLATION
 * event effective that day. A grade the table keeps (D, 非引领性) and a line never graded stay as they are; the
 * enterprise is credit-listed all the same. A line is downgraded once per day found: applying the same violation
 * again (a restart, a later list reporting it again) or another violation found the same day finds the line's
 * VIOLATION event of that day and writes nothing — without this a C line downgraded to D would be read as C again.
 */
@Component
class ViolationDowngrade {

    private final JdbcClient jdbc;
    private final GradeEvents events;
    private final ViolationHold hold;
    private final ReferenceData reference;
    private final GradingRules.ViolationDowngrade rule;
    private final DowngradeMapping mapping;

    ViolationDowngrade(JdbcClient jdbc, GradeEvents events, ViolationHold hold, ReferenceData reference,
                       GradingRules rules, DowngradeMapping mapping) {
        this.jdbc = jdbc;
        this.events = events;
        this.hold = hold;
        this.reference = reference;
        this.rule = rules.violationDowngrade();
        this.mapping = mapping;
    }

    /** Whether violations of the type are listed for the credit platform and downgrade. */
    boolean triggeredBy(ViolationType type) {
        return rule.triggeredBy(type);
    }

    /** Downgrades the enterprise's lines for one violation; returns how many lines were downgraded. */
    int apply(long enterpriseId, ViolationType type, LocalDate foundOn, String document, SubmissionContext ctx,
              LocalDateTime now) {
        if (!rule.triggeredBy(type)) {
            return 0;
        }
        String source = "环境违法问题：" + type.label() + (document == null || document.isEmpty() ? "" : "（" + document
                + "）") + "；" + ctx.source();
        int downgraded = 0;
        for (Line line : activeLines(enterpriseId)) {
            if (downgradedOn(line.id(), foundOn)) {
                continue;
            }
            String before = events.gradeAsOf(line.id(), foundOn);
            Optional<String> mapped = mapping.target(before);
            if (mapped.isEmpty()) {
                continue;
            }
            String target = target(line, mapped.get());
            if (!hold.raises(before, target)) {
                continue;
            }
            events.record(new GradeEvents.Event(line.id(), foundOn, before, target, GradeEventReason.VIOLATION, source,
                    note(type, foundOn, before, target)), ctx.asOf(), now);
            catchUp(line.id(), foundOn, target, source, ctx.asOf(), now);
            events.syncCurrentGrade(line.id(), now);
            downgraded++;
        }
        return downgraded;
    }

    /**
     * A violation reported after a county ledger that is newer than the day it was found: that ledger's better grade
     * would otherwise stay current, so the downgrade is repeated on that ledger's date (unless a review or correction
     * came after the violation).
     */
    private void catchUp(long lineId, LocalDate foundOn, String target, String source, LocalDate recordedOn,
                         LocalDateTime now) {
        Optional<GradeEventView> newest = events.newest(lineId);
        if (newest.isEmpty() || !newest.get().effectiveOn().isAfter(foundOn)
                || !GradeEventReason.COUNTY_LEDGER.name().equals(newest.get().reason())
                || !hold.raises(newest.get().newGrade(), target) || hold.held(lineId).isEmpty()) {
            return;
        }
        GradeEventView later = newest.get();
        events.record(new GradeEvents.Event(lineId, later.effectiveOn(), later.newGrade(), target,
                GradeEventReason.VIOLATION, source, "违法问题发现于 " + foundOn + "，此后县区清单台账报送的"
                + GradingRules.gradeName(later.newGrade()) + "未予采用，须重新评审后方可恢复"), recordedOn, now);
    }

    /** The table's grade, or the best grade of the line's scheme not better than it. */
    private String target(Line line, String mapped) {
        GradeScheme scheme = reference.industry(line.industry()).map(i -> i.schemeFor(line.branch())).orElse(null);
        if (scheme == null || scheme.allows(mapped)) {
            return mapped;
        }
        int floor = reference.grade(mapped).map(Grade::rank).orElseThrow();
        return scheme.grades().stream()
                .filter(g -> reference.grade(g).map(Grade::rank).orElse(Integer.MAX_VALUE) >= floor)
                .findFirst().orElse(scheme.lowest());
    }

    /** Whether a violation already downgraded the line with effect from the day. */
    private boolean downgradedOn(long lineId, LocalDate day) {
        return jdbc.sql("SELECT COUNT(*) FROM grade_event WHERE ledger_line_id = :line AND reason = :reason "
                + "AND effective_on = :day").param("line", lineId).param("reason", GradeEventReason.VIOLATION.name())
                .param("day", day).query(Long.class).single() > 0;
    }

    private List<Line> activeLines(long enterpriseId) {
        return jdbc.sql("SELECT l.id, i.name, b.name FROM ledger_line l JOIN industry i ON i.id = l.industry_id "
                + "LEFT JOIN industry_branch b ON b.id = l.branch_id WHERE l.enterprise_id = :enterprise "
                + "AND l.retired_on IS NULL ORDER BY i.display_order, l.branch_key").param("enterprise", enterpriseId)
                .query((rs, n) -> new Line(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
    }

    private static String note(ViolationType type, LocalDate foundOn, String before, String target) {
        return type.label() + "（" + foundOn + " 发现）：由" + GradingRules.gradeName(before) + "降为"
                + GradingRules.gradeName(target) + "，纳入信用信息共享平台；须重新评审后方可恢复";
    }

    private record Line(long id, String industry, String branch) {
    }
}
