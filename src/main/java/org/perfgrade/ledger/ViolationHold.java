package org.perfgrade.ledger;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.perfgrade.ledger.facts.LedgerIssue;
import org.perfgrade.ledger.facts.LedgerIssueType;
import org.perfgrade.reference.Grade;
import org.perfgrade.reference.ReferenceData;

import org.springframework.stereotype.Component;

/**
 * 违法降级的保持: a line downgraded after a violation keeps that grade until a new review (or a city correction) —
 * "仅可通过重新评审恢复". A county ledger that reports a better grade meanwhile does not raise it. The hold is read
 * from the history: the newest VIOLATION, REVIEW or CORRECTION event is a VIOLATION.
 */
@Component
public class ViolationHold {

    private static final List<GradeEventReason> DECIDING = List.of(GradeEventReason.VIOLATION,
            GradeEventReason.REVIEW, GradeEventReason.CORRECTION);

    private final GradeEvents events;
    private final ReferenceData reference;

    ViolationHold(GradeEvents events, ReferenceData reference) {
        this.events = events;
        this.reference = reference;
    }

    /** The grade the line is held at since a violation, or empty when no violation holds it. */
    public Optional<Held> held(long ledgerLineId) {
        return events.newest(ledgerLineId, DECIDING)
                .filter(e -> GradeEventReason.VIOLATION.name().equals(e.reason()))
                .map(e -> new Held(e.newGrade(), e.oldGrade(), e.effectiveOn()));
    }

    /** {@link #held} for many lines (at most a chunk's worth) in one query: the lines held, by line id. */
    public Map<Long, Held> heldAll(Collection<Long> ledgerLineIds) {
        Map<Long, Held> held = new HashMap<>();
        events.newestOf(ledgerLineIds, DECIDING).forEach((line, e) -> {
            if (GradeEventReason.VIOLATION.name().equals(e.reason())) {
                held.put(line, new Held(e.newGrade(), e.oldGrade(), e.effectiveOn()));
            }
        });
        return held;
    }

    /** Whether {@code grade} is better than {@code than} (null, 未评级, or an unknown grade never is). */
    public boolean raises(String grade, String than) {
        Optional<Integer> a = reference.grade(grade).map(Grade::rank);
        Optional<Integer> b = reference.grade(than).map(Grade::rank);
        return a.isPresent() && b.isPresent() && a.get() < b.get();
    }

    /** The warning for a county ledger row whose better grade was not taken. */
    public static LedgerIssue warning(Held held, String reported) {
        return LedgerIssue.of(LedgerIssueType.GRADE_HELD_AFTER_VIOLATION, "该企业因环境违法问题（" + held.since() + "）已由"
                + GradingRules.gradeName(held.before()) + "降为" + GradingRules.gradeName(held.grade())
                + "，须重新评审后方可恢复；本行报送的" + GradingRules.gradeName(reported) + "未予采用，级别仍为"
                + GradingRules.gradeName(held.grade()) + "，本行其他内容已登记");
    }

    /**
     * A violation's hold.
     *
     * @param grade  the grade the violation set
     * @param before the grade before it
     * @param since  the day the violation was found
     */
    public record Held(String grade, String before, LocalDate since) {
    }
}
