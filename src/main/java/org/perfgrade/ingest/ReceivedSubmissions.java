package org.perfgrade.ingest;

import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * 已报送情况: which counties have filed what, for the stages after intake (the campaign's overdue items) that must not
 * read intake's tables themselves.
 */
@Repository
public class ReceivedSubmissions {

    private final JdbcClient jdbc;

    ReceivedSubmissions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The counties with a submission of the kind applied to the ledger ({@link SubmissionStatus#APPLIED}) and
     * received by the end of the day: its business date on or before the day, or, without one, received before the
     * next day.
     */
    public Set<String> countiesWith(SubmissionKind kind, LocalDate day) {
        return new HashSet<>(jdbc.sql("SELECT DISTINCT county_code FROM submission WHERE kind = :kind "
                + "AND status IN (:statuses) AND county_code IS NOT NULL "
                + "AND (received_on <= :day OR (received_on IS NULL AND received_at < :nextDay))")
                .param("kind", kind.name()).param("statuses", SubmissionStatus.names(SubmissionStatus.APPLIED))
                .param("day", day).param("nextDay", day.plusDays(1).atStartOfDay())
                .query(String.class).list());
    }

    /**
     * For each county with a submission of the kind applied to the ledger and received by the end of the day (as
     * {@link #countiesWith}), the day its first such submission was received: its business date, or without one the
     * day of its receipt.
     */
    public Map<String, LocalDate> firstReceived(SubmissionKind kind, LocalDate day) {
        Map<String, LocalDate> first = new HashMap<>();
        jdbc.sql("SELECT county_code, MIN(CASE WHEN received_on IS NULL THEN CAST(received_at AS DATE) "
                + "ELSE received_on END) FROM submission WHERE kind = :kind "
                + "AND status IN (:statuses) AND county_code IS NOT NULL "
                + "AND (received_on <= :day OR (received_on IS NULL AND received_at < :nextDay)) GROUP BY county_code")
                .param("kind", kind.name()).param("statuses", SubmissionStatus.names(SubmissionStatus.APPLIED))
                .param("day", day).param("nextDay", day.plusDays(1).atStartOfDay())
                .query((ResultSet rs) -> {
                    first.put(rs.getString(1), rs.getObject(2, LocalDate.class));
                });
        return first;
    }

    /**
     * Per county, its submissions of the kind applied to the ledger and received by the end of the day (as
     * {@link #countiesWith}), by id, with the day each counts as received (as {@link #firstReceived}): the ledger
     * stamps what a file brought with the wall clock of its import, and these business dates say when it counts.
     */
    public Map<String, Map<Long, LocalDate>> receivedBy(SubmissionKind kind, LocalDate day) {
        Map<String, Map<Long, LocalDate>> received = new HashMap<>();
        jdbc.sql("SELECT county_code, id, CASE WHEN received_on IS NULL THEN CAST(received_at AS DATE) "
                + "ELSE received_on END FROM submission WHERE kind = :kind "
                + "AND status IN (:statuses) AND county_code IS NOT NULL "
                + "AND (received_on <= :day OR (received_on IS NULL AND received_at < :nextDay))")
                .param("kind", kind.name()).param("statuses", SubmissionStatus.names(SubmissionStatus.APPLIED))
                .param("day", day).param("nextDay", day.plusDays(1).atStartOfDay())
                .query((ResultSet rs) -> {
                    received.computeIfAbsent(rs.getString(1), c -> new HashMap<>())
                            .put(rs.getLong(2), rs.getObject(3, LocalDate.class));
                });
        return received;
    }
}
