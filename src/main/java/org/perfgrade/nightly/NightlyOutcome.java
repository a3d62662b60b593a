package org.perfgrade.nightly;

import java.time.LocalDate;
import java.util.List;

import org.perfgrade.document.ArchivedDocument;
import org.perfgrade.ingest.ImportReport;
import org.perfgrade.snapshot.Snapshot;

/**
 * 夜间作业结果: what one run of {@code nightlyJob} did for a business date — the files it took in (empty when a
 * restart found that step already done), the date's snapshot and the documents rendered from it.
 *
 * @param revision the run of the date (1 for the first; a later run after late files is the next revision)
 * @param restarted whether this run continued a failed or interrupted one
 */
public record NightlyOutcome(LocalDate asOf, long revision, boolean restarted, List<ImportReport> imports,
                             Snapshot snapshot, List<ArchivedDocument> documents) {

    public NightlyOutcome {
        imports = imports == null ? List.of() : List.copyOf(imports);
        documents = documents == null ? List.of() : List.copyOf(documents);
    }
}
