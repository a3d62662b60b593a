package org.perfgrade.ingest;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.perfgrade.reference.County;
import org.perfgrade.reference.ReferenceData;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;

/**
 * 分县区并行导入: imports an inbox's county folders side by side with {@code inboxImportJob} (one partition per
 * county on the partition pool), keyed by business date, inbox and revision — a run of the same inbox and date again
 * is the next revision, and every file already imported is recognised by its SHA-256 as before. Returns the reports
 * in the order a sequential import gives (counties in 附件1 order, ledger first).
 */
@Service
public class PartitionedInboxImport {

    /** Runs of the job before it gives up (the first and two restarts). */
    static final int ATTEMPTS = 3;

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job inboxImportJob;
    private final InboxImportResults results;
    private final ReferenceData reference;

    PartitionedInboxImport(JobOperator jobOperator, JobRepository jobRepository,
                           @Qualifier("inboxImportJob") Job inboxImportJob, InboxImportResults results,
                           ReferenceData reference) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.inboxImportJob = inboxImportJob;
        this.results = results;
        this.reference = reference;
    }

    /**
     * Imports {@code <inbox>/<县区>/…}; {@code source} null records 收件目录; {@code moveRejected} moves a file refused
     * whole to {@code rejected/} as the sequential import does.
     */
    public List<ImportReport> importInbox(Path inbox, LocalDate asOf, String source, boolean moveRejected) {
        String folder = inbox.toAbsolutePath().normalize().toString();
        long revision = nextRevision(folder, asOf);
        JobParameters parameters = new JobParametersBuilder(identifying(folder, asOf, revision))
                .addString(InboxImportJobConfiguration.SOURCE, source == null ? "收件目录" : source, false)
                .addString(InboxImportJobConfiguration.MOVE_REJECTED, String.valueOf(moveRejected), false)
                .toJobParameters();
        JobExecution execution;
        try {
            execution = jobOperator.start(inboxImportJob, parameters);
        }
        catch (Exception ex) {
            throw new ImportFailedException("无法启动分县区导入作业：" + ex.getMessage(), ex);
        }
        List<ImportReport> reports = new ArrayList<>(results.take(execution.getId()));
        // counties side by side can deadlock each other on MySQL/MariaDB: restart the failed partitions (each file
        // resumes after its last committed chunk; files already imported are recognised as done)
        for (int attempt = 1; attempt < ATTEMPTS && execution.getStatus() == BatchStatus.FAILED; attempt++) {
            try {
                // the same identifying parameters restart the failed instance at its failed partitions (a restart
                // by execution id would need the job in a registry, which Boot does not keep)
                execution = jobOperator.start(inboxImportJob, parameters);
            }
            catch (Exception ex) {
                throw new ImportFailedException("无法重新启动分县区导入作业：" + ex.getMessage(), ex);
            }
            reports.addAll(results.take(execution.getId()));
        }
        Map<String, ImportReport> byFile = new LinkedHashMap<>();
        reports.forEach(r -> byFile.putIfAbsent(r.file(), r));
        reports = new ArrayList<>(byFile.values());
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            Throwable cause = execution.getAllFailureExceptions().stream().findFirst().orElse(null);
            throw new ImportFailedException("分县区导入作业未完成（" + execution.getStatus() + "）："
                    + (cause == null ? execution.getExitStatus().getExitDescription() : cause.getMessage()), cause);
        }
        return reports.stream().sorted(order()).toList();
    }

    private Comparator<ImportReport> order() {
        return Comparator.comparing((ImportReport r) -> reference.county(String.valueOf(r.county()))
                        .map(County::order).orElse(Integer.MAX_VALUE))
                .thenComparing(r -> "ledger".equals(r.kind()) ? 0 : 1)
                .thenComparing(ImportReport::file);
    }

    private long nextRevision(String folder, LocalDate asOf) {
        for (long revision = 1; ; revision++) {
            JobInstance instance = jobRepository.getJobInstance(InboxImportJobConfiguration.JOB,
                    identifying(folder, asOf, revision));
            if (instance == null) {
                return revision;
            }
            JobExecution last = jobRepository.getLastJobExecution(instance);
            if (last == null || last.getStatus() != BatchStatus.COMPLETED) {
                return revision;
            }
        }
    }

    private static JobParameters identifying(String folder, LocalDate asOf, long revision) {
        return new JobParametersBuilder().addLocalDate(InboxImportJobConfiguration.RUN_DATE, asOf)
                .addString(InboxImportJobConfiguration.INBOX, folder)
                .addLong(InboxImportJobConfiguration.REVISION, revision).toJobParameters();
    }
}
