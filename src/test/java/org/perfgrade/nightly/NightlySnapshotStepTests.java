package org.perfgrade.nightly;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfgrade.DatabaseTest;
import org.perfgrade.LedgerTables;
import org.perfgrade.batch.SnapshotKey;
import org.perfgrade.reference.ReferenceData;
import org.perfgrade.sample.SampleSubmissions;
import org.perfgrade.snapshot.SnapshotService;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;

/**
 * {@code nightlyJob}'s {@code snapshot} step, a job step over {@code snapshotJob}: when the snapshot fails, the night
 * says why in the snapshot's own words (not Spring Batch's "the delegate Job failed in JobStep"), and running the
 * date again continues the same snapshot run and finishes. On H2 and MariaDB.
 */
@DatabaseTest
class NightlySnapshotStepTests {

    private static final LocalDate DAY = LocalDate.of(2021, 9, 20);

    @Autowired
    NightlyRunner runner;

    @Autowired
    ReferenceData reference;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JobRepository jobRepository;

    /** Where the failure is raised: the snapshot job's one piece of work. */
    @MockitoSpyBean
    SnapshotService snapshots;

    @TempDir
    Path inbox;

    @BeforeEach
    void clear() {
        LedgerTables.clear(jdbc);
        jdbc.sql("DELETE FROM snapshot_line").update();
        jdbc.sql("DELETE FROM snapshot").update();
    }

    @Test
    void aNightFailingInItsSnapshotSaysWhyAndItsRestartContinuesTheSameSnapshotRun() throws IOException {
        // given the night's inbox, and a snapshot that fails the first time it is taken
        new SampleSubmissions(reference, 2021).writeInbox(inbox, DAY);
        AtomicBoolean armed = new AtomicBoolean(true);
        doAnswer(invocation -> {
            if (armed.getAndSet(false)) {
                throw new IllegalStateException("模拟故障：快照计算中断");
            }
            return invocation.callRealMethod();
        }).when(snapshots).take(any());
        // when the night runs
        assertThatThrownBy(() -> runner.run(DAY, inbox, false)).isInstanceOf(NightlyRunException.class)
                // then it fails at the snapshot step, in the snapshot's own words
                .hasMessageContaining("snapshot").hasMessageContaining("模拟故障：快照计算中断")
                .hasMessageNotContaining("delegate Job");
        // when the date runs again
        NightlyOutcome restarted = runner.run(DAY, inbox, false);
        // then revision 1 continued: the same snapshotJob instance ran a second time and the night finished
        assertThat(armed).isFalse();
        assertThat(restarted.restarted()).isTrue();
        assertThat(restarted.revision()).isEqualTo(1);
        assertThat(restarted.snapshot().asOf()).isEqualTo(DAY);
        assertThat(restarted.documents()).isNotEmpty();
        SnapshotKey key = SnapshotKey.ofNight(DAY, 1);
        var instance = jobRepository.getJobInstance(key.jobName(), key.parameters());
        assertThat(instance).isNotNull();
        assertThat(jobRepository.getJobExecutions(instance)).extracting(JobExecution::getStatus).map(Enum::name)
                .containsExactlyInAnyOrder("FAILED", "COMPLETED");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM snapshot WHERE as_of = :day").param("day", DAY).query(Long.class)
                .single()).isEqualTo(1);
    }
}
