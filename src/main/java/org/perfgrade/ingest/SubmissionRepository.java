package org.perfgrade.ingest;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.perfgrade.ingest.header.SkippedRow;
import org.perfgrade.ingest.problem.Problem;
import org.perfgrade.ingest.problem.ProblemCode;
import org.perfgrade.ingest.problem.ProblemLevel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** 报送登记: the submission rows and the problems found in them. */
@Repository
public class SubmissionRepository {

    /** A submission as registered. */
    public record Submission(long id, String sha256, String fileName, String countyCode, String kind, SubmissionStatus status,
                             int rowsTotal, int rowsAccepted, int rowsRejected, int rowsWarned, String message) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    public SubmissionRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The first submission of these bytes, whichever county sent them. */
    public Optional<Submission> findBySha(String sha256) {
        return jdbc.sql("SELECT id, sha256, file_name, county_code, kind, status, rows_total, rows_accepted, "
                + "rows_rejected, rows_warned, message FROM submission WHERE sha256 = :sha ORDER BY id")
                .param("sha", sha256).query(SubmissionRepository::map).stream().findFirst();
    }

    /**
     * The submission of these bytes taken in for the county ({@code countyKey}: the county code known before the
     * import, "" when none was): duplicates are per county.
     */
    public Optional<Submission> findByCountyAndSha(String countyKey, String sha256) {
        return jdbc.sql("SELECT id, sha256, file_name, county_code, kind, status, rows_total, rows_accepted, "
                + "rows_rejected, rows_warned, message FROM submission WHERE county_key = :county AND sha256 = :sha")
                .param("county", countyKey == null ? "" : countyKey).param("sha", sha256)
                .query(SubmissionRepository::map).optional();
    }

    /** The county the submission was taken in for before its import ("" when none was known). */
    public String countyKey(long id) {
        return jdbc.sql("SELECT county_key FROM submission WHERE id = :id").param("id", id).query(String.class)
                .single();
    }

    /** The business date the submission counts as received on (its upload date). */
    public java.time.LocalDate receivedOn(long id) {
        return jdbc.sql("SELECT received_on FROM submission WHERE id = :id").param("id", id)
                .query((rs, n) -> rs.getObject(1, java.time.LocalDate.class)).single();
    }

    public Submission find(long id) {
        return jdbc.sql("SELECT id, sha256, file_name, county_code, kind, status, rows_total, rows_accepted, "
                + "rows_rejected, rows_warned, message FROM submission WHERE id = :id")
                .param("id", id).query(SubmissionRepository::map).single();
    }

