package org.perfgrade.nightly;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.perfgrade.document.ArchivedDocument;
import org.perfgrade.ingest.ImportReport;

import org.springframework.stereotype.Component;

/**
 * Hands what the steps of a running {@code nightlyJob} produced (import reports, archived documents) back to the
 * {@link NightlyRunner} that started it, by job execution id. Only the outcome of the current process is kept here;
 * what is stored lives in the database and the archive.
 */
@Component
class NightlyResults {

    private final Map<Long, List<ImportReport>> imports = new ConcurrentHashMap<>();
    private final Map<Long, List<ArchivedDocument>> documents = new ConcurrentHashMap<>();

    void imported(long executionId, List<ImportReport> reports) {
        imports.computeIfAbsent(executionId, id -> new ArrayList<>()).addAll(reports);
    }

    void rendered(long executionId, List<ArchivedDocument> rendered) {
        documents.computeIfAbsent(executionId, id -> new ArrayList<>()).addAll(rendered);
    }

    List<ImportReport> takeImports(long executionId) {
        List<ImportReport> taken = imports.remove(executionId);
        return taken == null ? List.of() : taken;
    }

    List<ArchivedDocument> takeDocuments(long executionId) {
        List<ArchivedDocument> taken = documents.remove(executionId);
        return taken == null ? List.of() : taken;
    }
}
