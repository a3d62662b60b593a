package org.perfgrade.nightly;

import java.time.LocalDate;
import java.util.List;

import org.perfgrade.batch.NightlyKey;
import org.perfgrade.document.ArchivedDocument;
import org.perfgrade.reference.County;
import org.perfgrade.reference.ReferenceData;
import org.perfgrade.report.DailyDocuments;
import org.perfgrade.snapshot.Snapshot;
import org.perfgrade.snapshot.SnapshotRepository;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * 生成一个分区的文档: the worker of {@code renderDocuments} — the city-wide documents or one county's extracts of the
 * run's date, from the stored snapshot, each through the document archive. What it wrote is kept in its step's
 * execution context ({@link RenderedDocuments}), so that the run lists it even when the partition ran on another
 * thread, another machine or in an earlier attempt of the run.
 */
final class RenderPartitionTasklet implements Tasklet {

    private final SnapshotRepository snapshots;
    private final DailyDocuments documents;
    private final ReferenceData reference;

    RenderPartitionTasklet(SnapshotRepository snapshots, DailyDocuments documents, ReferenceData reference) {
        this.snapshots = snapshots;
        this.documents = documents;
        this.reference = reference;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        StepExecution step = contribution.getStepExecution();
        ExecutionContext partition = step.getExecutionContext();
        LocalDate asOf = step.getJobParameters().getLocalDate(NightlyKey.RUN_DATE);
        Snapshot snapshot = snapshots.find(asOf).orElseThrow(() -> new IllegalStateException(
                "没有 " + asOf + " 的进展快照，无法生成文档"));
        List<ArchivedDocument> rendered;
        if (partition.containsKey(RenderPartitioner.COUNTY)) {
            String code = partition.getString(RenderPartitioner.COUNTY);
            County county = reference.countiesByCode().get(code);
            if (county == null) {
                throw new IllegalStateException("参考数据中没有代码为 " + code + " 的县区，无法生成其文档");
            }
            rendered = documents.render(snapshot, county);
        }
        else {
            rendered = documents.renderCityWide(snapshot);
        }
        RenderedDocuments.put(partition, rendered);
        contribution.incrementWriteCount(rendered.size());
        return RepeatStatus.FINISHED;
    }
}
