package org.perfgrade.ingest;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * 报送表维护: counts and empties intake's tables, for the benchmark, which imports the same files again and again
 * and may run only on a database that holds nothing but its own files.
 */
@Repository
public class IntakeTables {

    /** The rows that belong to a submission, children first. */
    private static final String[] ROWS = { "rejected_row", "skipped_row", "submission_keep" };

    private final JdbcClient jdbc;

    IntakeTables(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** How many submissions there are. */
    public long submissions() {
        return jdbc.sql("SELECT COUNT(*) FROM submission").query(Long.class).single();
    }

    /** How many submissions came from another source than {@code source}. */
    public long submissionsNotFrom(String source) {
        return jdbc.sql("SELECT COUNT(*) FROM submission WHERE source <> :source").param("source", source)
                .query(Long.class).single();
    }

    /** Deletes the submissions' rows (refused, skipped, kept); the submissions themselves stay. */
    public void clearRows() {
        for (String table : ROWS) {
            jdbc.sql("DELETE FROM " + table).update();
        }
    }

    /** Deletes the submissions; their rows and the ledger's records that point at them must be gone first. */
    public void clearSubmissions() {
        jdbc.sql("DELETE FROM submission").update();
    }
}
