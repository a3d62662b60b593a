package org.perfgrade.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.perfgrade.batch.JobOutcome;
import org.perfgrade.reference.County;
import org.perfgrade.reference.ReferenceData;

import org.springframework.stereotype.Component;

/**
 * The reports of a running {@code inboxImportJob}, gathered from its partitions (threads) by job execution, and the
 * wording of a run that did not complete.
 */
@Component
public class InboxImportResults {

    private final Map<Long, ConcurrentLinkedQueue<ImportReport>> reports = new ConcurrentHashMap<>();
    private final ReferenceData reference;

    InboxImportResults(ReferenceData reference) {
        this.reference = reference;
    }

    void add(long jobExecutionId, ImportReport report) {
        reports.computeIfAbsent(jobExecutionId, k -> new ConcurrentLinkedQueue<>()).add(report);
    }

    /** Hands the run's reports over and forgets them. */
    public List<ImportReport> take(long jobExecutionId) {
        ConcurrentLinkedQueue<ImportReport> taken = reports.remove(jobExecutionId);
        return taken == null ? List.of() : new ArrayList<>(taken);
    }

    /**
     * Hands over the reports of every attempt of a run (a file reported again by a restart counts once), in the
     * order a sequential import gives: counties in 附件1 order, ledger first.
     */
    List<ImportReport> takeInOrder(List<Long> jobExecutionIds) {
        Map<String, ImportReport> byFile = new LinkedHashMap<>();
        jobExecutionIds.forEach(id -> take(id).forEach(r -> byFile.putIfAbsent(r.file(), r)));
        return byFile.values().stream().sorted(order()).toList();
    }

    /** Why a run of {@code inboxImportJob} did not complete, in Chinese. */
    static ImportFailedException failure(JobOutcome outcome) {
        return new ImportFailedException((outcome.status() == JobOutcome.Status.FAILED
                ? "分县区导入作业未完成（FAILED）：" : "无法启动分县区导入作业：") + outcome.cause(), outcome.failure());
    }

    private Comparator<ImportReport> order() {
        return Comparator.comparing((ImportReport r) -> reference.county(String.valueOf(r.county()))
                        .map(County::order).orElse(Integer.MAX_VALUE))
                .thenComparing(r -> "ledger".equals(r.kind()) ? 0 : 1)
                .thenComparing(ImportReport::file);
    }
}
