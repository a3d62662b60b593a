package org.perfgrade.ledger.review;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.perfgrade.ledger.GradeEventReason;
import org.perfgrade.ledger.GradeEvents;
import org.perfgrade.ledger.GradingRules;
import org.perfgrade.ledger.SubmissionContext;
import org.perfgrade.ledger.write.IndustryRef;
import org.perfgrade.reference.GradeScheme;
import org.perfgrade.reference.ReferenceData;

import org.springframework.stereotype.Component;

/**
 * 省级核定: the last step of the review flow (county review → city 会审 → provincial certification). Only the
 * province's result changes the certified grade: a grade of the line's scheme with its date becomes a REVIEW event
 * effective on that date, and the line's current grade becomes the newest event's. The county's and the city's
 * results are kept on the application only. A review after a violation downgrade restores the grade.
 */
@Component
class ReviewCertification {

    private final GradeEvents events;
    private final ReferenceData reference;

    ReviewCertification(GradeEvents events, ReferenceData reference) {
        this.events = events;
        this.reference = reference;
    }

    /**
     * Records the province's grade for the line unless it was recorded already (a re-imported list); returns whether
     * an event was written.
     */
    boolean certify(long ledgerLineId, IndustryRef industry, ApplicationWriter.Content application,
                    SubmissionContext ctx, LocalDateTime now) {
        String granted = application.provincialResult();
        LocalDate on = application.provincialDate();
        if (granted == null || on == null || !scheme(industry).allows(granted)) {
            return false;
        }
        if (events.exists(ledgerLineId, GradeEventReason.REVIEW, on, granted)) {
            return false;
        }
        String old = events.gradeAsOf(ledgerLineId, on);
        String batch = application.batch() == null ? "" : "第" + application.batch() + "批";
        events.record(new GradeEvents.Event(ledgerLineId, on, old, granted, GradeEventReason.REVIEW,
                "省级核定" + batch + "：" + ctx.source(), note(application)), ctx.asOf(), now);
        events.syncCurrentGrade(ledgerLineId, now);
        return true;
    }

    private GradeScheme scheme(IndustryRef industry) {
        return reference.industry(industry.industry()).map(i -> i.schemeFor(industry.branch()))
                .orElseGet(() -> new GradeScheme("", java.util.List.of()));
    }

    /** 申报A级；县级审核A，专家张三、李四（2021-08-03）；市级会审A；省级核定A（2021-09-10）. */
    private static String note(ApplicationWriter.Content a) {
        StringBuilder note = new StringBuilder("申报").append(GradingRules.gradeName(a.appliedGrade()));
        if (a.countyResult() != null) {
            note.append("；县级审核").append(a.countyResult());
        }
        if (a.experts() != null) {
            note.append("，专家").append(a.experts()).append(a.opinionDate() == null ? "" : "（" + a.opinionDate() + "）");
        }
        if (a.cityResult() != null) {
            note.append("；市级会审").append(a.cityResult());
        }
        return note.append("；省级核定").append(a.provincialResult()).append("（").append(a.provincialDate()).append("）")
                .toString();
    }
}
