package org.perfgrade.filing;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.perfgrade.WorkspaceProperties;
import org.perfgrade.document.DocumentArchive;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.stereotype.Component;

/**
 * Makes a provincial filing package (报省备案材料包) synchronously through {@code filingJob}, keyed by the business
 * date, the batch (0 = all), whether gaps are allowed and a revision — never a timestamp: a failed run of a request is
 * restarted at the step that failed (e.g. after the county supplied a missing opinion); after a completed one the
 * next revision makes the package anew (same data: same bytes). A run of the request still marked as running is
 * refused. The console may call {@link #run} from a background thread and follow the steps ({@link #STEPS}) of job
 * {@value #JOB} in the job repository.
 */
@Component
public class FilingRunner {

    /** The job's name in the job repository. */
    public static final String JOB = "filingJob";
    /** The job's steps in order, for progress displays. */
    public static final List<String> STEPS = List.of("collect", "lists", "coverLetter", "assemble");

    private static final Logger log = LoggerFactory.getLogger(FilingRunner.class);

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job filingJob;
    private final FilingCollector collector;
    private final DocumentArchive archive;
    private final Path workRoot;

    FilingRunner(JobOperator jobOperator, JobRepository jobRepository, Job filingJob, FilingCollector collector,
                 DocumentArchive archive, WorkspaceProperties workspace) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.filingJob = filingJob;
        this.collector = collector;
        this.archive = archive;
        this.workRoot = FilingJobConfiguration.workRoot(workspace);
    }

    /** The package of the request, with the scanned materials of the configured folder (else the inbox). */
    public FilingOutcome run(FilingRequest request) {
        return run(request, collector.defaultMaterialsRoot());
    }

    /**
     * As {@link #run(FilingRequest)}, taking the scanned materials from {@code materialsRoot}
     * ({@code <县区>/materials/<统一社会信用代码>/*.pdf}), e.g. the demo's inbox.
     */
    public FilingOutcome run(FilingRequest request, Path materialsRoot) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(materialsRoot, "materialsRoot");
        long revision = 1;
        boolean restart = false;
        while (true) {
            JobInstance instance = jobRepository.getJobInstance(JOB, identifying(request, revision));
            JobExecution last = instance == null ? null : jobRepository.getLastJobExecution(instance);
            if (last == null) {
                break;
            }
            if (last.isRunning()) {
                return new FilingOutcome(-1, FilingOutcome.FAILED, null, null, List.of(),
                        FilingMessages.running(request, last.getId()));
            }
            if (last.getStatus() == BatchStatus.COMPLETED || last.getStatus() == BatchStatus.ABANDONED) {
                revision++;
                continue;
            }
            restart = true;
            break;
        }
        JobParameters parameters = new JobParametersBuilder(identifying(request, revision))
                .addString(FilingJobConfiguration.MATERIALS, materialsRoot.toAbsolutePath().normalize().toString(),
                        false)
                .addString(FilingJobConfiguration.WORK_ROOT, workRoot.toString(), false)
                .toJobParameters();
        JobExecution execution;
        long started = System.nanoTime();
        try {
            execution = jobOperator.start(filingJob, parameters);
            log.info("filingJob（{}，{}，第{}次）{}，用时 {} ms", request.batchLabel(), request.asOf(), revision,
                    execution.getStatus(), (System.nanoTime() - started) / 1_000_000);
        }
        catch (Exception ex) {
            return startFailure(request, revision, restart, ex);
        }
        ExecutionContext context = execution.getExecutionContext();
        List<String> gaps = FilingJobConfiguration.gaps(context.containsKey(FilingJobConfiguration.GAPS)
                ? context.getString(FilingJobConfiguration.GAPS) : null);
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            Throwable cause = execution.getAllFailureExceptions().stream().findFirst().orElse(null);
            if (cause instanceof FilingIncompleteException incomplete) {
                return new FilingOutcome(execution.getId(), FilingOutcome.FAILED, null, null, incomplete.gaps(),
                        incomplete.getMessage());
            }
            String step = execution.getStepExecutions().stream().filter(s -> s.getStatus() != BatchStatus.COMPLETED)
                    .map(StepExecution::getStepName).findFirst().orElse("?");
            return new FilingOutcome(execution.getId(), FilingOutcome.FAILED, null, null, List.of(),
                    FilingMessages.failed(request, revision, step, cause == null
                            ? execution.getExitStatus().getExitDescription() : cause.getMessage()));
        }
        Path zip = archive.outDir().resolve(context.getString(FilingJobConfiguration.PACKAGE_PATH));
        String sha = context.getString(FilingJobConfiguration.PACKAGE_SHA);
        return new FilingOutcome(execution.getId(), FilingOutcome.COMPLETED, zip, sha, gaps,
                "报省备案材料包（" + request.batchLabel() + "，统计日期 " + request.asOf() + "）已生成：" + zip
                        + (gaps.isEmpty() ? "" : "；" + gaps.size() + " 项缺项已在报送函中列明"));
    }

    /**
     * Why a start failed: a run of the same request started at the same instant by another thread or process (the job
     * repository's unique instance key let only one through) is reported as running, anything else as it is.
     */
    private FilingOutcome startFailure(FilingRequest request, long revision, boolean restart, Exception ex) {
        try {
            JobInstance instance = jobRepository.getJobInstance(JOB, identifying(request, revision));
            JobExecution other = instance == null ? null : jobRepository.getLastJobExecution(instance);
            // the other start may have stored its instance but not yet its execution: it is running all the same
            if (instance != null && (!restart || other != null && other.isRunning())) {
                return new FilingOutcome(-1, FilingOutcome.FAILED, null, null, List.of(),
                        FilingMessages.running(request, other == null ? null : other.getId()));
            }
        }
        catch (RuntimeException unreachable) {
            // the repository is gone as well: report the original failure
        }
        return new FilingOutcome(-1, FilingOutcome.FAILED, null, null, List.of(),
                "无法启动报省备案材料包作业（" + request.batchLabel() + "，统计日期 " + request.asOf() + "）：" + ex.getMessage());
    }

    static JobParameters identifying(FilingRequest request, long revision) {
        return new JobParametersBuilder()
                .addLocalDate(FilingJobConfiguration.AS_OF, request.asOf())
                .addLong(FilingJobConfiguration.BATCH, request.batch() == null ? 0L : request.batch().longValue())
                .addString(FilingJobConfiguration.ALLOW_INCOMPLETE, String.valueOf(request.allowIncomplete()))
                .addLong(FilingJobConfiguration.REVISION, revision)
                .toJobParameters();
    }
}
