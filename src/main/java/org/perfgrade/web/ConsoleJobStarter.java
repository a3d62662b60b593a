package org.perfgrade.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.batch.core.job.parameters.JobParameter;
import org.springframework.batch.core.job.parameters.JobParameters;

/**
 * 控制台可启动的一类作业: what the console needs to start one kind of Spring Batch job from {@code /jobs} and to show
 * its runs — a Spring bean per kind ({@link NightlyJobStarter} for {@code nightlyJob}; the filing package is one
 * more). {@link ConsoleJobs} runs {@link #run} on its own thread, one run of a kind at a time, and reads the progress
 * from the job repository by {@link #jobName()}.
 */
public interface ConsoleJobStarter {

    /** The kind in URLs and the audit log ({@code nightly}); letters only. */
    String key();

    /** The kind for people ({@code 夜间作业}). */
    String title();

    /** One sentence on the page saying what a run does. */
    String description();

    /** The Spring Batch job whose executions are this kind's runs ({@code nightlyJob}). */
    String jobName();

    /** The business date the form proposes. */
    LocalDate defaultDate();

    /** Further fields of the start form besides the business date (none by default). */
    default List<JobOption> options() {
        return List.of();
    }

    /**
     * Checks a request before anything starts.
     *
     * @throws IllegalArgumentException with a Chinese message naming the field
     */
    default void check(JobRequest request) {
    }

    /**
     * Runs the job to its end on the console's job thread (the caller returns to the browser at once).
     *
     * @return a Chinese summary of the outcome for the audit log
     * @throws RuntimeException with a Chinese message when the run fails
     */
    String run(JobRequest request);

    /** A step's name for people (the step name itself by default). */
    default String stepTitle(String stepName) {
        return stepName;
    }

    /** The business date of a run: the identifying date parameter of the job (every job is keyed by one). */
    default Optional<LocalDate> businessDate(JobParameters parameters) {
        return parameters.parameters().stream().filter(JobParameter::identifying).map(JobParameter::value)
                .filter(LocalDate.class::isInstance).map(LocalDate.class::cast).findFirst();
    }

    /** The document kind a finished run is linked to in the documents list (null: every document of the date). */
    default String documentKind() {
        return null;
    }
}
