package org.perfgrade.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.dao.IncorrectResultSizeDataAccessException;
import org.springframework.stereotype.Component;

/**
 * 作业记录: the console's jobs as the job repository records them, read when a page asks — a run's progress, the
 * latest runs of every kind, and the run of a kind that is going (which a new start must wait for). Nothing is kept
 * here between requests.
 */
@Component
class JobRuns {

    /** Recent job instances looked at per kind (the list of recent runs). */
    private static final int RECENT_INSTANCES = 20;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final JobRepository repository;
    private final List<ConsoleJobStarter> starters;

    JobRuns(JobRepository repository, List<ConsoleJobStarter> starters) {
        this.repository = repository;
        this.starters = List.copyOf(starters);
    }

    /** A run of a console kind by its execution id. */
    Optional<JobProgress> progress(long executionId) {
        JobExecution execution = execution(executionId);
        if (execution == null) {
            return Optional.empty();
        }
        String job = execution.getJobInstance().getJobName();
        return starters.stream().filter(l -> l.jobName().equals(job)).findFirst()
                .map(l -> JobProgress.of(execution, l));
    }

    /** The latest runs of every kind, newest first. */
    List<JobProgress> recent(int limit) {
        return starters.stream()
                .flatMap(l -> recentExecutions(l).map(e -> JobProgress.of(e, l)))
                .sorted(Comparator.comparingLong(JobProgress::executionId).reversed())
                .limit(limit).toList();
    }

    /** Refuses a start while the repository has a run of the kind marked running (e.g. the scheduled one). */
    void refuseWhileRunning(ConsoleJobStarter starter, LocalDate asOf) {
        Optional<JobExecution> other = repository.findRunningJobExecutions(starter.jobName()).stream()
                .max(Comparator.comparingLong(JobExecution::getId));
        if (other.isPresent()) {
            JobExecution e = other.get();
            LocalDate date = starter.businessDate(e.getJobParameters()).orElse(null);
            String since = e.getStartTime() == null ? "" : "，开始于 " + TIME.format(e.getStartTime());
            throw new JobRefusedException(asOf.equals(date)
                    ? "业务日期 " + asOf + " 的" + starter.title() + "正在运行（执行编号 " + e.getId() + since
                            + "），不会再启动一次；请等它结束后查看结果。"
                    : starter.title() + "（业务日期 " + date + "，执行编号 " + e.getId() + since + "）正在运行。"
                            + "同一类作业一次只运行一个，请等它结束后再启动 " + asOf + " 的作业。", e.getId());
        }
    }

    private JobExecution execution(long executionId) {
        try {
            return repository.getJobExecution(executionId);
        }
        catch (IncorrectResultSizeDataAccessException ex) {
            return null; // the JDBC repository throws for an unknown id
        }
    }

    private Stream<JobExecution> recentExecutions(ConsoleJobStarter starter) {
        List<JobInstance> instances = repository.getJobInstances(starter.jobName(), 0, RECENT_INSTANCES);
        return instances.stream().flatMap(i -> repository.getJobExecutions(i).stream()).filter(Objects::nonNull);
    }
}
