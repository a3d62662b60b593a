package org.perfgrade.ingest;

import java.util.List;

/**
 * 报送状态: where a county file stands in intake, as {@code submission.status} stores it (by name). Intake's SQL binds
 * these instead of writing the strings out, and other stages ask {@link ReceivedSubmissions} rather than reading
 * the column.
 */
public enum SubmissionStatus {
    /** 已接收: registered, not yet read. */
    RECEIVED,
    /** 已导入: every row applied. */
    IMPORTED,
    /** 部分导入: applied, with rows refused. */
    PARTIAL,
    /** 已退回: the whole file refused. */
    REJECTED,
    /** 导入失败: the import failed. */
    FAILED,
    /** 待市局确认: held, since it would retire much of what the county holds. */
    HELD,
    /** 市局已确认: the city confirmed a held file; its import runs next. */
    CONFIRMED,
    /** 已被取代: a newer held file of the same county and kind replaced it. */
    SUPERSEDED;

    /** The statuses of a file whose rows reached the ledger (已导入、部分导入). */
    public static final List<SubmissionStatus> APPLIED = List.of(IMPORTED, PARTIAL);

    /** The names of the statuses, as the column stores them. */
    public static List<String> names(List<SubmissionStatus> statuses) {
        return statuses.stream().map(Enum::name).toList();
    }
}
