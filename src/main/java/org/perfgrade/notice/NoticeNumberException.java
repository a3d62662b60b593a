package org.perfgrade.notice;

/** 文号冲突: a document number that cannot be given; the message says why and what to do. */
public class NoticeNumberException extends RuntimeException {

    public NoticeNumberException(String message) {
        super(message);
    }
}
