package org.perfgrade.notice;

import java.util.Arrays;
import java.util.Optional;

/** 通报种类: the circulation notices perfgrade drafts, by the code used on the command line and in config. */
public enum NoticeKind {

    /** 关于全市重点行业绩效分级提升工作进展情况的通报. */
    PROGRESS("progress", OfficialFormat.FILE),
    /** 通报批评: experts or third parties whose opinions were rejected, barred for three years. */
    EXPERT_CRITICISM("expert-criticism", OfficialFormat.FILE),
    /** D级企业 placed under seasonal production control (错峰生产). */
    SEASONAL_CONTROL("seasonal-control", OfficialFormat.FILE),
    /** 报送函: the cover letter of the provincial filing package, drafted by {@code perfgrade package}. */
    FILING_LETTER("filing-letter", OfficialFormat.LETTER);

    private final String code;
    private final OfficialFormat layout;

    NoticeKind(String code, OfficialFormat layout) {
        this.code = code;
        this.layout = layout;
    }

    /** The layout its documents are set in (文件格式 or 信函格式). */
    public OfficialFormat layout() {
        return layout;
    }

    public String code() {
        return code;
    }

    public static Optional<NoticeKind> ofCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }
}
