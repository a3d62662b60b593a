package org.perfgrade.nightly;

import java.nio.file.Path;
import java.util.List;

import org.perfgrade.batch.InboxImportKey;
import org.perfgrade.batch.InterruptedRunRepair;
import org.perfgrade.batch.NightlyKey;
import org.perfgrade.ingest.ImportReport;
import org.perfgrade.ingest.InboxImportResults;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/**
 * The night's side of its intake: the {@code takeIn} step runs {@code inboxImportJob} as a job step under the night's
 * revision ({@link InboxImportKey#ofNight}). Before it starts, an intake a dead process left without execution or
 * UNKNOWN is repaired (as {@code BusinessDateJobs} does for the jobs it starts), so that the night's restart continues
 * it; after it ran, its import reports go to {@link NightlyResults} and its first failure becomes the step's, so that
 * the night reports why the intake failed.
 */
@Component
class IntakeHandOver implements StepExecutionListener {

    private final JobRepository repository;
    private final InterruptedRunRepair repair;
    private final InboxImportResults intake;
    private final NightlyResults results;

    IntakeHandOver(JobRepository repository, InterruptedRunRepair repair, InboxImportResults intake,
                   NightlyResults results) {
        this.repository = repository;
        this.repair = repair;
        this.intake = intake;
        this.results = results;
    }

    /** The intake of the night whose step this is. */
    static InboxImportKey key(StepExecution takeIn) {
        var night = takeIn.getJobParameters();
        return InboxImportKey.ofNight(night.getLocalDate(NightlyKey.RUN_DATE),
                Path.of(night.getString(NightlyKey.INBOX)), night.getLong(NightlyKey.REVISION));
    }

    @Override
    public void beforeStep(StepExecution takeIn) {
        InboxImportKey key = key(takeIn);
        repair.clearOrphan(key.jobName(), key.parameters());
        repair.markChildFailed(last(key));
    }

    @Override
    public ExitStatus afterStep(StepExecution takeIn) {
        JobExecution child = last(key(takeIn));
        if (child == null) {
            return null;
        }
        List<ImportReport> reports = intake.take(child.getId());
        intake.takeFailure(child.getId()).ifPresentOrElse(takeIn::addFailureException, () -> {
            if (child.getStatus() == BatchStatus.COMPLETED) {
                results.imported(takeIn.getJobExecutionId(), reports);
                takeIn.setWriteCount(reports.size());
            }
        });
        return null;
    }

    private JobExecution last(InboxImportKey key) {
        JobInstance instance = repository.getJobInstance(key.jobName(), key.parameters());
        return instance == null ? null : repository.getLastJobExecution(instance);
    }
}
