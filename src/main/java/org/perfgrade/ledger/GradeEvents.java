package org.perfgrade.ledger;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.perfgrade.ledger.asof.StandingRule;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * 绩效级别变更记录: writes changes of ledger lines' grades into the history — the county ledger's changes effective
 * on the submission's business date, and reviews, violation downgrades and corrections on their own dates. Callers
 * record only real changes (or, for a review, one event per certification), so a restarted import adds nothing.
 * After an event dated in the past, {@link #syncCurrentGrade} makes the line's grade the newest event's again.
 */
@Repository
public class GradeEvents {

    /** The reason of changes reported in a county's lists. */
    static final String COUNTY_LEDGER = GradeEventReason.COUNTY_LEDGER.name();

    /** What {@code source} holds at most. */
    static final int SOURCE_LENGTH = 300;

    /** What {@code note} holds at most. */
    static final int NOTE_LENGTH = 1000;

    private static final String INSERT = "INSERT INTO grade_event (ledger_line_id, effective_on, recorded_at, "
            + "recorded_on, old_grade, new_grade, reason, source, note) "
            + "VALUES (:line, :effective, :now, :recorded, :old, :new, :reason, :source, :note)";

    private static final String NEWEST = "SELECT id, ledger_line_id, effective_on, old_grade, new_grade, reason, "
            + "source, note FROM grade_event WHERE ledger_line_id = :line ";

    private final NamedParameterJdbcTemplate jdbc;
    private final JdbcClient client;

    GradeEvents(NamedParameterJdbcTemplate jdbc, JdbcClient client) {
        this.jdbc = jdbc;
        this.client = client;
    }

    public void record(long ledgerLineId, String oldGrade, String newGrade, SubmissionContext ctx, String note,
                LocalDateTime now) {
        recordAll(List.of(new Change(ledgerLineId, oldGrade, newGrade, note)), ctx, now);
    }

    /** Writes a chunk's changes in one batch. */
    public void recordAll(List<Change> changes, SubmissionContext ctx, LocalDateTime now) {
        if (changes.isEmpty()) {
            return;
        }
        SqlParameterSource[] params = changes.stream().map(c -> new MapSqlParameterSource()
                .addValue("line", c.ledgerLineId()).addValue("effective", ctx.asOf()).addValue("now", now)
                .addValue("recorded", ctx.asOf())
                .addValue("old", c.oldGrade()).addValue("new", c.newGrade()).addValue("reason", COUNTY_LEDGER)
                .addValue("source", ctx.source()).addValue("note", c.note()))
                .toArray(SqlParameterSource[]::new);
        jdbc.batchUpdate(INSERT, params);
    }

    /**
     * One event of any reason, effective on its own date and recorded on it (a correction the city makes for a day);
     * source and note are cut to what the columns hold.
     */
    public void record(Event e, LocalDateTime now) {
        record(e, e.effectiveOn(), now);
    }

    /**
     * As {@link #record(Event, LocalDateTime)}, recorded on the business date {@code recordedOn} (the day the file
     * that brought it was received): it counts on a day only when both dates are on or before it.
     */
    public void record(Event e, LocalDate recordedOn, LocalDateTime now) {
        jdbc.update(INSERT, new MapSqlParameterSource().addValue("line", e.ledgerLineId())
                .addValue("effective", e.effectiveOn()).addValue("now", now).addValue("recorded", recordedOn)
                .addValue("old", e.oldGrade())
                .addValue("new", e.newGrade()).addValue("reason", e.reason().name())
                .addValue("source", cut(e.source(), SOURCE_LENGTH)).addValue("note", cut(e.note(), NOTE_LENGTH)));
    }

    /** Whether the line already has an event of this reason, date and new grade (a re-imported review). */
    public boolean exists(long ledgerLineId, GradeEventReason reason, LocalDate effectiveOn, String newGrade) {
        return client.sql("SELECT COUNT(*) FROM grade_event WHERE ledger_line_id = :line AND reason = :reason "
                + "AND effective_on = :day AND " + (newGrade == null ? "new_grade IS NULL" : "new_grade = :grade"))
                .param("line", ledgerLineId).param("reason", reason.name()).param("day", effectiveOn)
                .param("grade", newGrade).query(Long.class).single() > 0;
    }

    /** The newest event of the line (latest effective date, the later recorded on a tie), if any. */
    public Optional<GradeEventView> newest(long ledgerLineId) {
        return client.sql(NEWEST + "ORDER BY effective_on DESC, id DESC LIMIT 1").param("line", ledgerLineId)
                .query(GradeEvents::map).optional();
    }

    /** The newest event of one of the reasons. */
    public Optional<GradeEventView> newest(long ledgerLineId, List<GradeEventReason> reasons) {
        return client.sql(NEWEST + "AND reason IN (:reasons) ORDER BY effective_on DESC, id DESC LIMIT 1")
                .param("line", ledgerLineId).param("reasons", reasons.stream().map(Enum::name).toList())
                .query(GradeEvents::map).optional();
    }

    /**
     * The newest event of one of the reasons for each of the lines (at most a chunk's worth) that has one, by line:
     * {@link #newest(long, List)} for many lines in one query.
     */
    Map<Long, GradeEventView> newestOf(Collection<Long> ledgerLineIds, List<GradeEventReason> reasons) {
        Map<Long, GradeEventView> newest = new HashMap<>();
        if (ledgerLineIds.isEmpty()) {
            return newest;
        }
        Comparator<GradeEventView> order = Comparator.comparing(GradeEventView::effectiveOn)
                .thenComparingLong(GradeEventView::id);
        client.sql(NEWEST.replace("ledger_line_id = :line", "ledger_line_id IN (:lines)") + "AND reason IN (:reasons)")
                .param("lines", List.copyOf(ledgerLineIds)).param("reasons", reasons.stream().map(Enum::name).toList())
                .query(GradeEvents::map).list()
                .forEach(e -> newest.merge(e.ledgerLineId(), e, (a, b) -> order.compare(a, b) >= 0 ? a : b));
        return newest;
    }

    /**
     * The grade in effect for the line on a day (null = 未评级) by every event recorded so far, also those received
     * after the day ({@link StandingRule#gradeEffectiveOn}): the old grade of a review or a downgrade dated that day.
     */
    public String gradeAsOf(long ledgerLineId, LocalDate day) {
        return client.sql("SELECT " + StandingRule.gradeEffectiveOn(":line", "day") + " FROM grade_event "
                + "WHERE ledger_line_id = :line LIMIT 1").param("line", ledgerLineId).param("day", day)
                .query((rs, n) -> Optional.ofNullable(rs.getString(1))).optional().flatMap(g -> g).orElse(null);
    }

    /** Sets the line's current grade to its newest event's; returns that grade. */
    public String syncCurrentGrade(long ledgerLineId, LocalDateTime now) {
        Optional<GradeEventView> newest = newest(ledgerLineId);
        if (newest.isEmpty()) {
            return null;
        }
        String grade = newest.get().newGrade();
        String current = client.sql("SELECT grade FROM ledger_line WHERE id = :id").param("id", ledgerLineId)
                .query((rs, n) -> Optional.ofNullable(rs.getString(1))).single().orElse(null);
        if (!java.util.Objects.equals(current, grade)) {
            client.sql("UPDATE ledger_line SET grade = :grade, updated_at = :now WHERE id = :id")
                    .param("grade", grade).param("now", now).param("id", ledgerLineId).update();
        }
        return grade;
    }

    private static String cut(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }

    private static GradeEventView map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new GradeEventView(rs.getLong("id"), rs.getLong("ledger_line_id"),
                rs.getObject("effective_on", LocalDate.class), rs.getString("old_grade"), rs.getString("new_grade"),
                rs.getString("reason"), rs.getString("source"), rs.getString("note"));
    }

    /** One change of a line's grade (null = 未评级). */
    public record Change(long ledgerLineId, String oldGrade, String newGrade, String note) {
    }

    /** An event with its own date, reason and source (a review, a violation, a correction). */
    public record Event(long ledgerLineId, LocalDate effectiveOn, String oldGrade, String newGrade, GradeEventReason reason,
                 String source, String note) {
    }
}
