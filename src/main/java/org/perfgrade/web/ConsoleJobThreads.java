package org.perfgrade.web;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.perfgrade.batch.StartedRuns;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * 控制台作业线程: runs the console's jobs ({@link ConsoleJobStarter}, one per kind) on a small thread pool of its own —
 * one thread per kind, no queue, one run of a kind at a time — and hands back the execution id as soon as the run
 * exists ({@link StartedRuns}). Every start and its outcome go to the audit log.
 */
@Component
class ConsoleJobThreads implements DisposableBean {

    /** How long a start waits for its execution to appear in the job repository. */
    static final Duration START_WAIT = Duration.ofSeconds(30);

    private final StartedRuns startedRuns;
    private final AuditLog audit;
    private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
    private final Map<String, CompletableFuture<String>> running = new ConcurrentHashMap<>();

    ConsoleJobThreads(List<ConsoleJobStarter> starters, StartedRuns startedRuns, AuditLog audit) {
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

    /**
     * Checks the request, starts a run in the background and returns once the job repository has its execution;
     * {@code refuseWhileRunning} runs first, under the same lock.
     *
     * @return the job execution id (for the progress page)
     * @throws JobRefusedException when a run of the kind is going, the request is wrong or the job did not start
     */
    long start(ConsoleJobStarter starter, JobRequest request, String username, String remoteAddress,
               Runnable refuseWhileRunning) {
        try {
            starter.check(request);
        }
        catch (IllegalArgumentException ex) {
            throw new JobRefusedException(ex.getMessage(), null);
        }
        CompletableFuture<String> future;
        CompletableFuture<Long> startedId = new CompletableFuture<>();
        synchronized (this) {
            refuseWhileRunning.run();
            refuseWhileBusy(starter);
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

    /** Refuses a start while a run of the kind started here is still on its thread. */
    private void refuseWhileBusy(ConsoleJobStarter starter) {
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

    @Override
    public void destroy() {
        executor.shutdown();
    }
}
