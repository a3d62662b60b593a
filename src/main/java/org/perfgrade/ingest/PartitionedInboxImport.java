package org.perfgrade.ingest;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.perfgrade.batch.BusinessDateJobs;
import org.perfgrade.batch.InboxImportKey;
import org.perfgrade.batch.JobOutcome;

import org.springframework.stereotype.Service;

/**
 * 分县区并行导入: an inbox's county folders side by side through {@code inboxImportJob} ({@link InboxImportKey}); a run
 * that failed (counties can deadlock each other on MySQL/MariaDB) is restarted at its failed partitions, {@value
 * #ATTEMPTS} runs in all. Reports come in the order a sequential import gives.
 */
@Service
public class PartitionedInboxImport {

    static final int ATTEMPTS = 3;

    private final BusinessDateJobs jobs;
    private final InboxImportResults results;

    PartitionedInboxImport(BusinessDateJobs jobs, InboxImportResults results) {
        this.jobs = jobs;
        this.results = results;
    }

    /** Imports {@code <inbox>/<县区>/…}; {@code source} null: 收件目录. */
    public List<ImportReport> importInbox(Path inbox, LocalDate asOf, String source, boolean moveRejected) {
        JobOutcome outcome = jobs.run(new InboxImportKey(asOf, inbox, 1, source, moveRejected), ATTEMPTS);
        List<ImportReport> reports = results.takeInOrder(outcome.attempts());
        if (!outcome.completed()) {
            throw InboxImportResults.failure(outcome);
        }
        return reports;
    }
}
