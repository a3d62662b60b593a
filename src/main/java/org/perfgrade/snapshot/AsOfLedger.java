package org.perfgrade.snapshot;

import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.perfgrade.reference.IndustryLevel;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * 统计日台账: the ledger as it stood at the end of a business day. A line counts when it was listed by then and not
 * retired on or before the day; "listed by then" is {@code created_at} before the next day, or a grade event
 * effective on or before the day (so a ledger imported later with an earlier business date still counts from its
 * date). Its grade that day is the new grade of its newest event effective on or before the day (null = 未评级).
 * Lines of industries no longer in config are left out. Each read is one query, streamed.
 */
@Repository
class AsOfLedger {

    private static final String GRADE_AS_OF = "(SELECT g.new_grade FROM grade_event g WHERE g.ledger_line_id = l.id "
            + "AND g.effective_on <= %s ORDER BY g.effective_on DESC, g.id DESC LIMIT 1)";

    private static final String LISTED = "(l.retired_on IS NULL OR l.retired_on > :day) AND (l.created_at < :nextDay "
            + "OR EXISTS (SELECT 1 FROM grade_event f WHERE f.ledger_line_id = l.id AND f.effective_on <= :day))";

    private final JdbcClient jdbc;

    AsOfLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every line that counts on the day, with its grade that day. */
    List<AsOfLine> lines(LocalDate day) {
        List<AsOfLine> lines = new ArrayList<>();
        jdbc.sql("SELECT l.id, l.enterprise_id, e.county_code, i.industry_level, i.name AS industry, b.name AS branch, "
                + GRADE_AS_OF.formatted(":day") + " AS grade FROM ledger_line l "
                + "JOIN enterprise e ON e.id = l.enterprise_id JOIN industry i ON i.id = l.industry_id "
                + "LEFT JOIN industry_branch b ON b.id = l.branch_id WHERE i.active = TRUE AND " + LISTED)
                .param("day", day).param("nextDay", day.plusDays(1).atStartOfDay())
                .query((ResultSet rs) -> {
                    lines.add(new AsOfLine(rs.getLong("id"), rs.getLong("enterprise_id"), rs.getString("county_code"),
                            IndustryLevel.valueOf(rs.getString("industry_level")), rs.getString("industry"),
                            rs.getString("branch"), rs.getString("grade")));
                });
        return lines;
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
     * effective in between, with their grade on both days.
     */
    List<GradeMove> moves(LocalDate after, LocalDate until) {
        return jdbc.sql("SELECT l.id, e.county_code, e.name AS enterprise, i.name AS industry, b.name AS branch, "
                + GRADE_AS_OF.formatted(":after") + " AS old_grade, " + GRADE_AS_OF.formatted(":until")
                + " AS new_grade FROM ledger_line l JOIN enterprise e ON e.id = l.enterprise_id "
                + "JOIN industry i ON i.id = l.industry_id LEFT JOIN industry_branch b ON b.id = l.branch_id "
                + "WHERE EXISTS (SELECT 1 FROM grade_event m WHERE m.ledger_line_id = l.id AND m.effective_on > :after "
                + "AND m.effective_on <= :until)")
                .param("after", after).param("until", until)
                .query((rs, n) -> new GradeMove(rs.getLong("id"), rs.getString("county_code"),
                        rs.getString("enterprise"), rs.getString("industry"), rs.getString("branch"),
                        rs.getString("old_grade"), rs.getString("new_grade")))
                .list();
    }

    /** One line's grade on two days. */
    record GradeMove(long lineId, String countyCode, String enterprise, String industry, String branch,
                     String from, String to) {
    }
}
