package org.perfgrade.notice;

import java.time.LocalDate;
import java.util.List;

/**
 * 通报草稿: everything printed in a notice, already worded — what a drafter makes from the data of the as-of date
 * and a renderer lays out in the GB/T 9704-2012 format. The document number is assigned by the register.
 *
 * @param kind        which notice
 * @param asOf        the business date whose snapshot and ledger the figures come from
 * @param title       标题, may contain '\n' where it is to be broken at a sense unit
 * @param addressees  主送机关, ending in "："
 * @param body        正文 in reading order
 * @param signature   发文机关署名
 * @param signedOn    成文日期
 * @param attachments 附件, in order (附件1, 附件2 …); the 附件说明 lists their titles
 * @param copyTo      抄送机关 (版记)
 * @param printedBy   印发机关 (版记)
 * @param printedOn   印发日期 (版记)
 */
public record NoticeDraft(NoticeKind kind, LocalDate asOf, String title, String addressees, List<BodyBlock> body,
                          String signature, LocalDate signedOn, List<NoticeAttachment> attachments,
                          List<String> copyTo, String printedBy, LocalDate printedOn) {

    public NoticeDraft {
        body = List.copyOf(body);
        attachments = List.copyOf(attachments);
        copyTo = List.copyOf(copyTo);
    }

    /** 2021年5月25日: Arabic numerals without leading zeros. */
    public static String chineseDate(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }
}
