package org.perfgrade.sample.scenario;

import java.time.LocalDate;
import java.util.List;

import org.perfgrade.sample.scenario.ExpertPool.Expert;
import org.perfgrade.sample.scenario.LineFates.Applied;

/**
 * 一条申请的经过: the dates on which a line's application moves — applied with the county's pass and the experts'
 * opinion, the city's 会审, the province's certification and the day the county's list carries it — and, for a line
 * the city refused, the second round.
 *
 * @param round2 the second round after the city's refusal, or null
 */
record ApplicationTimeline(Applied line, Round round1, Round round2) {

    /**
     * One round: {@code applied} is the day the county's list first carries the application (county result, experts,
     * opinion dated {@code opinion}); {@code city} the day the list carries the city's result; {@code province} the
     * province's date and {@code provinceListed} the day the list carries it (null: the province does not decide).
     */
    record Round(LocalDate applied, LocalDate opinion, List<Expert> experts, LocalDate city, boolean cityPasses,
                 LocalDate province, LocalDate provinceListed, boolean provincePasses, boolean late) {
    }

    LocalDate firstApplied() {
        return round1.applied();
    }

    /** The round the county's list shows on {@code day}: the second once it was applied, else the first. */
    Round roundOn(LocalDate day) {
        return round2 != null && !round2.applied().isAfter(day) ? round2 : round1;
    }

    /** The days the county's list changes for this line. */
    List<LocalDate> days() {
        java.util.List<LocalDate> days = new java.util.ArrayList<>();
        for (Round r : round2 == null ? List.of(round1) : List.of(round1, round2)) {
            days.add(r.applied());
            days.add(r.city());
            if (r.provinceListed() != null) {
                days.add(r.provinceListed());
            }
        }
        return days;
    }
}
