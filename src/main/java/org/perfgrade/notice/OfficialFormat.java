package org.perfgrade.notice;

/**
 * 版式: which GB/T 9704-2012 layout a kind of document is set in — the 文件格式 of the notices (red header "…文件",
 * centred number, single red rule) or the 信函格式 of a letter (issuer name 30 mm from the top, red double rules, number
 * flush right, no page number on the first page, 版记 without 印发 line), each with its body template.
 */
public enum OfficialFormat {

    /** 文件格式 ({@code reports/notice.jrxml}). */
    FILE("notice"),
    /** 信函格式 ({@code reports/letter.jrxml}; head and double rules drawn by {@link LetterHead}). */
    LETTER("letter");

    private final String template;

    OfficialFormat(String template) {
        this.template = template;
    }

    /** The body template's name under {@code reports/}. */
    String template() {
        return template;
    }
}
