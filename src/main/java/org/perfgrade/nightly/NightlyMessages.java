package org.perfgrade.nightly;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.perfgrade.batch.JobOutcome;

/**
 * The Chinese sentences for a night's run that did not complete: where it failed, or why it did not start. A failed
 * run of the date is restarted where it stopped, after a completed one the next revision runs (late files); a run still
 * marked as running is refused unless the caller states that its process is gone ({@code --recover}).
 */
final class NightlyMessages {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private NightlyMessages() {
    }

    static String of(LocalDate asOf, JobOutcome outcome) {
        String run = "夜间作业（" + asOf + "，第" + outcome.revision() + "次）";
        return switch (outcome.status()) {
            case FAILED -> run + "在步骤 " + outcome.failedStep() + " 失败：" + outcome.cause()
                    + "。排除问题后再次运行同一日期，将从失败的步骤继续。";
            case RUNNING -> running(asOf, outcome);
            case INTERRUPTED -> run + "运行中失败：" + outcome.cause() + "。排除问题后再次运行同一日期，将从失败的步骤继续。";
            case UNRECORDED -> run + "运行中失败：" + outcome.cause() + "。数据库仍无法访问，这次运行可能仍显示为正在运行；"
                    + "数据库恢复后加 --recover 再次运行同一日期，将从失败的步骤继续。";
            default -> "无法启动" + run + "：" + outcome.cause();
        };
    }

    private static String running(LocalDate asOf, JobOutcome outcome) {
        boolean known = outcome.executionId() > 0;
        return "业务日期 " + asOf + " 的夜间作业（第" + outcome.revision() + "次"
                + (known ? "，执行编号 " + outcome.executionId() : "") + "）正在运行"
                + (outcome.since() == null ? "" : "，开始于 " + TIME.format(outcome.since()))
                + "。同一日期不能同时运行两次，请等它结束；如确认该进程已意外终止（如断电、被结束），加 --recover 重新运行，"
                + "将从中断的步骤继续。";
    }
}
