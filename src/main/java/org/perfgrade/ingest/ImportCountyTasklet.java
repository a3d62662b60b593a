package org.perfgrade.ingest;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import org.perfgrade.batch.InboxImportKey;
import org.perfgrade.ingest.county.CountyHint;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * 导入一个县区: the worker of {@code inboxImportJob} — every file of one county folder through
 * {@link SubmissionImporter#importFile} (each file its own {@code importJob} run, restartable on its own), the
 * reports handed to {@link InboxImportResults}. Runs outside a transaction: each file's job commits its chunks.
 */
final class ImportCountyTasklet implements Tasklet {

    private final SubmissionImporter importer;
    private final InboxImportResults results;

    ImportCountyTasklet(SubmissionImporter importer, InboxImportResults results) {
        this.importer = importer;
        this.results = results;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        Map<String, Object> partition = chunkContext.getStepContext().getStepExecutionContext();
        Map<String, Object> job = chunkContext.getStepContext().getJobParameters();
        String county = (String) partition.get(CountyPartitioner.COUNTY);
        Path folder = Path.of((String) partition.get(CountyPartitioner.FOLDER));
        LocalDate asOf = (LocalDate) job.get(InboxImportKey.RUN_DATE);
        String source = (String) job.get(InboxImportKey.SOURCE);
        boolean fromInbox = !Boolean.FALSE.equals(job.get(InboxImportKey.MOVE_REJECTED));
        long jobExecutionId = chunkContext.getStepContext().getStepExecution().getJobExecutionId();
        for (Path file : SubmissionImporter.files(folder)) {
            results.add(jobExecutionId, importer.importFile(file, CountyHint.folder(county), asOf, fromInbox,
                    source));
            contribution.incrementReadCount();
        }
        return RepeatStatus.FINISHED;
    }
}
