package org.perfgrade.ingest.held;

import org.perfgrade.ingest.SubmissionStatus;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * 待市局确认的报送: files held because they would retire much of what their county holds (status {@code HELD}), the
 * city's decision on them ({@code CONFIRMED} then imported, or {@code REJECTED}), and older held files of the same
 * county and kind a newer file supersedes ({@code SUPERSEDED}).
 */
@Repository
public class HeldSubmissions {

    /** A held file as the city's list shows it. */
    public record Held(long id, String fileName, String countyCode, String kind, LocalDate receivedOn,
                       int rowsTotal, int rowsAccepted, String reason) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    public HeldSubmissions(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Every held file, oldest first. */
    public List<Held> held() {
        return jdbc.sql("SELECT id, file_name, county_code, kind, received_on, rows_total, rows_accepted, message "
                + "FROM submission WHERE status = :held ORDER BY id").param("held", SubmissionStatus.HELD.name())
                .query((rs, n) -> new Held(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, LocalDate.class), rs.getInt(6), rs.getInt(7), rs.getString(8)))
                .list();
    }

    /** Whether a later file of the county and kind was imported or held: the submission is no longer the newest. */
    public boolean newerExists(long id, String countyCode, String kind) {
        return jdbc.sql("SELECT COUNT(*) FROM submission WHERE county_code = :county AND kind = :kind AND id > :id "
                + "AND status IN (:statuses)").param("statuses", SubmissionStatus.names(List.of(SubmissionStatus.IMPORTED,
                        SubmissionStatus.HELD, SubmissionStatus.CONFIRMED)))
                .param("county", countyCode).param("kind", kind).param("id", id).query(Long.class).single() > 0;
    }

    /** Marks the county's older held files of the kind superseded by this one; returns how many. */
    public int supersedeOlder(long id, String countyCode, String kind) {
        return jdbc.sql("UPDATE submission SET status = :superseded, message = :message, finished_at = :at "
                + "WHERE county_code = :county AND kind = :kind AND id < :id AND status = :held")
                .param("superseded", SubmissionStatus.SUPERSEDED.name()).param("held", SubmissionStatus.HELD.name())
                .param("message", "已被同一县区、同一类型的较新报送文件（报送编号 " + id + "）取代，未再处理")
                .param("at", LocalDateTime.now(clock)).param("county", countyCode).param("kind", kind)
                .param("id", id).update();
    }

    /** Who decided on the submission, null when nobody did. */
    public String decidedBy(long id) {
        List<String> by = jdbc.sql("SELECT decided_by FROM submission WHERE id = :id").param("id", id)
                .query((rs, n) -> rs.getString(1)).list();
        return by.isEmpty() ? null : by.get(0);
    }

    /**
     * Records the city's decision on a held file: {@code CONFIRMED} (its import runs next) or {@code REJECTED};
     * false when the file is no longer held (decided meanwhile, superseded).
     */
    public boolean decide(long id, SubmissionStatus status, String message, String decidedBy) {
        return jdbc.sql("UPDATE submission SET status = :status, message = :message, decided_by = :by, "
                + "decided_at = :at, finished_at = :at WHERE id = :id AND status = :held")
                .param("held", SubmissionStatus.HELD.name())
                .param("status", status.name()).param("message", message).param("by", decidedBy)
                .param("at", LocalDateTime.now(clock)).param("id", id).update() == 1;
    }
}
