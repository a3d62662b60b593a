package org.perfgrade.web;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Waiting in the console's job tests: for a run started from {@code /jobs} to end, and for its audit entries. */
final class JobWaits {

    private JobWaits() {
    }

    /** The run's progress once it has ended (read from the job repository); fails after {@code limit}. */
    static JobProgress awaitEnd(ConsoleJobs jobs, long id, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        JobProgress progress = jobs.progress(id).orElseThrow();
        while (progress.running() && System.nanoTime() < deadline) {
            Thread.sleep(200);
            progress = jobs.progress(id).orElseThrow();
        }
        assertThat(progress.running()).as("the run ended within " + limit).isFalse();
        return progress;
    }

    /** The newest audit entries once there are {@code entries} (the outcome is logged just after the run ends). */
    static List<AuditEntry> awaitAudit(AuditLog audit, int entries) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (audit.latest(10).size() < entries && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        return audit.latest(10);
    }
}
