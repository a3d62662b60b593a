package org.perfgrade.ledger.asof;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * 级别变动: what changed in the grades between two business days, for the snapshot's changes since the last one and
 * the notices of a period.
 */
@Repository
public class GradeChanges {

    private static final int LOOKUP_BATCH = 1_000;

    private final JdbcClient jdbc;

    /**
     * An event {@code g} that counts on {@code :until} and did not on {@code :after}: effective and recorded by
     * {@code :until}, and effective or recorded after {@code :after} (a review received today with an earlier
     * provincial date changes today's grade, not a past day's).
     */
    private static final String BECAME_VISIBLE = "g.effective_on <= :until AND g.recorded_on <= :until "
            + "AND (g.effective_on > :after OR g.recorded_on > :after)";

    GradeChanges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The lines whose grade may have changed after {@code after} up to {@code until}: those with a grade event
     * effective or recorded in between, with their grade on both days ({@link StandingRule#gradeOnDay}), by line id. The events
     * are found by one scan; only their lines (few between two nightly snapshots) are looked up, a thousand at a
     * time.
     */
    public List<GradeMove> moves(LocalDate after, LocalDate until) {
        List<Long> moved = jdbc.sql("SELECT DISTINCT ledger_line_id FROM grade_event g WHERE "
                + BECAME_VISIBLE).param("after", after).param("until", until).query(Long.class).list();
        List<GradeMove> moves = new ArrayList<>();
        for (int from = 0; from < moved.size(); from += LOOKUP_BATCH) {
            moves.addAll(jdbc.sql("SELECT l.id, e.county_code, e.name AS enterprise, i.name AS industry, "
                    + "b.name AS branch, " + StandingRule.gradeOnDay("l.id", "after") + " AS old_grade, "
                    + StandingRule.gradeOnDay("l.id", "until") + " AS new_grade FROM ledger_line l "
                    + "JOIN enterprise e ON e.id = l.enterprise_id JOIN industry i ON i.id = l.industry_id "
                    + "LEFT JOIN industry_branch b ON b.id = l.branch_id WHERE l.id IN (:ids)")
                    .param("after", after).param("until", until)
                    .param("ids", moved.subList(from, Math.min(moved.size(), from + LOOKUP_BATCH)))
                    .query((rs, n) -> new GradeMove(rs.getLong("id"), rs.getString("county_code"),
                            rs.getString("enterprise"), rs.getString("industry"), rs.getString("branch"),
                            rs.getString("old_grade"), rs.getString("new_grade")))
                    .list());
        }
        moves.sort(Comparator.comparingLong(GradeMove::lineId));
        return moves;
    }

    /**
     * Every grade event that came to count after {@code after} up to {@code until} (effective or recorded in
     * between, both by {@code until}), oldest effective first.
     */
    public List<GradeChange> changes(LocalDate after, LocalDate until) {
        return jdbc.sql("SELECT g.id, g.ledger_line_id, g.effective_on, g.old_grade, g.new_grade, g.reason, "
                + "e.county_code, e.name AS enterprise, e.credit_code, i.name AS industry FROM grade_event g "
                + "JOIN ledger_line l ON l.id = g.ledger_line_id JOIN enterprise e ON e.id = l.enterprise_id "
                + "JOIN industry i ON i.id = l.industry_id WHERE " + BECAME_VISIBLE + " "
                + "ORDER BY g.effective_on, g.id")
                .param("after", after).param("until", until)
                .query((rs, n) -> new GradeChange(rs.getLong("id"), rs.getLong("ledger_line_id"),
                        rs.getObject("effective_on", LocalDate.class), rs.getString("old_grade"),
                        rs.getString("new_grade"), rs.getString("reason"), rs.getString("county_code"),
                        rs.getString("enterprise"), rs.getString("credit_code"), rs.getString("industry")))
                .list();
    }
}
