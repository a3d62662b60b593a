package org.perfgrade.ledger.asof;

/**
 * 统计日口径: the one place the rule "standing on a business day" is written. Every date here is a business date (the
 * day a county file was received, the day a grade takes effect), never the wall clock of an import: the campaign
 * replay imports a whole year's files in one session. A line, plan or application stands on the day when it was not
 * retired on or before it; a line's grade that day is the new grade of its newest grade event effective on or before
 * the day and recorded (received) on or before it (the later recorded on a tie; null = 未评级); a line counts as
 * listed by the day when the file that first listed it was received by then ({@code listed_on}) and the day does not
 * fall between a retirement and the file that listed it again ({@code unlisted_from} … {@code relisted_on}). An
 * application counts from the day its first file was received ({@code recorded_on}). So a file received after the
 * day never shows in the day's figures, however late they are computed. The queries of this package (and the
 * ledger's own single-line lookups) build their SQL from these fragments, so the rule cannot drift; the day is the
 * named parameter {@code :day} unless a fragment takes another.
 */
public final class StandingRule {

    private static final String STANDING = "(%1$s.retired_on IS NULL OR %1$s.retired_on > :day)";

    private static final String NEWEST_BY_DAY =
            "(SELECT asof_g.%2$s FROM grade_event asof_g WHERE asof_g.ledger_line_id = %1$s "
            + "AND asof_g.effective_on <= :%3$s AND asof_g.recorded_on <= :%3$s ORDER BY asof_g.effective_on DESC, asof_g.id DESC LIMIT 1)";

    private static final String NEWEST_EFFECTIVE =
            "(SELECT asof_g.new_grade FROM grade_event asof_g WHERE asof_g.ledger_line_id = %1$s "
            + "AND asof_g.effective_on <= :%2$s ORDER BY asof_g.effective_on DESC, asof_g.id DESC LIMIT 1)";

    private static final String LISTED = "(%1$s.listed_on <= :day AND (%1$s.relisted_on IS NULL "
            + "OR %1$s.relisted_on <= :day OR %1$s.unlisted_from > :day))";

    private static final String RECORDED = "%1$s.recorded_on <= :day";

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

    /**
     * The grade in effect on the day by everything recorded so far, whenever received: what a writer compares a new
     * event with (a review received today dated last month, a violation found last week), never a figure as of a day.
     */
    public static String gradeEffectiveOn(String lineId, String dayParameter) {
        return NEWEST_EFFECTIVE.formatted(lineId, dayParameter);
    }

    /** The id of the line's newest grade event effective on or before {@code :day}, as a scalar subquery. */
    public static String newestEventId(String lineId) {
        return newestByDay("id", lineId, "day");
    }

    /**
     * The line {@code alias} was listed on {@code :day}: its first file received by then, and the day not between a
     * retirement and the file that listed it again.
     */
    public static String listed(String alias) {
        return LISTED.formatted(alias);
    }

    /** The grade event or application {@code alias} was recorded (its file received) by the end of {@code :day}. */
    public static String recorded(String alias) {
        return RECORDED.formatted(alias);
    }

    private static String newestByDay(String column, String lineId, String dayParameter) {
        return NEWEST_BY_DAY.formatted(lineId, column, dayParameter);
    }
}
