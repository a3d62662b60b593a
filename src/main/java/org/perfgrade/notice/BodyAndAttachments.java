package org.perfgrade.notice;

import java.util.List;

/** 正文与附件: what a kind's drafter words; {@link NoticeDrafts} adds the title, addressees, signature and 版记. */
record BodyAndAttachments(List<BodyBlock> body, List<NoticeAttachment> attachments) {
}
