package org.perfgrade.bench;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 基准数据库: the benchmark imports the same files again and again, each time into an empty ledger, so it empties
 * the ledger and intake tables before each import. It refuses a database that holds anything not filed by a
 * benchmark, so that it can never wipe real submissions.
 */
final class BenchDatabase {

    /** The {@code submission.source} of every file the benchmark imports. */
    static final String SOURCE = "性能基准";

    private static final String[] TABLES = { "rejected_row", "skipped_row", "submission_keep", "enterprise_move", "grade_event", "improvement_plan",
            "grade_application", "violation", "expert", "enterprise_honour", "ledger_line", "enterprise",
            "submission" };

    private final JdbcClient jdbc;

    BenchDatabase(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Throws when the database holds submissions or enterprises that a benchmark did not file. */
    void checkOnlyBenchData(String database) {
        long foreign = jdbc.sql("SELECT COUNT(*) FROM submission WHERE source <> :source").param("source", SOURCE)
                .query(Long.class).single();
        long enterprises = jdbc.sql("SELECT COUNT(*) FROM enterprise").query(Long.class).single();
        long submissions = jdbc.sql("SELECT COUNT(*) FROM submission").query(Long.class).single();
        if (foreign > 0 || enterprises > 0 && submissions == 0) {
            throw new IllegalStateException("数据库 " + database + " 中已有非基准测试的数据（" + foreign
                    + " 个报送文件）。基准测试每次导入前会清空台账和报送表，只能在单独的数据库上运行："
                    + "不设 PERFGRADE_DB_URL 时使用 --data-dir 下自己的内嵌数据库，或让 PERFGRADE_DB_URL 指向一个空库。");
        }
    }

    /** Empties the ledger and intake tables, children first. */
    void clear() {
        for (String table : TABLES) {
            jdbc.sql("DELETE FROM " + table).update();
        }
    }
}
