package org.perfgrade.web;

import java.time.Duration;
import java.util.List;

import static org.awaitility.Awaitility.await;

/** Waiting in the console's job tests: for a run started from {@code /jobs} to end, and for its audit entries. */
final class JobWaits {

    private JobWaits() {
    }

    /**
     * The run's progress once it has ended (read from the job repository) and the console's job thread is done with
     * it (its outcome logged); fails after {@code limit}.
     */
    static JobProgress awaitEnd(JobRuns runs, ConsoleJobThreads threads, long id, Duration limit) {
        JobProgress progress = await("the run " + id + " ended").atMost(limit).pollInterval(Duration.ofMillis(200))
                .until(() -> runs.progress(id).orElseThrow(), p -> !p.running());
        await("the console's thread is done with run " + id).atMost(Duration.ofSeconds(30))
                .until(() -> threads.idle(progress.kind()));
        return progress;
    }

    /** The newest audit entries once there are {@code entries} (the outcome is logged just after the run ends). */
    static List<AuditEntry> awaitAudit(AuditLog audit, int entries) {
        return await("audit entries").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> audit.latest(10), latest -> latest.size() >= entries);
    }
}
