package org.perfgrade.nightly;

import java.nio.file.Path;
import java.util.List;

import org.perfgrade.batch.ChildJobStepListener;
import org.perfgrade.batch.InboxImportKey;
import org.perfgrade.batch.InterruptedRunRepair;
import org.perfgrade.batch.NightlyKey;
import org.perfgrade.ingest.ImportReport;
import org.perfgrade.ingest.InboxImportResults;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/**
 * The night's side of its intake: the {@code takeIn} step runs {@code inboxImportJob} as a job step under the night's
 * revision ({@link InboxImportKey#ofNight}), repaired before and its failure in its own words after
 * ({@link ChildJobStepListener}); a completed intake's import reports go to {@link NightlyResults}.
 */
@Component
class IntakeHandOver extends ChildJobStepListener {

    private final InboxImportResults intake;
    private final NightlyResults results;

    IntakeHandOver(JobRepository repository, InterruptedRunRepair repair, InboxImportResults intake,
                   NightlyResults results) {
        super(repository, repair);
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
    protected InboxImportKey childKey(StepExecution step) {
        return key(step);
    }

    @Override
    protected void completed(StepExecution takeIn, JobExecution child) {
        List<ImportReport> reports = intake.take(child.getId());
        results.imported(takeIn.getJobExecutionId(), reports);
        takeIn.setWriteCount(reports.size());
    }
}
