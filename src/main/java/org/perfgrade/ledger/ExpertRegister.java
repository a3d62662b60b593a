package org.perfgrade.ledger;

import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.perfgrade.ledger.review.ExpertOpinionCheck;
import org.perfgrade.reference.County;
import org.perfgrade.reference.Deadline;
import org.perfgrade.reference.ReferenceData;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 专家（第三方）名单与禁入: the experts and third parties the counties engaged (name, organisation, county, date
 * reported — due 7/1), as one city-wide register, and the city's bar on an expert criticised city-wide (通报批评):
 * section 五(二) of the plan, 3 years ({@link GradingRules#expertBarYears()}) during which the expert's signed
 * opinions are refused ({@link ExpertOpinionCheck}). The bar covers every register entry of the name (and
 * organisation, when given) in every county; an import never changes it.
 */
@Service
public class ExpertRegister {

    private static final String EXPERT_REGISTER_DEADLINE = "expert-register";
    private static final int NOTICE_LENGTH = 200;

    private final JdbcClient jdbc;
    private final ReferenceData reference;
    private final GradingRules rules;
    private final Clock clock;

    ExpertRegister(JdbcClient jdbc, ReferenceData reference, GradingRules rules, Clock clock) {
        this.jdbc = jdbc;
        this.reference = reference;
        this.rules = rules;
        this.clock = clock;
    }

    /**
     * Bars the expert from {@code criticisedOn} for the configured years. A bar already running is extended, never
     * shortened; barring twice on the same notice changes nothing.
     *
     * @param organisation null or blank: every organisation of the name
     * @return the entries barred, as stored afterwards; empty when the register has no such expert
     */
    @Transactional
    public List<Entry> bar(String name, String organisation, LocalDate criticisedOn, String notice) {
        String expert = FactText.clean(name);
        String org = FactText.clean(organisation);
        String text = FactText.clean(notice);
        if (expert == null || criticisedOn == null) {
            throw new IllegalArgumentException("专家姓名和通报日期不能为空");
        }
        if (text != null && text.length() > NOTICE_LENGTH) {
            throw new IllegalArgumentException("通报文号过长（最多 " + NOTICE_LENGTH + " 字）");
        }
        LocalDate until = criticisedOn.plusYears(rules.expertBarYears());
        LocalDateTime now = LocalDateTime.now(clock);
        List<Entry> matching = entries().stream().filter(e -> e.name().equals(expert))
                .filter(e -> org == null || e.organisation().equals(org)).toList();
        for (Entry e : matching) {
            boolean running = e.barredUntil() != null && !e.barredUntil().isBefore(criticisedOn);
            LocalDate from = running && e.barredFrom() != null && e.barredFrom().isBefore(criticisedOn)
                    ? e.barredFrom() : criticisedOn;
            LocalDate to = running && e.barredUntil().isAfter(until) ? e.barredUntil() : until;
            String newNotice = text != null ? text : e.barNotice();
            if (from.equals(e.barredFrom()) && to.equals(e.barredUntil()) && java.util.Objects.equals(newNotice,
                    e.barNotice())) {
                continue;
            }
            jdbc.sql("UPDATE expert SET barred_from = :from, barred_until = :until, bar_notice = :notice, "
                    + "updated_at = :now WHERE id = :id").param("from", from).param("until", to)
                    .param("notice", newNotice).param("now", now).param("id", e.id()).update();
        }
        List<Long> ids = matching.stream().map(Entry::id).toList();
        return entries().stream().filter(e -> ids.contains(e.id())).toList();
    }

    /** The whole register (retired entries included), in 附件1 county order, then by name. */
    @Transactional(readOnly = true)
    public List<Entry> entries() {
        Map<String, County> counties = reference.countiesByCode();
        Optional<LocalDate> due = reference.calendar().deadlines().stream()
                .filter(d -> EXPERT_REGISTER_DEADLINE.equals(d.code())).map(Deadline::due).findFirst();
        Collator collator = Collator.getInstance(Locale.CHINA);
        return jdbc.sql("SELECT id, name, organisation, field, county_code, reported_on, retired_on, barred_from, "
                + "barred_until, bar_notice FROM expert").query((rs, n) -> {
                    String county = rs.getString("county_code");
                    LocalDate reported = rs.getObject("reported_on", LocalDate.class);
                    return new Entry(rs.getLong("id"), rs.getString("name"), rs.getString("organisation"),
                            rs.getString("field"), county, Optional.ofNullable(counties.get(county))
                            .map(County::name).orElse(county), reported,
                            due.map(d -> reported == null || reported.isAfter(d)).orElse(false),
                            rs.getObject("retired_on", LocalDate.class) == null,
                            rs.getObject("barred_from", LocalDate.class), rs.getObject("barred_until", LocalDate.class),
                            rs.getString("bar_notice"));
                }).list().stream()
                .sorted(Comparator.comparingInt((Entry e) -> Optional.ofNullable(counties.get(e.countyCode()))
                                .map(County::order).orElse(Integer.MAX_VALUE))
                        .thenComparing(Entry::name, collator).thenComparing(Entry::organisation, collator))
                .toList();
    }

    /**
     * One register entry.
     *
     * @param organisation '' when the county named none
     * @param late         reported after the deadline (专家（第三方）信息 due 7/1), or not dated
     * @param active       the county's newest list still names the expert
     * @param barredFrom   start of the bar (通报批评), null when never barred
     */
    public record Entry(long id, String name, String organisation, String field, String countyCode, String county,
                        LocalDate reportedOn, boolean late, boolean active, LocalDate barredFrom,
                        LocalDate barredUntil, String barNotice) {

        /** Whether the expert may not sign opinions on the day. */
        public boolean barredOn(LocalDate day) {
            return barredUntil != null && !barredUntil.isBefore(day) && (barredFrom == null || !barredFrom.isAfter(day));
        }
    }
}
