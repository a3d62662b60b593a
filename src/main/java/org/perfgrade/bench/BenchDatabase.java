package org.perfgrade.bench;

import org.perfgrade.ingest.IntakeTables;
import org.perfgrade.ledger.LedgerTables;

/**
 * 基准数据库: the benchmark imports the same files again and again, each time into an empty ledger, so it empties
 * the ledger and intake tables before each import. It refuses a database that holds anything not filed by a
 * benchmark, so that it can never wipe real submissions.
 */
final class BenchDatabase {

    /** The {@code submission.source} of every file the benchmark imports. */
    static final String SOURCE = "性能基准";

    private final IntakeTables intake;
    private final LedgerTables ledger;

    BenchDatabase(IntakeTables intake, LedgerTables ledger) {
        this.intake = intake;
        this.ledger = ledger;
    }

    /** Throws when the database holds submissions or enterprises that a benchmark did not file. */
    void checkOnlyBenchData(String database) {
        long foreign = intake.submissionsNotFrom(SOURCE);
        long enterprises = ledger.enterprises();
        long submissions = intake.submissions();
        if (foreign > 0 || enterprises > 0 && submissions == 0) {
            throw new IllegalStateException("数据库 " + database + " 中已有非基准测试的数据（" + foreign
                    + " 个报送文件）。基准测试每次导入前会清空台账和报送表，只能在单独的数据库上运行："
                    + "不设 PERFGRADE_DB_URL 时使用 --data-dir 下自己的内嵌数据库，或让 PERFGRADE_DB_URL 指向一个空库。");
        }
    }

    /** Empties the ledger and intake tables, children first. */
    void clear() {
        intake.clearRows();
        ledger.clear();
        intake.clearSubmissions();
    }
}
