package org.perfgrade.snapshot;

import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.perfgrade.ledger.LineGrades;
import org.perfgrade.reference.IndustryLevel;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * 统计日台账: the ledger as it stood at the end of a business day. A line counts when it was listed by then and not
 * retired on or before the day; "listed by then" is {@code created_at} before the next day, or a grade event
 * effective on or before the day (so a ledger imported later with an earlier business date still counts from its
 * date). Its grade that day is the new grade of its newest event effective on or before the day (null = 未评级).
 * Lines of industries no longer in config are left out. Reads stream their rows.
 */
@Repository
class AsOfLedger {

    private static final String GRADE_AS_OF = "(SELECT g.new_grade FROM grade_event g WHERE g.ledger_line_id = l.id "
            + "AND g.effective_on <= %s ORDER BY g.effective_on DESC, g.id DESC LIMIT 1)";

    private static final int LOOKUP_BATCH = 1_000;

    private final JdbcClient jdbc;
    private final LineGrades lineGrades;

    AsOfLedger(JdbcClient jdbc, LineGrades lineGrades) {
        this.jdbc = jdbc;
        this.lineGrades = lineGrades;
    }

    /**
     * Every line that counts on the day, with its grade that day: the grades from {@link LineGrades} (one scan of the
     * events), then one scan of the lines, instead of a grade subquery per line.
     */
    List<AsOfLine> lines(LocalDate day) {
        LineGrades.OnDay grades = lineGrades.onDay(day);
        Map<String, String> texts = new HashMap<>();
        List<AsOfLine> lines = new ArrayList<>();
        jdbc.sql("SELECT l.id, l.enterprise_id, e.county_code, i.industry_level, i.name AS industry, b.name AS branch, "
                + "l.created_at < :nextDay AS created_by_day FROM ledger_line l "
                + "JOIN enterprise e ON e.id = l.enterprise_id JOIN industry i ON i.id = l.industry_id "
                + "LEFT JOIN industry_branch b ON b.id = l.branch_id WHERE i.active = TRUE "
                + "AND (l.retired_on IS NULL OR l.retired_on > :day)")
                .param("day", day).param("nextDay", day.plusDays(1).atStartOfDay())
                .query((ResultSet rs) -> {
                    long id = rs.getLong("id");
                    if (!grades.graded(id) && !rs.getBoolean("created_by_day")) {
                        return; // listed later than the day, with no grade effective by then
                    }
                    lines.add(new AsOfLine(id, rs.getLong("enterprise_id"), shared(texts, rs.getString("county_code")),
                            IndustryLevel.valueOf(rs.getString("industry_level")),
                            shared(texts, rs.getString("industry")), shared(texts, rs.getString("branch")),
                            grades.grade(id)));
                });
        return lines;
    }

    /** One copy of each distinct text (the driver makes a new string per row; a million lines share a few hundred). */
    private static String shared(Map<String, String> texts, String text) {
        return text == null ? null : texts.computeIfAbsent(text, t -> t);
    }

    /**
     * The applied grade (申报级别) of every application that counts on the day: not retired on or before it, and
     * created or dated (专家意见日期) in the campaign year up to the day.
     */
    Map<Long, String> applications(LocalDate day, int campaignYear) {
        LocalDate yearStart = LocalDate.of(campaignYear, 1, 1);
        LocalDate last = day.isBefore(LocalDate.of(campaignYear, 12, 31)) ? day : LocalDate.of(campaignYear, 12, 31);
        Map<Long, String> applied = new HashMap<>();
        jdbc.sql("SELECT a.ledger_line_id, a.applied_grade FROM grade_application a WHERE a.applied_grade IS NOT NULL "
                + "AND (a.retired_on IS NULL OR a.retired_on > :day) "
                + "AND ((a.created_at >= :yearStart AND a.created_at < :end) "
                + "OR (a.opinion_date >= :yearStartDay AND a.opinion_date <= :last))")
                .param("day", day).param("yearStart", yearStart.atStartOfDay()).param("yearStartDay", yearStart)
                .param("end", last.plusDays(1).atStartOfDay()).param("last", last)
                .query((ResultSet rs) -> {
                    applied.put(rs.getLong(1), rs.getString(2));
                });
        return applied;
    }

    /**
     * The lines whose grade may have changed after {@code after} up to {@code until}: those with a grade event
     * effective in between, with their grade on both days. The events are found by one scan; only their lines (few
     * between two nightly snapshots) are looked up, a thousand at a time.
     */
    List<GradeMove> moves(LocalDate after, LocalDate until) {
        List<Long> moved = jdbc.sql("SELECT DISTINCT ledger_line_id FROM grade_event WHERE effective_on > :after "
                + "AND effective_on <= :until").param("after", after).param("until", until).query(Long.class).list();
        List<GradeMove> moves = new ArrayList<>();
        for (int from = 0; from < moved.size(); from += LOOKUP_BATCH) {
            moves.addAll(jdbc.sql("SELECT l.id, e.county_code, e.name AS enterprise, i.name AS industry, "
                    + "b.name AS branch, " + GRADE_AS_OF.formatted(":after") + " AS old_grade, "
                    + GRADE_AS_OF.formatted(":until") + " AS new_grade FROM ledger_line l "
                    + "JOIN enterprise e ON e.id = l.enterprise_id JOIN industry i ON i.id = l.industry_id "
                    + "LEFT JOIN industry_branch b ON b.id = l.branch_id WHERE l.id IN (:ids)")
                    .param("after", after).param("until", until)
                    .param("ids", moved.subList(from, Math.min(moved.size(), from + LOOKUP_BATCH)))
                    .query((rs, n) -> new GradeMove(rs.getLong("id"), rs.getString("county_code"),
                            rs.getString("enterprise"), rs.getString("industry"), rs.getString("branch"),
                            rs.getString("old_grade"), rs.getString("new_grade")))
                    .list());
        }
        moves.sort(java.util.Comparator.comparingLong(GradeMove::lineId));
        return moves;
    }

    /** One line's grade on two days. */
    record GradeMove(long lineId, String countyCode, String enterprise, String industry, String branch,
                     String from, String to) {
    }
}
