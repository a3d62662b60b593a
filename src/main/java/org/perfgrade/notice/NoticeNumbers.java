package org.perfgrade.notice;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;

import org.perfgrade.reference.IssuingAuthority;
import org.perfgrade.reference.ReferenceData;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * 发文字号登记簿: hands out document numbers from the register {@code authority.yml} gives a document kind — the
 * 攻坚办's for the notices (汴环攻坚办〔2021〕N号), 市生态环境局's for the filing letters (汴环函〔2021〕N号). Within a
 * register a number is unique per year (the year of the 成文日期) and never reused, and numbers follow the issue dates:
 * a document dated before one the register has already numbered that year is refused, unless its number is given by
 * hand. Two registers may hand out the same number. A notice — its kind, business date and subject — keeps the number,
 * code and issue date it was given, however often it is rendered again; a number asked for is refused when another
 * document of the register holds it. The primary key (register, year, number) settles two processes asking at once.
 */
@Service
public class NoticeNumbers {

    /**
     * One registered number.
     *
     * @param asOf     the business date of the document's figures
     * @param register the register's key
     * @param issuedOn 成文日期
     */
    public record Entry(DocumentNumber number, NoticeKind kind, LocalDate asOf, String title, String register,
                        LocalDate issuedOn) {
    }

    /**
     * What a document asks the register for.
     *
     * @param subject   tells apart several documents of a kind and date (e.g. {@code batch-1}; "" for notices)
     * @param issuedOn  成文日期; it orders the numbers and gives the year
     * @param requested the number asked for ({@code --number}), null for the next one
     */
    public record Request(NoticeKind kind, LocalDate asOf, String subject, LocalDate issuedOn, Integer requested,
                          String title) {

        public Request {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(asOf, "asOf");
            Objects.requireNonNull(issuedOn, "issuedOn");
            subject = subject == null ? "" : subject;
        }
    }

    private static final String COLUMNS = "SELECT issue_year, number_no, kind, as_of, title, register_key, prefix, "
            + "issued_on FROM notice_number ";

    private final JdbcClient jdbc;
    private final ReferenceData reference;
    private final NoticeTemplates templates;
    private final NoticeProperties properties;
    private final Clock clock;

    NoticeNumbers(JdbcClient jdbc, ReferenceData reference, NoticeTemplates templates, NoticeProperties properties,
                  Clock clock) {
        this.jdbc = jdbc;
        this.reference = reference;
        this.templates = templates;
        this.properties = properties;
        this.clock = clock;
    }

    /** As {@link #assign(Request)} for a notice issued on its business date. */
    public DocumentNumber assign(NoticeKind kind, LocalDate asOf, Integer requested, String title) {
        return assign(new Request(kind, asOf, "", asOf, requested, title)).number();
    }

    /** As {@link #assign(Request)} for one of several documents of a kind and date, issued on the business date. */
    public DocumentNumber assign(NoticeKind kind, LocalDate asOf, String subject, Integer requested, String title) {
        return assign(new Request(kind, asOf, subject, asOf, requested, title)).number();
    }

