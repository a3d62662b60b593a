package org.perfgrade.ledger.asof;

/**
 * 统计日口径: the one place the rule "standing on a business day" is written. A line, plan or application stands on
 * the day when it was not retired on or before it; a line's grade that day is the new grade of its newest grade event
 * effective on or before the day (the later recorded on a tie; null = 未评级); a line counts as listed by the day
 * when it was recorded before the next day or graded by an event effective by then. The queries of this package
 * (and the ledger's own single-line lookups) build their SQL from these fragments, so the rule cannot drift; the
 * day is the named parameter {@code :day} unless a fragment takes another, and {@code :nextDay} is the start of the
 * next day.
 */
public final class StandingRule {

    private static final String STANDING = "(%1$s.retired_on IS NULL OR %1$s.retired_on > :day)";

    private static final String NEWEST_BY_DAY =
            "(SELECT asof_g.%2$s FROM grade_event asof_g WHERE asof_g.ledger_line_id = %1$s "
            + "AND asof_g.effective_on <= :%3$s ORDER BY asof_g.effective_on DESC, asof_g.id DESC LIMIT 1)";

    private static final String LISTED = "(%1$s.created_at < :nextDay OR EXISTS (SELECT 1 FROM grade_event asof_f "
            + "WHERE asof_f.ledger_line_id = %1$s.id AND asof_f.effective_on <= :day))";

    private StandingRule() {
    }

    /** {@code alias} (a ledger line, plan, application …) was not retired on or before {@code :day}. */
    public static String standing(String alias) {
        return STANDING.formatted(alias);
    }

    /**
     * The grade the line {@code lineId} (an SQL expression: {@code l.id}, {@code :line}) held at the end of the day
     * in the parameter {@code dayParameter}, as a scalar subquery.
     */
    public static String gradeOnDay(String lineId, String dayParameter) {
        return newestByDay("new_grade", lineId, dayParameter);
    }

    /** The id of the line's newest grade event effective on or before {@code :day}, as a scalar subquery. */
    public static String newestEventId(String lineId) {
        return newestByDay("id", lineId, "day");
    }

    /** The line {@code alias} was listed by the end of {@code :day} (recorded before {@code :nextDay} or graded). */
    public static String listed(String alias) {
        return LISTED.formatted(alias);
    }

    private static String newestByDay(String column, String lineId, String dayParameter) {
        return NEWEST_BY_DAY.formatted(lineId, column, dayParameter);
    }
}
