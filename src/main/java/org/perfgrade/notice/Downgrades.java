package org.perfgrade.notice;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.perfgrade.ledger.GradeEventReason;
import org.perfgrade.reference.County;
import org.perfgrade.reference.Grade;
import org.perfgrade.reference.ReferenceData;

/**
 * 绩效级别下调: the ledger lines whose grade went down in a period — by a violation (违法降级) or by any event to a
 * lower-ranked grade — each with the grade before its first and after its last downgrade in the period, so that a
 * violation written twice (the catch-up on a later ledger) is one downgrade.
 */
final class Downgrades {

    private Downgrades() {
    }

    static List<Downgrade> of(List<NoticeLedgerQuery.GradeChange> changes, ReferenceData reference) {
        Map<Long, List<NoticeLedgerQuery.GradeChange>> byLine = new LinkedHashMap<>();
        for (NoticeLedgerQuery.GradeChange c : changes) {
            if (isDowngrade(c, reference)) {
                byLine.computeIfAbsent(c.lineId(), k -> new ArrayList<>()).add(c);
            }
        }
        Map<String, County> counties = reference.countiesByCode();
        List<Downgrade> downgrades = new ArrayList<>();
        byLine.forEach((line, events) -> {
            NoticeLedgerQuery.GradeChange first = events.get(0);
            NoticeLedgerQuery.GradeChange last = events.get(events.size() - 1);
            Set<String> reasons = new LinkedHashSet<>();
            events.forEach(e -> reasons.add(GradeEventReason.fromCode(e.reason()).map(GradeEventReason::label)
                    .orElse(e.reason())));
            County county = counties.get(first.countyCode());
            downgrades.add(new Downgrade(county == null ? first.countyCode() : county.name(),
                    county == null ? Integer.MAX_VALUE : county.order(), first.enterprise(), first.creditCode(),
                    first.industry(), first.oldGrade(), last.newGrade(), first.effectiveOn(), List.copyOf(reasons)));
        });
        var collator = FigurePhrasing.collator();
        downgrades.sort(Comparator.comparingInt(Downgrade::countyOrder)
                .thenComparing(Downgrade::enterprise, collator).thenComparing(Downgrade::industry, collator));
        return downgrades;
    }

    private static boolean isDowngrade(NoticeLedgerQuery.GradeChange c, ReferenceData reference) {
        if (GradeEventReason.VIOLATION.name().equals(c.reason())) {
            return true;
        }
        Optional<Integer> before = reference.grade(c.oldGrade()).map(Grade::rank);
        Optional<Integer> after = reference.grade(c.newGrade()).map(Grade::rank);
        return before.isPresent() && after.isPresent() && after.get() > before.get();
    }

    /** One line downgraded in the period. */
    record Downgrade(String county, int countyOrder, String enterprise, String creditCode, String industry,
                     String from, String to, LocalDate on, List<String> reasons) {

        /** "某某铸造有限公司（杞县，铸造，A级降为C级，违法降级，2021年7月20日）". */
        String text() {
            return enterprise + "（" + county + "，" + line() + "）";
        }

        /** "铸造，A级降为C级，违法降级，2021年7月20日": the line's part of the text. */
        private String line() {
            return industry + "，" + FigurePhrasing.grade(from) + "降为" + FigurePhrasing.grade(to) + "，"
                    + String.join("、", reasons) + "，" + FigurePhrasing.date(on);
        }
    }

    /**
     * The downgrades as the notice lists them, one entry per enterprise (its lines in the order given, separated by
     * "；" inside its brackets), so that "共有N家企业" is followed by N entries: "某某公司（杞县，铸造，A级降为C级，违法降级，
     * 2021年9月16日；涂装，B级降为C级，违法降级，2021年9月16日）".
     */
    static List<String> byEnterprise(List<Downgrade> downgrades) {
        Map<String, List<Downgrade>> grouped = new LinkedHashMap<>();
        downgrades.forEach(d -> grouped.computeIfAbsent(d.county() + "/" + d.enterprise(), k -> new ArrayList<>())
                .add(d));
        return grouped.values().stream().map(lines -> lines.size() == 1 ? lines.get(0).text()
                : lines.get(0).enterprise() + "（" + lines.get(0).county() + "，"
                        + String.join("；", lines.stream().map(Downgrade::line).toList()) + "）").toList();
    }
}
