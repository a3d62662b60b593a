package org.perfgrade.snapshot;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.perfgrade.DatabaseTest;
import org.perfgrade.LedgerTables;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;

/** {@code snapshotJob}: fails, is restarted in the same instance, and a later run for the date replaces it. */
@DatabaseTest
class SnapshotJobTests {

    static final LocalDate DAY = LocalDate.of(2021, 8, 16);

    @Autowired
    SnapshotRunner runner;

    @Autowired
    JdbcClient jdbc;

    @MockitoSpyBean
    SnapshotCalculator calculator;

    @BeforeEach
    void clear() {
        LedgerTables.clear(jdbc);
        jdbc.sql("DELETE FROM snapshot_line").update();
        jdbc.sql("DELETE FROM snapshot").update();
    }

    @Test
    void aCrashedSnapshotIsRestartedAndARerunReplacesTheDatesSnapshot() {
        // given the first computation crashes
        AtomicInteger calls = new AtomicInteger();
        doAnswer(invocation -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("模拟故障：进程中断");
            }
            return invocation.callRealMethod();
        }).when(calculator).compute(any());
        // when
        assertThatThrownBy(() -> runner.run(DAY)).hasMessageContaining("可重新运行");
        long snapshotsAfterCrash = count("SELECT COUNT(*) FROM snapshot");
        Snapshot restarted = runner.run(DAY);
        Snapshot rerun = runner.run(DAY);
        // then
        assertThat(snapshotsAfterCrash).isZero();
        assertThat(restarted.asOf()).isEqualTo(DAY);
        assertThat(SnapshotJson.write(rerun)).isEqualTo(SnapshotJson.write(restarted));
        assertThat(count("SELECT COUNT(*) FROM snapshot WHERE as_of = '2021-08-16'")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM BATCH_JOB_INSTANCE i JOIN BATCH_JOB_EXECUTION_PARAMS p "
                + "ON p.JOB_EXECUTION_ID IN (SELECT JOB_EXECUTION_ID FROM BATCH_JOB_EXECUTION e "
                + "WHERE e.JOB_INSTANCE_ID = i.JOB_INSTANCE_ID) WHERE i.JOB_NAME = 'snapshotJob' "
                + "AND p.PARAMETER_NAME = 'revision' AND p.PARAMETER_VALUE = '1'"))
                .as("the crashed revision and its restart share one instance (two executions)").isEqualTo(2);
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
