package org.perfgrade.ingest;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.perfgrade.batch.BusinessDateJobs;
import org.perfgrade.batch.InboxImportKey;
import org.perfgrade.batch.JobOutcome;
import org.perfgrade.reference.County;
import org.perfgrade.reference.ReferenceData;

import org.springframework.stereotype.Service;

/**
 * 分县区并行导入: imports an inbox's county folders side by side with {@code inboxImportJob} (one partition per
 * county on the partition pool), keyed by business date, inbox and revision — a run of the same inbox and date again
 * is the next revision, and every file already imported is recognised by its SHA-256 as before. Counties side by side
 * can deadlock each other on MySQL/MariaDB, so a failed run is restarted at its failed partitions up to
 * {@value #ATTEMPTS} runs in all. Returns the reports in the order a sequential import gives (counties in 附件1 order,
 * ledger first).
 */
@Service
public class PartitionedInboxImport {

    /** Runs of the job before it gives up (the first and two restarts). */
    static final int ATTEMPTS = 3;

    private final BusinessDateJobs jobs;
    private final InboxImportResults results;
    private final ReferenceData reference;

    PartitionedInboxImport(BusinessDateJobs jobs, InboxImportResults results, ReferenceData reference) {
        this.jobs = jobs;
        this.results = results;
        this.reference = reference;
    }

    /**
     * Imports {@code <inbox>/<县区>/…}; {@code source} null records 收件目录; {@code moveRejected} moves a file refused
     * whole to {@code rejected/} as the sequential import does.
     */
    public List<ImportReport> importInbox(Path inbox, LocalDate asOf, String source, boolean moveRejected) {
        JobOutcome outcome = jobs.run(new InboxImportKey(asOf, inbox, 1, source, moveRejected), ATTEMPTS);
        Map<String, ImportReport> byFile = new LinkedHashMap<>();
        outcome.attempts().forEach(id -> results.take(id).forEach(r -> byFile.putIfAbsent(r.file(), r)));
        if (!outcome.completed()) {
            throw new ImportFailedException((outcome.status() == JobOutcome.Status.FAILED ? "分县区导入作业未完成（FAILED）："
                    : "无法启动分县区导入作业：") + outcome.cause(), outcome.failure());
        }
        return byFile.values().stream().sorted(order()).toList();
    }

    private Comparator<ImportReport> order() {
        return Comparator.comparing((ImportReport r) -> reference.county(String.valueOf(r.county()))
                        .map(County::order).orElse(Integer.MAX_VALUE))
                .thenComparing(r -> "ledger".equals(r.kind()) ? 0 : 1)
                .thenComparing(ImportReport::file);
    }
}
