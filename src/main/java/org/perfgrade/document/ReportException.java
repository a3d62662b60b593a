package org.perfgrade.document;

/** 报表错误: a JasperReports template that cannot be found, compiled, filled or exported, said in Chinese. */
public class ReportException extends RuntimeException {

    public ReportException(String message, Throwable cause) {
        super(message, cause);
    }
}
