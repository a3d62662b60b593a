package org.perfgrade.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.springframework.stereotype.Component;

/** The reports of a running {@code inboxImportJob}, gathered from its partitions (threads) by job execution. */
@Component
class InboxImportResults {

    private final Map<Long, ConcurrentLinkedQueue<ImportReport>> reports = new ConcurrentHashMap<>();

    void add(long jobExecutionId, ImportReport report) {
        reports.computeIfAbsent(jobExecutionId, k -> new ConcurrentLinkedQueue<>()).add(report);
    }

    /** Hands the run's reports over and forgets them. */
    List<ImportReport> take(long jobExecutionId) {
        ConcurrentLinkedQueue<ImportReport> taken = reports.remove(jobExecutionId);
        return taken == null ? List.of() : new ArrayList<>(taken);
    }
}
