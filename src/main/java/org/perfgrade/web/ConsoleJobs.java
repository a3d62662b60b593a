package org.perfgrade.web;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import org.perfgrade.batch.StartedRuns;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.dao.IncorrectResultSizeDataAccessException;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Service;

/**
 * 作业启动与进度: starts the console's jobs ({@link ConsoleJobStarter}, one per kind) on a small thread pool of its
 * own — one thread per kind, no queue, one run of a kind at a time (a run already marked running in the job
 * repository, e.g. the scheduled one, counts too) — and reads their progress back from the job repository. Every
 * start and its outcome go to the audit log.
 */
@Service
public class ConsoleJobs implements DisposableBean {

    /** How long a start waits for its execution to appear in the job repository. */
    static final Duration START_WAIT = Duration.ofSeconds(30);
    /** Recent job instances looked at per kind (new runs, restarts and the list of recent runs). */
    private static final int RECENT_INSTANCES = 20;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final List<ConsoleJobStarter> starters;
    private final JobRepository repository;
    private final StartedRuns startedRuns;
    private final AuditLog audit;
    private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
    private final Map<String, CompletableFuture<String>> running = new ConcurrentHashMap<>();

    public ConsoleJobs(List<ConsoleJobStarter> starters, JobRepository repository, StartedRuns startedRuns,
                       AuditLog audit) {
        this.starters = List.copyOf(starters);
        this.repository = repository;
        this.startedRuns = startedRuns;
        this.audit = audit;
        executor.setCorePoolSize(Math.max(1, starters.size()));
        executor.setMaxPoolSize(Math.max(1, starters.size()));
        executor.setQueueCapacity(0);
        executor.setThreadNamePrefix("console-job-");
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(120);
        executor.initialize();
    }

    /** The kinds the console can start, in page order. */
    public List<ConsoleJobStarter> starters() {
        return starters;
    }

    public Optional<ConsoleJobStarter> starter(String key) {
        return starters.stream().filter(l -> l.key().equals(key)).findFirst();
    }

    /**
     * Starts a run in the background and returns once the job repository has its execution.
     *
     * @return the job execution id (for the progress page)
     * @throws JobRefusedException when a run of the kind is going, the request is wrong or the job did not start
     */
    public long start(ConsoleJobStarter starter, JobRequest request, String username, String remoteAddress) {
        try {
            starter.check(request);
        }
        catch (IllegalArgumentException ex) {
            throw new JobRefusedException(ex.getMessage(), null);
        }
        CompletableFuture<String> future;
        CompletableFuture<Long> startedId = new CompletableFuture<>();
        synchronized (this) {
            refuseWhileRunning(starter, request.asOf());
            try {
                future = CompletableFuture.supplyAsync(() -> {
                    startedRuns.watch(startedId);
                    try {
                        return starter.run(request);
                    }
                    finally {
                        startedRuns.unwatch();
                    }
                }, executor);
            }
            catch (RejectedExecutionException ex) {
                throw new JobRefusedException("作业线程都在忙，请稍后再启动" + starter.title() + "。", null);
            }
            running.put(starter.key(), future);
        }
        String what = starter.title() + "（" + starter.key() + "），业务日期 " + request.asOf()
                + (request.options().isEmpty() ? "" : "，" + request.options());
        future.whenComplete((summary, error) -> running.remove(starter.key(), future));
        // the outcome is logged after the start, even when the run ends before the start is confirmed
        CompletableFuture<Void> startLogged = new CompletableFuture<>();
        startLogged.thenCombine(future.handle((summary, error) -> error == null ? " 完成：" + summary
                : " 失败：" + (error.getCause() != null ? error.getCause() : error).getMessage()), (v, outcome) -> {
                    audit.record(username, AuditAction.JOB_FINISHED, what + outcome, remoteAddress);
                    return null;
                });
        Long id = null;
        try {
            id = awaitExecution(starter, startedId, future);
            return id;
        }
        finally {
            audit.record(username, AuditAction.JOB_START, what + (id == null ? "" : "，执行编号 " + id), remoteAddress);
            startLogged.complete(null);
        }
    }

    /** Whether no run of the kind started here is still on the console's job thread (its outcome logged). */
    boolean idle(String key) {
        CompletableFuture<String> mine = running.get(key);
        return mine == null || mine.isDone();
    }

    /** A run of a console kind by its execution id. */
    public Optional<JobProgress> progress(long executionId) {
        JobExecution execution = execution(executionId);
        if (execution == null) {
            return Optional.empty();
        }
        String job = execution.getJobInstance().getJobName();
        return starters.stream().filter(l -> l.jobName().equals(job)).findFirst()
                .map(l -> JobProgress.of(execution, l));
    }

    private JobExecution execution(long executionId) {
        try {
            return repository.getJobExecution(executionId);
        }
        catch (IncorrectResultSizeDataAccessException ex) {
            return null; // the JDBC repository throws for an unknown id
        }
    }

    /** The latest runs of every kind, newest first. */
    public List<JobProgress> recent(int limit) {
        return starters.stream()
                .flatMap(l -> recentExecutions(l).map(e -> JobProgress.of(e, l)))
                .sorted(Comparator.comparingLong(JobProgress::executionId).reversed())
                .limit(limit).toList();
    }

    private void refuseWhileRunning(ConsoleJobStarter starter, LocalDate asOf) {
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
        CompletableFuture<String> mine = running.get(starter.key());
        if (mine != null && !mine.isDone()) {
            throw new JobRefusedException("刚启动的" + starter.title() + "尚未结束，同一类作业一次只运行一个，请稍后再试。",
                    null);
        }
    }

    /** The run's execution id once it exists in the job repository, or why it never started. */
    private long awaitExecution(ConsoleJobStarter starter, CompletableFuture<Long> startedId,
                                CompletableFuture<String> future) {
        try {
            CompletableFuture.anyOf(startedId, future).get(START_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        }
        catch (TimeoutException ex) {
            throw new JobRefusedException(starter.title() + "已提交，但 " + START_WAIT.toSeconds()
                    + " 秒内未在作业仓库中出现；请稍后在下方“最近的作业”中查看。", null);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
        catch (ExecutionException ex) {
            // the run ended in an error: told below, unless it had begun
        }
        if (startedId.isDone()) {
            return startedId.join();
        }
        Throwable error = future.handle((summary, e) -> e).join();
        Throwable cause = error != null && error.getCause() != null ? error.getCause() : error;
        throw new JobRefusedException(starter.title() + "未能启动："
                + (cause == null ? "作业仓库中没有这次运行" : cause.getMessage()), null);
    }

    private Stream<JobExecution> recentExecutions(ConsoleJobStarter starter) {
        List<JobInstance> instances = repository.getJobInstances(starter.jobName(), 0, RECENT_INSTANCES);
        return instances.stream().flatMap(i -> repository.getJobExecutions(i).stream()).filter(Objects::nonNull);
    }

    @Override
    public void destroy() {
        executor.shutdown();
    }
}
