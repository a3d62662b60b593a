package org.perfgrade.web;

/**
 * 作业未启动: a start from the console was refused (a run of the kind is already going, the date or a field is
 * wrong, the job could not start); the message says why in Chinese.
 */
public class JobRefusedException extends RuntimeException {

    private final Long runningExecutionId;

    public JobRefusedException(String message, Long runningExecutionId) {
        super(message);
        this.runningExecutionId = runningExecutionId;
    }

    /** The execution that is in the way, to link its progress page; null when none. */
    public Long runningExecutionId() {
        return runningExecutionId;
    }
}
