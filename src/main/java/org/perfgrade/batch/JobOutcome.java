package org.perfgrade.batch;

import java.time.LocalDateTime;
import java.util.List;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * 作业运行结果: how a start of a business-date job ended, for the caller to word in its own terms — completed,
 * failed at a step (with the cause in the failure's own Chinese words), refused because a run of the key is going,
 * or not started at all.
 *
 * @param executionId the run's job execution id (-1 when none was started)
 * @param revision    the revision that ran (0 for a key without revisions)
 * @param restarted   whether the run continued a failed or interrupted one
 * @param failedStep  the first step that did not complete ("?" when none is known; null unless failed)
 * @param cause       why it failed or was refused, as the failure says it (null when completed)
 * @param failure     the first failure (null when none was thrown)
 * @param since       when the run of the key that refused this start began (null unless {@link Status#RUNNING})
 * @param context     the run's job execution context (empty unless it ran)
 * @param attempts    the execution ids of every attempt, this one last (more than one after retries)
 */
public record JobOutcome(Status status, long executionId, long revision, boolean restarted, String failedStep,
                         String cause, Throwable failure, ExitStatus exitStatus, LocalDateTime since,
                         ExecutionContext context, List<Long> attempts) {

    /** 结果类别. */
    public enum Status {
        /** 已完成. */
        COMPLETED,
        /** 在某一步失败，再次运行同一业务键将从该步继续. */
        FAILED,
        /** 同一业务键的运行正在进行（或其进程已意外终止），未再启动. */
        RUNNING,
        /** 运行开始后数据库不可用，结束未能记录；数据库恢复后已标为失败. */
        INTERRUPTED,
        /** 运行开始后数据库不可用，至今仍显示为正在运行. */
        UNRECORDED,
        /** 未能启动. */
        NOT_STARTED
    }

    public JobOutcome {
        context = context == null ? new ExecutionContext() : context;
        attempts = attempts == null ? List.of() : List.copyOf(attempts);
    }

    public boolean completed() {
        return status == Status.COMPLETED;
    }

    /** A string from the run's job execution context, or null. */
    public String contextString(String key) {
        return context.containsKey(key) ? context.getString(key) : null;
    }

    static JobOutcome refused(Status status, long executionId, long revision, String cause, Throwable failure,
                              LocalDateTime since) {
        return new JobOutcome(status, executionId, revision, false, null, cause, failure, null, since, null, null);
    }

    JobOutcome withAttempts(List<Long> attempts) {
        return new JobOutcome(status, executionId, revision, restarted, failedStep, cause, failure, exitStatus, since,
                context, attempts);
    }
}