    /**
     * The entry of the document: the one it already has, else {@code requested} (when free) or the next number of
     * its register and year.
     *
     * @throws NoticeNumberException when {@code requested} belongs to another document, the document already has
     *                               another number or issue date, or it is dated before a document the register has
     *                               already numbered that year (and no number is requested)
     */
    public Entry assign(Request request) {
        Optional<Entry> existing = find(request.kind(), request.asOf(), request.subject());
        if (existing.isPresent()) {
            return kept(existing.get(), request);
        }
        IssuingAuthority.NumberRegister register = registerOf(request.kind());
        String prefix = templates.of(request.kind()).issuerCode().orElse(register.prefix());
        int year = request.issuedOn().getYear();
        if (request.requested() != null) {
            if (request.requested() < 1) {
                throw new NoticeNumberException("文号须为正整数：" + request.requested());
            }
            Optional<Entry> holder = find(register.key(), year, request.requested());
            if (holder.isPresent()) {
                throw new NoticeNumberException(holder.get().number().text() + " 已用于“" + holder.get().title()
                        + "”（成文日期 " + NoticeDraft.chineseDate(holder.get().issuedOn())
                        + "），不能重复使用；不加 --number 将自动取下一个文号。");
            }
            try {
                insert(register.key(), prefix, year, request.requested(), request);
            }
            catch (DuplicateKeyException ex) {
                return assign(request);
            }
            return find(request.kind(), request.asOf(), request.subject()).orElseThrow();
        }
        later(register.key(), year, request.issuedOn(), Integer.MAX_VALUE).ifPresent(later -> {
            throw outOfOrder(request, later);
        });
        // each statement commits on its own, so that a retry sees the numbers others took meanwhile
        for (int attempt = 0; ; attempt++) {
            int next = Math.max(max(register.key(), year) + 1,
                    Math.max(properties.firstNumber(), register.firstFreeNumber(year)));
            try {
                insert(register.key(), prefix, year, next, request);
            }
            catch (DuplicateKeyException ex) {
                Optional<Entry> meanwhile = find(request.kind(), request.asOf(), request.subject());
                if (meanwhile.isPresent()) {
                    return kept(meanwhile.get(), request);
                }
                if (attempt >= 20) {
                    throw new NoticeNumberException("无法取得文号：其他进程同时在编号，请稍后重试。");
                }
                continue;
            }
            // a later-dated document numbered meanwhile below this number: this one would break the order
            Optional<Entry> later = later(register.key(), year, request.issuedOn(), next);
            if (later.isPresent()) {
                delete(register.key(), year, next);
                throw outOfOrder(request, later.get());
            }
            return find(request.kind(), request.asOf(), request.subject()).orElseThrow();
        }
    }

    /** The number a notice has, if any. */
    public Optional<Entry> find(NoticeKind kind, LocalDate asOf) {
        return find(kind, asOf, "");
    }

    /** The number one of several documents of a kind and date has, if any. */
    public Optional<Entry> find(NoticeKind kind, LocalDate asOf, String subject) {
        return jdbc.sql(COLUMNS + "WHERE kind = :kind AND as_of = :asOf AND subject = :subject")
                .param("kind", kind.code()).param("asOf", asOf).param("subject", subject == null ? "" : subject)
                .query((rs, n) -> entry(rs)).optional();
    }

    /**
     * The issuer that signs a document of this kind, date and subject: the one of the register that numbered it,
     * else the one {@code authority.yml} gives the kind.
     */
    public IssuingAuthority.Issuer issuerOf(NoticeKind kind, LocalDate asOf, String subject) {
        IssuingAuthority authority = reference.authority();
        return find(kind, asOf, subject).flatMap(e -> authority.register(e.register()))
                .flatMap(r -> authority.issuer(r.issuer()))
                .orElseGet(() -> authority.issuerOf(kind.code()));
    }

    /** The business date of the latest earlier notice of this kind, if any (what "since the last notice" means). */
    public Optional<LocalDate> previous(NoticeKind kind, LocalDate asOf) {
        return jdbc.sql("SELECT MAX(as_of) FROM notice_number WHERE kind = :kind AND as_of < :asOf")
                .param("kind", kind.code()).param("asOf", asOf).query(LocalDate.class).optional();
    }

    private IssuingAuthority.NumberRegister registerOf(NoticeKind kind) {
        return reference.authority().registerOf(kind.code()).orElseThrow(() -> new NoticeNumberException(
                "authority.yml 没有为“" + kind.code() + "”指定发文字号登记簿（registers）"));
    }

