package org.perfgrade.ingest;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.perfgrade.batch.BusinessDateJobs;
import org.perfgrade.batch.InboxImportKey;
import org.perfgrade.batch.JobOutcome;

import org.springframework.stereotype.Service;

/**
 * 分县区并行导入: an inbox's county folders side by side through {@code inboxImportJob} ({@link InboxImportKey}). Counties
 * can deadlock each other on MySQL/MariaDB: a failed run is restarted at its failed partitions, {@value #ATTEMPTS} runs
 * in all (imported files are known by their SHA-256). Reports come in the order a sequential import gives.
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

    /** Imports {@code <inbox>/<县区>/…} (the first run and two restarts at most); {@code source} null: 收件目录. */
    public List<ImportReport> importInbox(Path inbox, LocalDate asOf, String source, boolean moveRejected) {
        JobOutcome outcome = jobs.run(new InboxImportKey(asOf, inbox, 1, source, moveRejected), ATTEMPTS);
        List<ImportReport> reports = results.takeInOrder(outcome.attempts());
        if (!outcome.completed()) {
            throw new ImportFailedException((outcome.status() == JobOutcome.Status.FAILED
                    ? "分县区导入作业未完成（FAILED）：" : "无法启动分县区导入作业：") + outcome.cause(), outcome.failure());
        }
        return reports;
    }
}
