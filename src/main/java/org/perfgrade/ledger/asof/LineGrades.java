package org.perfgrade.ledger.asof;

import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 台账行某日的级别: every ledger line's grade at the end of a business day — the new grade of its newest grade event
 * effective on or before the day and recorded (its file received) by then (by date, then id; null = 未评级), as {@link StandingRule#gradeOnDay} gives it for
 * one line — read for the whole ledger in one scan of the events. Reports over the whole ledger look the grades up
 * here instead of running a grade subquery per line: at a million lines those per-line index lookups made the
 * snapshot and the filing package five to ten times slower per line than at a hundred thousand (the benchmark).
 * Memory: about 80 bytes a line with events.
 */
@Component
public class LineGrades {

    private final JdbcClient jdbc;

    public LineGrades(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The grades on the day of every line with a grade event effective and recorded by then. */
    public OnDay onDay(LocalDate day) {
        Map<Long, Newest> newest = new HashMap<>();
        Map<String, String> grades = new HashMap<>();
        jdbc.sql("SELECT ledger_line_id, effective_on, id, new_grade FROM grade_event WHERE effective_on <= :day "
                + "AND recorded_on <= :day")
                .param("day", day)
                .query((ResultSet rs) -> {
                    String grade = rs.getString("new_grade");
                    Newest event = new Newest(rs.getObject("effective_on", LocalDate.class).toEpochDay(),
                            rs.getLong("id"), grade == null ? null : grades.computeIfAbsent(grade, g -> g));
                    newest.merge(rs.getLong("ledger_line_id"), event, (a, b) -> a.isBefore(b) ? b : a);
                });
        return new OnDay(newest);
    }

    /** The lines' grades on one day. */
    public static final class OnDay {

        private final Map<Long, Newest> newest;

        private OnDay(Map<Long, Newest> newest) {
            this.newest = newest;
        }

        /** Whether the line has a grade event effective and recorded by the day. */
        public boolean graded(long lineId) {
            return newest.containsKey(lineId);
        }

        /** The line's grade on the day; null when it had none (未评级) or no event by then. */
        public String grade(long lineId) {
            Newest event = newest.get(lineId);
            return event == null ? null : event.grade();
        }

        /** Lines with an event by the day. */
        public int size() {
            return newest.size();
        }
    }

    /** A line's newest grade event so far. */
    private record Newest(long epochDay, long id, String grade) {

        boolean isBefore(Newest other) {
            return epochDay < other.epochDay || epochDay == other.epochDay && id < other.id;
        }
    }
}
