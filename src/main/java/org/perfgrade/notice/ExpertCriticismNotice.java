package org.perfgrade.notice;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.perfgrade.ledger.GradingRules;
import org.perfgrade.reference.County;
import org.perfgrade.reference.ReferenceData;

import org.springframework.stereotype.Component;

/**
 * 专家（第三方）通报批评: the experts barred in the period (section 五(二) of the plan, registered with
 * {@code perfgrade expert bar}) — who, which county engaged them, the opinions they signed that the city's 会审 or
 * the province's 复核 did not pass and why, and until when they are barred — with the list as the attachment.
 */
@Component
class ExpertCriticismNotice {

    private static final Pattern WITH_ORGANISATION = Pattern.compile("(.+?)[（(](.+)[）)]");

    private final ReferenceData reference;
    private final NoticeLedgerQuery ledger;
    private final GradingRules rules;

    ExpertCriticismNotice(ReferenceData reference, NoticeLedgerQuery ledger, GradingRules rules) {
        this.reference = reference;
        this.ledger = ledger;
        this.rules = rules;
    }

    /** @param since the period starts after this day */
    BodyAndAttachments draft(LocalDate asOf, LocalDate since, NoticeTemplates.Wording w) {
        Map<String, County> counties = reference.countiesByCode();
        var collator = FigurePhrasing.collator();
        List<NoticeLedgerQuery.BarredExpert> experts = ledger.barred(since, asOf).stream()
                .sorted(Comparator.comparingInt((NoticeLedgerQuery.BarredExpert e) -> Optional
                                .ofNullable(counties.get(e.countyCode())).map(County::order).orElse(Integer.MAX_VALUE))
                        .thenComparing(NoticeLedgerQuery.BarredExpert::name, collator)
                        .thenComparing(NoticeLedgerQuery.BarredExpert::organisation, collator))
                .toList();
        if (experts.isEmpty()) {
            throw new IllegalStateException(FigurePhrasing.date(since.plusDays(1)) + "至" + FigurePhrasing.date(asOf)
                    + "没有被禁入的专家（第三方），无需起草通报批评；请先用 perfgrade expert bar 登记禁入");
        }
        Map<String, String> v = new HashMap<>();
        v.put("起始日期", FigurePhrasing.date(since.plusDays(1)));
        v.put("日期", FigurePhrasing.date(asOf));
        v.put("专家数", String.valueOf(experts.size()));
        v.put("禁入年数", String.valueOf(rules.expertBarYears()));
        List<BodyBlock> body = new ArrayList<>();
        body.add(BodyBlock.paragraph(w.fill("opening", v)));
        body.add(BodyBlock.heading1(w.text("factsHeading")));
        List<List<String>> rows = new ArrayList<>();
        int n = 0;
        for (NoticeLedgerQuery.BarredExpert e : experts) {
            String county = Optional.ofNullable(counties.get(e.countyCode())).map(County::name).orElse(e.countyCode());
            List<NoticeLedgerQuery.RejectedOpinion> opinions = ledger.rejectedOpinions(e.name(), e.barredFrom())
                    .stream().filter(o -> signedBy(o.experts(), e)).toList();
            List<String> opinionTexts = opinions.stream().map(o -> opinion(o, w)).toList();
            Map<String, String> x = new HashMap<>(v);
            x.put("序号", String.valueOf(++n));
            x.put("县区", county);
            x.put("专家", label(e));
            x.put("意见明细", opinionTexts.isEmpty() ? w.text("opinionUnknown") : String.join("；", opinionTexts));
            x.put("禁入截止日期", FigurePhrasing.date(e.barredUntil()));
            body.add(BodyBlock.paragraph(w.fill("expert", x)));
            rows.add(List.of(String.valueOf(n), county, e.name(),
                    e.organisation() == null || e.organisation().isEmpty() ? "—" : e.organisation(),
                    opinions.isEmpty() ? "—" : String.join("；", opinions.stream()
                            .map(o -> o.enterprise() + "（" + o.industry() + "，申报"
                                    + FigurePhrasing.grade(o.appliedGrade()) + "）").toList()),
                    opinions.isEmpty() ? w.text("opinionUnknown") : String.join("；", opinions.stream()
                            .map(o -> reason(o, w)).toList()),
                    FigurePhrasing.date(e.barredFrom()) + "至" + FigurePhrasing.date(e.barredUntil())));
        }
        body.add(BodyBlock.heading1(w.text("decisionHeading")));
        body.add(BodyBlock.paragraph(w.fill("decision", v)));
        body.add(BodyBlock.heading1(w.text("requirementsHeading")));
        body.add(BodyBlock.paragraph(w.text("requirements")));
        NoticeAttachment list = new NoticeAttachment(w.text("listTitle"),
                List.of("序号", "县区", "专家（第三方）", "所在单位", "涉及企业", "不予采用原因", "禁入期限"),
                List.of(5, 12, 10, 18, 24, 24, 22), rows);
        return new BodyAndAttachments(body, List.of(list));
    }

    private static String label(NoticeLedgerQuery.BarredExpert e) {
        return e.organisation() == null || e.organisation().isEmpty() ? e.name()
                : e.name() + "（" + e.organisation() + "）";
    }

    private static String opinion(NoticeLedgerQuery.RejectedOpinion o, NoticeTemplates.Wording w) {
        Map<String, String> v = new HashMap<>();
        v.put("企业", o.enterprise());
        v.put("行业", o.industry());
        v.put("申报级别", FigurePhrasing.grade(o.appliedGrade()));
        v.put("意见日期", o.opinionDate() == null ? "未注明日期" : FigurePhrasing.date(o.opinionDate()));
        v.put("不予采用原因", reason(o, w));
        return w.fill("opinion", v);
    }

    /** 经市级集中会审不予通过（原因）, or the province's wording when the city passed it. */
    private static String reason(NoticeLedgerQuery.RejectedOpinion o, NoticeTemplates.Wording w) {
        String why = o.remarks() == null || o.remarks().isBlank() ? "" : "（" + o.remarks().strip() + "）";
        return w.fill(o.cityRejected() ? "cityRejected" : "provincialRejected", Map.of("原因", why));
    }

    /** Whether the experts cell names the expert (and, when written with one, the same organisation). */
    private static boolean signedBy(String experts, NoticeLedgerQuery.BarredExpert e) {
        if (experts == null) {
            return false;
        }
        return Arrays.stream(experts.strip().split("[、,，;；/]+|\\s+(?![^（(]*[）)])")).map(String::strip)
                .filter(s -> !s.isEmpty()).anyMatch(s -> {
                    Matcher m = WITH_ORGANISATION.matcher(s);
                    if (m.matches()) {
                        return m.group(1).strip().equals(e.name())
                                && (e.organisation().isEmpty() || m.group(2).strip().equals(e.organisation()));
                    }
                    return s.equals(e.name());
                });
    }
}
