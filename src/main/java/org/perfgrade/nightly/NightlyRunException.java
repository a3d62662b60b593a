package org.perfgrade.nightly;

/** 夜间作业未完成: a run of {@code nightlyJob} failed or could not start; the message says why and what to do. */
public class NightlyRunException extends RuntimeException {

    public NightlyRunException(String message, Throwable cause) {
        super(message, cause);
    }
}
