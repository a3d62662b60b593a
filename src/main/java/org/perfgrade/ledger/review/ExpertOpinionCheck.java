package org.perfgrade.ledger.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.perfgrade.ledger.ExpertRegister;
import org.perfgrade.ledger.FactText;
import org.perfgrade.ledger.GradingRules;
import org.perfgrade.ledger.facts.LedgerIssue;
import org.perfgrade.ledger.facts.LedgerIssueType;
import org.perfgrade.reference.Deadline;
import org.perfgrade.reference.Grade;
import org.perfgrade.reference.ReferenceData;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 专家意见审查: section 五(二) of the plan. An application for A, B (含B-) or 引领性 needs an expert opinion, signed by
 * the experts, before the county may pass it; an opinion signed by an expert who was barred on its date (通报批评,
 * see {@link ExpertRegister#bar}) is not accepted; an expert the county did not put on its 专家（第三方）名单 is
 * pointed out. Experts are written by name, optionally with the organisation in brackets: 张三（河南省环境科学研究院）.
 */
@Component
public class ExpertOpinionCheck {

    private static final Pattern WITH_ORGANISATION = Pattern.compile("(.+?)[（(](.+)[）)]");
    private static final String EXPERT_REGISTER_DEADLINE = "expert-register";

    private final JdbcClient jdbc;
    private final ReferenceData reference;

    ExpertOpinionCheck(JdbcClient jdbc, ReferenceData reference) {
        this.jdbc = jdbc;
        this.reference = reference;
    }

    /**
     * The error that refuses the application (as the county passed it), or its warnings.
     *
     * @param countyResult the county's result as stored: a grade code or 不通过
     */
    Verdict check(String countyCode, String countyResult, String experts, LocalDate opinionDate) {
        List<Signatory> signatories = signatories(experts);
        boolean passesAbClass = reference.grade(countyResult).map(Grade::abClass).orElse(false);
        if (passesAbClass && (signatories.isEmpty() || opinionDate == null)) {
            return Verdict.refused(LedgerIssue.of(LedgerIssueType.EXPERT_OPINION_MISSING, "县级审核结果为"
                    + GradingRules.gradeName(countyResult) + "，但未填" + (signatories.isEmpty() ? "评审专家" : "专家意见日期")
                    + "：申报" + GradingRules.gradeName(countyResult) + "的申请须有经专家签字的意见（评审专家、专家意见日期）后，"
                    + "县区方可通过，本行未登记"));
        }
        if (signatories.isEmpty() || opinionDate == null) {
            return Verdict.accepted(List.of());
        }
        for (Signatory s : signatories) {
            List<Bar> bars = bars(s, opinionDate);
            if (!bars.isEmpty()) {
                Bar bar = bars.get(0);
                return Verdict.refused(LedgerIssue.of(LedgerIssueType.EXPERT_BARRED, "专家“" + s.label() + "”"
                        + (bar.from() == null ? "" : "于 " + bar.from() + " ")
                        + (bar.notice() == null ? "被全市通报批评" : "经" + bar.notice() + "全市通报批评")
                        + "，" + bar.until() + " 前不得参与评审，其签字的专家意见（" + opinionDate + "）不予采用，本行未登记"));
            }
        }
        List<LedgerIssue> warnings = new ArrayList<>();
        for (Signatory s : signatories) {
            if (!registered(countyCode, s)) {
                String due = reference.calendar().deadlines().stream()
                        .filter(d -> EXPERT_REGISTER_DEADLINE.equals(d.code())).map(Deadline::due).findFirst()
                        .map(d -> "（" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日前报市生态环境局）").orElse("");
                warnings.add(LedgerIssue.of(LedgerIssueType.EXPERT_NOT_REGISTERED, "评审专家“" + s.label()
                        + "”不在本县区报送的专家（第三方）名单中，申请已登记，请补报专家名单" + due));
            }
        }
        return Verdict.accepted(warnings);
    }

    /** The signing experts written in the 评审专家 cell (names separated by 、，；/ or spaces). */
    static List<Signatory> signatories(String experts) {
        String text = FactText.clean(experts);
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("[、,，;；/]+|\\s+(?![^（(]*[）)])")).map(String::strip)
                .filter(s -> !s.isEmpty()).map(s -> {
                    Matcher m = WITH_ORGANISATION.matcher(s);
                    return m.matches() ? new Signatory(m.group(1).strip(), m.group(2).strip())
                            : new Signatory(s, null);
                }).toList();
    }

    private List<Bar> bars(Signatory s, LocalDate day) {
        return jdbc.sql("SELECT name, organisation, barred_from, barred_until, bar_notice FROM expert "
                + "WHERE name = :name AND barred_until >= :day AND (barred_from IS NULL OR barred_from <= :day) "
                + "ORDER BY barred_until DESC").param("name", s.name()).param("day", day)
                .query((rs, n) -> new Bar(rs.getString("name"), rs.getString("organisation"),
                        rs.getObject("barred_from", LocalDate.class), rs.getObject("barred_until", LocalDate.class),
                        rs.getString("bar_notice")))
                .list().stream()
                // exact comparison in Java: MariaDB's collation also matches other widths of brackets and letters
                .filter(b -> b.name().equals(s.name()))
                .filter(b -> s.organisation() == null || b.organisation().equals(s.organisation()))
                .toList();
    }

    private boolean registered(String countyCode, Signatory s) {
        return jdbc.sql("SELECT name, organisation FROM expert WHERE county_code = :county AND name = :name "
                + "AND retired_on IS NULL").param("county", countyCode).param("name", s.name())
                .query((rs, n) -> new Signatory(rs.getString(1), rs.getString(2))).list().stream()
                .anyMatch(r -> r.name().equals(s.name())
                        && (s.organisation() == null || s.organisation().equals(r.organisation())));
    }

    /** One signing expert; organisation null when the cell names none. */
    record Signatory(String name, String organisation) {

        String label() {
            return organisation == null ? name : name + "（" + organisation + "）";
        }
    }

    private record Bar(String name, String organisation, LocalDate from, LocalDate until, String notice) {
    }

    /** The refusing error, or null with the warnings of an accepted opinion. */
    record Verdict(LedgerIssue error, List<LedgerIssue> warnings) {

        static Verdict refused(LedgerIssue error) {
            return new Verdict(error, List.of());
        }

        static Verdict accepted(List<LedgerIssue> warnings) {
            return new Verdict(null, List.copyOf(warnings));
        }
    }
}
