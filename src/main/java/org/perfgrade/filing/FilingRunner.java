package org.perfgrade.filing;

import java.nio.file.Path;
import java.util.List;

import org.perfgrade.WorkspaceProperties;
import org.perfgrade.batch.BusinessDateJobs;
import org.perfgrade.batch.FilingKey;

import org.springframework.stereotype.Component;

/**
 * Makes a provincial filing package (报省备案材料包) through {@code filingJob} ({@link FilingKey}): a failed run of a
 * request is restarted at the step that failed, after a completed one the next revision makes the package anew (same
 * data: same bytes); a run of the request still marked as running is refused.
 */
@Component
public class FilingRunner {

    /** The job's steps in order, for progress displays. */
    public static final List<String> STEPS = List.of("collect", "lists", "coverLetter", "assemble");

    private final BusinessDateJobs jobs;
    private final FilingCollector collector;
    private final FilingOutcomes outcomes;
    private final Path workRoot;

    FilingRunner(BusinessDateJobs jobs, FilingCollector collector, FilingOutcomes outcomes,
                 WorkspaceProperties workspace) {
        this.jobs = jobs;
        this.collector = collector;
        this.outcomes = outcomes;
        this.workRoot = FilingJobConfiguration.workRoot(workspace);
    }

    /** The package of the request, with the scanned materials of the configured folder (else the inbox). */
    public FilingOutcome run(FilingRequest request) {
        return run(request, collector.defaultMaterialsRoot());
    }

    /** As {@link #run(FilingRequest)}, taking the scanned materials from {@code materialsRoot} (e.g. the demo's inbox). */
    public FilingOutcome run(FilingRequest request, Path materialsRoot) {
        FilingKey key = new FilingKey(request.asOf(), request.batch() == null ? 0L : request.batch().longValue(),
                request.allowIncomplete(), 1, materialsRoot, workRoot);
        return outcomes.of(request, jobs.run(key));
    }
}