    /**
     * Maps a row by column name (Spring's property mapper first asks for each camel-case name, and H2 writes every
     * miss with its stack trace to the database's trace file: 15 MB per benchmark run).
     */
    private static Submission map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Submission(rs.getLong("id"), rs.getString("sha256"), rs.getString("file_name"),
                rs.getString("county_code"), rs.getString("kind"), SubmissionStatus.valueOf(rs.getString("status")), rs.getInt("rows_total"),
                rs.getInt("rows_accepted"), rs.getInt("rows_rejected"), rs.getInt("rows_warned"),
                rs.getString("message"));
    }

    /** Registers a received file; {@code receivedOn} is the business date it counts as received on. */
    public long register(OriginalFiles.Received received, String source, java.time.LocalDate receivedOn) {
        return register(received, source, receivedOn, "");
    }

    /** As {@link #register(OriginalFiles.Received, String, java.time.LocalDate)}, for the county it was taken in for. */
    public long register(OriginalFiles.Received received, String source, java.time.LocalDate receivedOn,
                         String countyKey) {
        jdbc.sql("INSERT INTO submission (sha256, county_key, file_name, stored_path, size_bytes, source, received_at, "
                + "received_on, status) VALUES (:sha, :county, :name, :path, :size, :source, :at, :on, :received)")
                .param("received", SubmissionStatus.RECEIVED.name())
                .param("sha", received.sha256()).param("county", countyKey == null ? "" : countyKey)
                .param("name", received.original().getFileName().toString())
                .param("path", received.archived().toString()).param("size", received.size())
                .param("source", source).param("at", LocalDateTime.now(clock)).param("on", receivedOn).update();
        return findByCountyAndSha(countyKey, received.sha256()).orElseThrow().id();
    }

    public void recognised(long id, String countyCode, String countySource, SubmissionKind kind, String sheet,
                           int headerRow) {
        jdbc.sql("UPDATE submission SET county_code = :county, county_source = :source, kind = :kind, "
                + "sheet_name = :sheet, header_row = :header WHERE id = :id")
                .param("county", countyCode).param("source", countySource).param("kind", kind.name())
                .param("sheet", sheet).param("header", headerRow).param("id", id).update();
    }

    /** Records a document submission (no sheet, no rows): its county and kind. */
    public void recordedDocument(long id, String countyCode, String countySource, SubmissionKind kind) {
        jdbc.sql("UPDATE submission SET county_code = :county, county_source = :source, kind = :kind WHERE id = :id")
                .param("county", countyCode).param("source", countySource).param("kind", kind.name())
                .param("id", id).update();
    }

    public void assignCounty(long id, String countyCode, String countySource) {
        jdbc.sql("UPDATE submission SET county_code = :county, county_source = :source WHERE id = :id")
                .param("county", countyCode).param("source", countySource).param("id", id).update();
    }

    /** Starts counting afresh (a restart of the inspection, or a whole-file rejection). */
    public void resetProblems(long id) {
        // a DELETE that finds nothing still locks the index gap on MySQL (counties imported side by side deadlock)
        if (jdbc.sql("SELECT COUNT(*) FROM rejected_row WHERE submission_id = :id").param("id", id)
                .query(Long.class).single() > 0) {
            jdbc.sql("DELETE FROM rejected_row WHERE submission_id = :id").param("id", id).update();
        }
        if (jdbc.sql("SELECT COUNT(*) FROM skipped_row WHERE submission_id = :id").param("id", id)
                .query(Long.class).single() > 0) {
            jdbc.sql("DELETE FROM skipped_row WHERE submission_id = :id").param("id", id).update();
        }
        jdbc.sql("UPDATE submission SET rows_total = 0, rows_accepted = 0, rows_rejected = 0, rows_warned = 0 "
                + "WHERE id = :id").param("id", id).update();
    }

    public void addCounts(long id, int rows, int accepted, int rejected, int warned) {
        jdbc.sql("UPDATE submission SET rows_total = rows_total + :rows, rows_accepted = rows_accepted + :accepted, "
                + "rows_rejected = rows_rejected + :rejected, rows_warned = rows_warned + :warned WHERE id = :id")
                .param("rows", rows).param("accepted", accepted).param("rejected", rejected).param("warned", warned)
                .param("id", id).update();
    }

    public void finish(long id, SubmissionStatus status, String message) {
        jdbc.sql("UPDATE submission SET status = :status, message = :message, finished_at = :at WHERE id = :id")
                .param("status", status.name()).param("message", message).param("at", LocalDateTime.now(clock))
                .param("id", id).update();
    }

    public void addProblems(long id, List<Problem> problems) {
        for (Problem p : problems) {
            jdbc.sql("INSERT INTO rejected_row (submission_id, sheet_name, row_no, column_ref, column_title, cell_value, "
                    + "severity, code, message, original_text, read_as) VALUES (:id, :sheet, :row, :col, :title, :value, "
                    + ":severity, :code, :message, :original, :readAs)")
                    .param("id", id).param("sheet", p.sheet()).param("row", p.row()).param("col", p.column())
                    .param("title", p.title()).param("value", truncate(p.value(), 500))
                    .param("severity", p.level().name()).param("code", p.code().code())
                    .param("message", truncate(p.message(), 1000)).param("original", truncate(p.original(), 500))
                    .param("readAs", truncate(p.readAs(), 200)).update();
        }
    }

    /** Every problem of a submission in sheet order: whole-file ones first, then by row. */
    public List<Problem> problems(long id) {
        return jdbc.sql("SELECT code, sheet_name, row_no, column_ref, column_title, cell_value, message, original_text, "
                + "read_as, severity FROM rejected_row "
                + "WHERE submission_id = :id ORDER BY CASE WHEN row_no IS NULL THEN 0 ELSE 1 END, row_no, id")
                .param("id", id)
                .query((rs, n) -> new Problem(code(rs.getString(1)), rs.getString(2),
                        (Integer) rs.getObject(3, Integer.class), rs.getString(4), rs.getString(5), rs.getString(6),
                        rs.getString(7), rs.getString(8), rs.getString(9), ProblemLevel.valueOf(rs.getString(10))))
                .list();
    }

    /** Records rows passed over as not data (已跳过), each with its reason. */
    public void addSkipped(long id, List<SkippedRow> rows) {
        for (SkippedRow r : rows) {
            jdbc.sql("INSERT INTO skipped_row (submission_id, sheet_name, row_no, reason) VALUES (:id, :sheet, :row, "
                    + ":reason)").param("id", id).param("sheet", r.sheet()).param("row", r.row())
                    .param("reason", truncate(r.reason(), 200)).update();
        }
    }

    /** The rows of a submission passed over as not data, in row order. */
    public List<SkippedRow> skipped(long id) {
        return jdbc.sql("SELECT sheet_name, row_no, reason FROM skipped_row WHERE submission_id = :id ORDER BY row_no, id")
                .param("id", id).query((rs, n) -> new SkippedRow(rs.getString(1), rs.getInt(2), rs.getString(3)))
                .list();
    }

    private static ProblemCode code(String code) {
        for (ProblemCode c : ProblemCode.values()) {
            if (c.code().equals(code)) {
                return c;
            }
        }
        throw new IllegalStateException("unknown problem code " + code);
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
