package org.perfgrade.nightly;

import java.util.List;

import org.perfgrade.document.ArchivedDocument;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

/**
 * Once every rendering partition of a run is done, hands their documents to {@link NightlyResults} in listing order
 * (city-wide first, then the counties in 附件1 order), whatever order they finished in: each partition's latest
 * execution as the job repository holds it — the ones of this attempt and those a failed attempt had completed.
 */
final class RenderedDocumentsCollector implements StepExecutionListener {

    private final JobRepository jobRepository;
    private final RenderPartitioner partitioner;
    private final String workerStep;
    private final NightlyResults results;

    RenderedDocumentsCollector(JobRepository jobRepository, RenderPartitioner partitioner, String workerStep,
                               NightlyResults results) {
        this.jobRepository = jobRepository;
        this.partitioner = partitioner;
        this.workerStep = workerStep;
        this.results = results;
    }

    @Override
    public ExitStatus afterStep(StepExecution managerStep) {
        if (managerStep.getStatus() != BatchStatus.COMPLETED) {
            return null;
        }
        JobInstance instance = managerStep.getJobExecution().getJobInstance();
        List<String> names = partitioner.names();
        for (int order = 0; order < names.size(); order++) {
            StepExecution partition = jobRepository.getLastStepExecution(instance, workerStep + ":" + names.get(order));
            List<ArchivedDocument> documents = partition == null ? List.of()
                    : RenderedDocuments.of(partition.getExecutionContext());
            results.rendered(managerStep.getJobExecutionId(), order, documents);
        }
        return null;
    }
}