    /** The document already registered: its number and issue date stay what they are. */
    private static Entry kept(Entry entry, Request request) {
        if (request.requested() != null && request.requested() != entry.number().number()) {
            throw new NoticeNumberException("该文书（统计日期 " + NoticeDraft.chineseDate(request.asOf()) + "）已编为 "
                    + entry.number().text() + "，文号一经编定不再更改；如需另发文，请改用其他统计日期。");
        }
        if (!request.issuedOn().equals(entry.issuedOn())) {
            throw new NoticeNumberException("该文书（统计日期 " + NoticeDraft.chineseDate(request.asOf()) + "）已编为 "
                    + entry.number().text() + "，成文日期 " + NoticeDraft.chineseDate(entry.issuedOn())
                    + "；文号和成文日期一经编定不再更改，不能改为 " + NoticeDraft.chineseDate(request.issuedOn()) + "。");
        }
        return entry;
    }

    private static NoticeNumberException outOfOrder(Request request, Entry later) {
        String hint = request.kind() == NoticeKind.FILING_LETTER
                ? "报送函以材料包的统计日期为成文日期，请改用不早于该日期的统计日期。"
                : "请改用不早于该日期的成文日期（--date），或用 --number 指定文号。";
        return new NoticeNumberException("成文日期 " + NoticeDraft.chineseDate(request.issuedOn()) + " 早于同一登记簿已编号的 "
                + later.number().text() + "“" + later.title() + "”（成文日期 " + NoticeDraft.chineseDate(later.issuedOn())
                + "），文号须按成文日期先后编排。" + hint);
    }

    private Optional<Entry> find(String register, int year, int number) {
        return jdbc.sql(COLUMNS + "WHERE register_key = :register AND issue_year = :year AND number_no = :number")
                .param("register", register).param("year", year).param("number", number)
                .query((rs, n) -> entry(rs)).optional();
    }

    /** The latest-dated document of the register and year dated after {@code issuedOn}, numbered below {@code below}. */
    private Optional<Entry> later(String register, int year, LocalDate issuedOn, int below) {
        return jdbc.sql(COLUMNS + "WHERE register_key = :register AND issue_year = :year AND issued_on > :issuedOn "
                        + "AND number_no < :below ORDER BY issued_on DESC, number_no DESC")
                .param("register", register).param("year", year).param("issuedOn", issuedOn).param("below", below)
                .query((rs, n) -> entry(rs)).list().stream().findFirst();
    }

    private int max(String register, int year) {
        return jdbc.sql("SELECT COALESCE(MAX(number_no), 0) FROM notice_number "
                        + "WHERE register_key = :register AND issue_year = :year")
                .param("register", register).param("year", year).query(Integer.class).single();
    }

    private void insert(String register, String prefix, int year, int number, Request request) {
        jdbc.sql("INSERT INTO notice_number (register_key, issue_year, number_no, prefix, kind, as_of, subject, title, "
                        + "issued_on, issued_at) "
                        + "VALUES (:register, :year, :number, :prefix, :kind, :asOf, :subject, :title, :issuedOn, :at)")
                .param("register", register).param("year", year).param("number", number).param("prefix", prefix)
                .param("kind", request.kind().code()).param("asOf", request.asOf())
                .param("subject", request.subject()).param("title", request.title().replace("\n", ""))
                .param("issuedOn", request.issuedOn()).param("at", LocalDateTime.now(clock)).update();
    }

    private void delete(String register, int year, int number) {
        jdbc.sql("DELETE FROM notice_number WHERE register_key = :register AND issue_year = :year "
                        + "AND number_no = :number")
                .param("register", register).param("year", year).param("number", number).update();
    }

    private static Entry entry(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Entry(new DocumentNumber(rs.getString(7), rs.getInt(1), rs.getInt(2)),
                NoticeKind.ofCode(rs.getString(3)).orElseThrow(), rs.getObject(4, LocalDate.class), rs.getString(5),
                rs.getString(6), rs.getObject(8, LocalDate.class));
    }
}
