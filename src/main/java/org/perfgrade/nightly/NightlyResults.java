package org.perfgrade.nightly;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentSkipListMap;

import org.perfgrade.document.ArchivedDocument;
import org.perfgrade.ingest.ImportReport;

import org.springframework.stereotype.Component;

/**
 * Hands what the steps of a running {@code nightlyJob} produced (import reports, archived documents) back to the
 * {@link NightlyRunner} that started it, by job execution id. Only the outcome of the current process is kept here;
 * what is stored lives in the database and the archive. Safe to fill from several threads: the documents are kept by
 * their partition's place in the listing (city-wide first, then the counties in 附件1 order), so that they are listed
 * in that order whatever order the partitions finished in.
 */
@Component
class NightlyResults {

    private final Map<Long, ConcurrentLinkedQueue<ImportReport>> imports = new ConcurrentHashMap<>();
    private final Map<Long, ConcurrentSkipListMap<Integer, List<ArchivedDocument>>> documents =
            new ConcurrentHashMap<>();

    void imported(long executionId, List<ImportReport> reports) {
        imports.computeIfAbsent(executionId, id -> new ConcurrentLinkedQueue<>()).addAll(reports);
    }

    /** The documents of one rendering partition, {@code order} its place in the listing (0 = city-wide). */
    void rendered(long executionId, int order, List<ArchivedDocument> rendered) {
        documents.computeIfAbsent(executionId, id -> new ConcurrentSkipListMap<>()).put(order, List.copyOf(rendered));
    }

    /** Forgets what a run that did not complete produced. */
    void forget(long executionId) {
        imports.remove(executionId);
        documents.remove(executionId);
    }

    List<ImportReport> takeImports(long executionId) {
        ConcurrentLinkedQueue<ImportReport> taken = imports.remove(executionId);
        return taken == null ? List.of() : new ArrayList<>(taken);
    }

    /** The run's documents in listing order, forgotten here. */
    List<ArchivedDocument> takeDocuments(long executionId) {
        ConcurrentSkipListMap<Integer, List<ArchivedDocument>> taken = documents.remove(executionId);
        if (taken == null) {
            return List.of();
        }
        List<ArchivedDocument> listed = new ArrayList<>();
        taken.values().forEach(listed::addAll);
        return listed;
    }
}
