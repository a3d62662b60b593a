package org.perfgrade.nightly;

import java.time.LocalDate;
import java.util.List;

import org.perfgrade.batch.NightlyKey;
import org.perfgrade.document.ArchivedDocument;
import org.perfgrade.report.DailyDocuments;
import org.perfgrade.snapshot.Snapshot;
import org.perfgrade.snapshot.SnapshotRepository;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * 只生成每日进展简报: the night's rendering when it asks for the city-wide briefing only (a day of the campaign replay
 * that shows its progress, without the ten county extracts), with the two workbooks it names for the detail
 * (《变化明细》, 《逾期事项清单》). The briefing is kept in the step's execution context as
 * a partition keeps its documents, and handed to the runner as the city-wide documents.
 */
final class BriefingTasklet implements Tasklet {

    private final SnapshotRepository snapshots;
    private final DailyDocuments documents;
    private final NightlyResults results;

    BriefingTasklet(SnapshotRepository snapshots, DailyDocuments documents, NightlyResults results) {
        this.snapshots = snapshots;
        this.documents = documents;
        this.results = results;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        StepExecution step = contribution.getStepExecution();
        LocalDate asOf = step.getJobParameters().getLocalDate(NightlyKey.RUN_DATE);
        Snapshot snapshot = snapshots.find(asOf).orElseThrow(() -> new IllegalStateException(
                "没有 " + asOf + " 的进展快照，无法生成每日进展简报"));
        List<ArchivedDocument> rendered = documents.briefingWithDetail(snapshot);
        RenderedDocuments.put(step.getExecutionContext(), rendered);
        results.rendered(step.getJobExecutionId(), 0, rendered);
        contribution.incrementWriteCount(rendered.size());
        return RepeatStatus.FINISHED;
    }
}
