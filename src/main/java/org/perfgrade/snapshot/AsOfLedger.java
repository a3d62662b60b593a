package org.perfgrade.snapshot;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.perfgrade.ledger.asof.GradeChanges;
import org.perfgrade.ledger.asof.StandingApplications;
import org.perfgrade.ledger.asof.StandingLines;
import org.perfgrade.reference.IndustryLevel;

import org.springframework.stereotype.Repository;

/**
 * 统计日台账: the ledger as it stood at the end of a business day, as the snapshot reads it from the ledger's
 * {@code asof} queries ({@code StandingRule}). A line counts when it was listed by then and not retired on or before
 * the day; "listed by then" is the business date of the file that first listed it ({@code listed_on}), never the wall
 * clock of its import, outside a gap between a retirement and a later listing. Its grade that day is the new grade of
 * its newest event effective and recorded (its file received) on or before the day (null = 未评级). Lines of industries no longer in config are left
 * out. Reads stream their rows.
 */
@Repository
class AsOfLedger {

    private final StandingLines lines;
    private final StandingApplications applications;
    private final GradeChanges history;

    AsOfLedger(StandingLines lines, StandingApplications applications, GradeChanges history) {
        this.lines = lines;
        this.applications = applications;
        this.history = history;
    }

    /** Every line that counts on the day, with its grade that day ({@link StandingLines#forEach}). */
    List<AsOfLine> lines(LocalDate day) {
        List<AsOfLine> standing = new ArrayList<>();
        lines.forEach(day, null, l -> standing.add(new AsOfLine(l.id(), l.enterpriseId(), l.countyCode(),
                IndustryLevel.valueOf(l.industryLevel()), l.industry(), l.branch(), l.grade())));
        return standing;
    }

    /**
     * The applied grade (申报级别) of every application that counts on the day: not retired on or before it, and
     * created or dated (专家意见日期) in the campaign year up to the day.
     */
    Map<Long, String> applications(LocalDate day, int campaignYear) {
        return applications.appliedGrades(day, campaignYear);
    }

    /**
     * The lines whose grade may have changed after {@code after} up to {@code until}: those with a grade event
     * effective in between, with their grade on both days, by line id.
     */
    List<GradeMove> moves(LocalDate after, LocalDate until) {
        return history.moves(after, until).stream().map(m -> new GradeMove(m.lineId(), m.countyCode(),
                m.enterprise(), m.industry(), m.branch(), m.from(), m.to())).toList();
    }

    /** One line's grade on two days. */
    record GradeMove(long lineId, String countyCode, String enterprise, String industry, String branch,
                     String from, String to) {
    }
}
