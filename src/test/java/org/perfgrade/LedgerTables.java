package org.perfgrade;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Empties the ledger and intake tables (children first) so that a test starts from a county with nothing filed. */
public final class LedgerTables {

    private static final String[] TABLES = { "rejected_row", "skipped_row", "submission_keep", "enterprise_move",
            "grade_event", "improvement_plan", "grade_application",
            "violation", "expert", "enterprise_honour", "ledger_line", "enterprise", "archived_document",
            "submission" };

    private LedgerTables() {
    }

    public static void clear(JdbcClient jdbc) {
        for (String table : TABLES) {
            jdbc.sql("DELETE FROM " + table).update();
        }
    }
}
