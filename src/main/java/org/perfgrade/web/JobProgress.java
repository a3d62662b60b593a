package org.perfgrade.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

/**
 * 作业进度: one run of a console job as the job repository records it — its status and each step's, for the progress
 * page and its JSON. Built only from the stored {@link JobExecution}, never from state kept by the console.
 *
 * @param asOf    the business date (null when the job has none)
 * @param running whether the run is still going (the page refreshes itself until it is not)
 * @param message why it failed, in the words of the failure (null unless failed)
 */
public record JobProgress(long executionId, String kind, String title, LocalDate asOf, String status,
                          String statusText, boolean running, LocalDateTime start, LocalDateTime end, String message,
                          List<StepProgress> steps) {

    /**
     * 步骤进度: one step of the run.
     *
     * @param message why the step failed (null unless failed)
     */
    public record StepProgress(String name, String title, String status, String statusText, long readCount,
                               long writeCount, LocalDateTime start, LocalDateTime end, String message) {
    }

    static JobProgress of(JobExecution execution, ConsoleJobStarter starter) {
        // a partitioned step stands for its partitions (Spring Batch names them "worker:partition")
        List<StepProgress> steps = execution.getStepExecutions().stream()
                .filter(s -> !s.getStepName().contains(":"))
                .sorted(Comparator.comparing(StepExecution::getId))
                .map(s -> new StepProgress(s.getStepName(), starter.stepTitle(s.getStepName()), s.getStatus().name(),
                        statusText(s.getStatus()), s.getReadCount(), s.getWriteCount(), s.getStartTime(),
                        s.getEndTime(), s.getStatus() == BatchStatus.FAILED ? failure(s.getExitStatus()) : null))
                .toList();
        String message = null;
        if (execution.getStatus() == BatchStatus.FAILED || execution.getStatus() == BatchStatus.ABANDONED) {
            message = failure(execution.getExitStatus());
            if (message == null) {
                message = steps.stream().map(StepProgress::message).filter(m -> m != null).findFirst().orElse(null);
            }
        }
        return new JobProgress(execution.getId(), starter.key(), starter.title(),
                starter.businessDate(execution.getJobParameters()).orElse(null), execution.getStatus().name(),
                statusText(execution.getStatus()), execution.isRunning(),
                execution.getStartTime() != null ? execution.getStartTime() : execution.getCreateTime(),
                execution.getEndTime(), message, steps);
    }

    public boolean completed() {
        return BatchStatus.COMPLETED.name().equals(status);
    }

    /** 运行状态 in Chinese. */
    static String statusText(BatchStatus status) {
        return switch (status) {
            case COMPLETED -> "已完成";
            case STARTING -> "正在启动";
            case STARTED -> "运行中";
            case STOPPING -> "正在停止";
            case STOPPED -> "已停止";
            case FAILED -> "失败";
            case ABANDONED -> "已放弃";
            case UNKNOWN -> "状态不明";
        };
    }

    /**
     * The failure in words: the stored exit description up to its stack trace, without the exception's class name
     * ({@code java.lang.IllegalStateException: 模拟故障…} → {@code 模拟故障…}); a message of several lines (the
     * enterprises a filing package lacks opinions for) keeps its lines.
     */
    static String failure(ExitStatus exit) {
        String description = exit == null ? null : exit.getExitDescription();
        if (description == null || description.isBlank()) {
            return null;
        }
        String words = description.strip().lines().map(String::strip)
                .takeWhile(line -> !line.startsWith("at ") && !line.startsWith("Caused by:")
                        && !line.matches("\\.\\.\\. \\d+ more"))
                .collect(Collectors.joining("\n"));
        return words.replaceFirst("^([\\w$]+\\.)*[\\w$]+(Exception|Error): *", "");
    }
}
