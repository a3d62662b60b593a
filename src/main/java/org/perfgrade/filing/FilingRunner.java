package org.perfgrade.filing;

import java.nio.file.Path;
import java.util.List;

import org.perfgrade.WorkspaceProperties;
import org.perfgrade.batch.BusinessDateJobs;
import org.perfgrade.batch.FilingKey;

import org.springframework.stereotype.Component;

/** Makes a provincial filing package (报省备案材料包) by running {@code filingJob} for a request ({@link FilingKey}). */
@Component
public class FilingRunner {

    /** The job's steps in order, for progress displays. */
    public static final List<String> STEPS = List.of("collect", "lists", "coverLetter", "assemble");

    private final BusinessDateJobs jobs;
    private final FilingCollector collector;
    private final FilingOutcomes outcomes;
    private final Path workRoot;

    FilingRunner(BusinessDateJobs jobs, FilingCollector collector, FilingOutcomes outcomes, WorkspaceProperties ws) {
        this.jobs = jobs;
        this.collector = collector;
        this.outcomes = outcomes;
        this.workRoot = FilingJobConfiguration.workRoot(ws);
    }

    public FilingOutcome run(FilingRequest request) {
        return run(request, collector.defaultMaterialsRoot());
    }

    /**
     * 材料核对: the package's enterprises checked for every required material, without running the job or writing
     * anything (no number is taken from the register).
     */
    public FilingCheck check(FilingRequest request, Path materialsRoot) {
        return FilingCheck.of(collector.collect(request, materialsRoot == null ? collector.defaultMaterialsRoot()
                : materialsRoot));
    }

    /** As {@link #run(FilingRequest)}, the scanned materials from {@code materialsRoot} (e.g. the demo's inbox). */
    public FilingOutcome run(FilingRequest request, Path materialsRoot) {
        return outcomes.of(request, jobs.run(new FilingKey(request.asOf(), request.batch() == null ? 0L
                : request.batch().longValue(), request.allowIncomplete(), 1, materialsRoot, workRoot)));
    }
}
