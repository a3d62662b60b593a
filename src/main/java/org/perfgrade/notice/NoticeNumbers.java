package org.perfgrade.notice;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

import org.perfgrade.reference.ReferenceData;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * 发文字号登记簿: hands out document numbers (汴环攻坚办〔2021〕N号) unique per year and never reused. A notice — its
 * kind and business date — keeps the number it was given, however often it is rendered again; a number asked for
 * with {@code --number} is refused when another notice holds it. The table's primary key (year, number) settles two
 * processes asking at the same moment. A kind with several documents on one date (the filing package's cover letters,
 * one per batch) tells them apart by a subject; the notices use none.
 */
@Service
public class NoticeNumbers {

    /** One registered number. */
    public record Entry(DocumentNumber number, NoticeKind kind, LocalDate asOf, String title) {
    }

    private final JdbcClient jdbc;
    private final ReferenceData reference;
    private final NoticeProperties properties;
    private final Clock clock;

    NoticeNumbers(JdbcClient jdbc, ReferenceData reference, NoticeProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.reference = reference;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * The number of the notice of this kind and date: the one it already has, else {@code requested} (when free) or
     * the next free one of the year.
     *
     * @throws NoticeNumberException when {@code requested} belongs to another notice, or the notice already has
     *                               another number
     */
    public DocumentNumber assign(NoticeKind kind, LocalDate asOf, Integer requested, String title) {
        return assign(kind, asOf, "", requested, title);
    }

    /**
     * As {@link #assign(NoticeKind, LocalDate, Integer, String)} for one of several documents of a kind and date,
     * told apart by {@code subject} (e.g. {@code batch-1}; at most 32 characters).
     */
    public DocumentNumber assign(NoticeKind kind, LocalDate asOf, String subject, Integer requested, String title) {
        Optional<Entry> existing = find(kind, asOf, subject);
        if (existing.isPresent()) {
            DocumentNumber number = existing.get().number();
            if (requested != null && requested != number.number()) {
                throw new NoticeNumberException("该通报（" + asOf + "，" + kind.code() + "）已编为 " + number.text()
                        + "，文号一经编定不再更改；如需另发文，请改用其他业务日期。");
            }
            return number;
        }
        int year = asOf.getYear();
        if (requested != null) {
            if (requested < 1) {
                throw new NoticeNumberException("文号须为正整数：" + requested);
            }
            Optional<Entry> holder = find(year, requested);
            if (holder.isPresent()) {
                throw new NoticeNumberException(holder.get().number().text() + " 已用于“" + holder.get().title()
                        + "”（" + holder.get().asOf() + "），不能重复使用；不加 --number 将自动取下一个文号。");
            }
            try {
                insert(year, requested, kind, asOf, subject, title);
            }
            catch (DuplicateKeyException ex) {
                return assign(kind, asOf, subject, requested, title);
            }
            return new DocumentNumber(reference.authority().shortCode(), year, requested);
        }
        // each statement commits on its own, so that a retry sees the numbers others took meanwhile
        for (int attempt = 0; ; attempt++) {
            int next = Math.max(max(year) + 1, properties.firstNumber());
            try {
                insert(year, next, kind, asOf, subject, title);
                return new DocumentNumber(reference.authority().shortCode(), year, next);
            }
            catch (DuplicateKeyException ex) {
                Optional<Entry> meanwhile = find(kind, asOf, subject);
                if (meanwhile.isPresent()) {
                    return meanwhile.get().number();
                }
                if (attempt >= 20) {
                    throw new NoticeNumberException("无法取得文号：其他进程同时在编号，请稍后重试。");
                }
            }
        }
    }

    /** The number a notice has, if any. */
    public Optional<Entry> find(NoticeKind kind, LocalDate asOf) {
        return find(kind, asOf, "");
    }

    /** The number one of several documents of a kind and date has, if any. */
    public Optional<Entry> find(NoticeKind kind, LocalDate asOf, String subject) {
        return jdbc.sql("SELECT issue_year, number_no, kind, as_of, title FROM notice_number "
                        + "WHERE kind = :kind AND as_of = :asOf AND subject = :subject")
                .param("kind", kind.code()).param("asOf", asOf).param("subject", subject == null ? "" : subject)
                .query((rs, n) -> entry(rs.getInt(1), rs.getInt(2), rs.getString(3), rs.getObject(4, LocalDate.class),
                        rs.getString(5)))
                .optional();
    }

    /** The business date of the latest earlier notice of this kind, if any (what "since the last notice" means). */
    public Optional<LocalDate> previous(NoticeKind kind, LocalDate asOf) {
        return jdbc.sql("SELECT MAX(as_of) FROM notice_number WHERE kind = :kind AND as_of < :asOf")
                .param("kind", kind.code()).param("asOf", asOf).query(LocalDate.class).optional();
    }

    private Optional<Entry> find(int year, int number) {
        return jdbc.sql("SELECT issue_year, number_no, kind, as_of, title FROM notice_number "
                        + "WHERE issue_year = :year AND number_no = :number")
                .param("year", year).param("number", number)
                .query((rs, n) -> entry(rs.getInt(1), rs.getInt(2), rs.getString(3), rs.getObject(4, LocalDate.class),
                        rs.getString(5)))
                .optional();
    }

    private int max(int year) {
        return jdbc.sql("SELECT COALESCE(MAX(number_no), 0) FROM notice_number WHERE issue_year = :year")
                .param("year", year).query(Integer.class).single();
    }

    private void insert(int year, int number, NoticeKind kind, LocalDate asOf, String subject, String title) {
        jdbc.sql("INSERT INTO notice_number (issue_year, number_no, kind, as_of, subject, title, issued_at) "
                        + "VALUES (:year, :number, :kind, :asOf, :subject, :title, :at)")
                .param("year", year).param("number", number).param("kind", kind.code()).param("asOf", asOf)
                .param("subject", subject == null ? "" : subject)
                .param("title", title.replace("\n", "")).param("at", LocalDateTime.now(clock)).update();
    }

    private Entry entry(int year, int number, String kind, LocalDate asOf, String title) {
        return new Entry(new DocumentNumber(reference.authority().shortCode(), year, number),
                NoticeKind.ofCode(kind).orElseThrow(), asOf, title);
    }
}
