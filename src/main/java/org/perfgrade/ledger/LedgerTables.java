package org.perfgrade.ledger;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * 台账表维护: empties the ledger's tables, for the benchmark, which imports the same files again and again into an
 * empty ledger on a database of its own (it checks that first). Nothing else empties the ledger.
 */
@Repository
public class LedgerTables {

    /** The ledger's tables, children first. */
    private static final String[] TABLES = { "enterprise_move", "grade_event", "improvement_plan",
            "grade_application", "violation", "expert", "enterprise_honour", "ledger_line", "enterprise" };

    private final JdbcClient jdbc;

    LedgerTables(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** How many enterprises the ledger holds. */
    public long enterprises() {
        return jdbc.sql("SELECT COUNT(*) FROM enterprise").query(Long.class).single();
    }

    /**
     * Deletes everything the ledger holds, children first. Intake's rows that point at the ledger must be gone
     * first, and the submissions the ledger points at are deleted after.
     */
    public void clear() {
        for (String table : TABLES) {
            jdbc.sql("DELETE FROM " + table).update();
        }
    }
}
