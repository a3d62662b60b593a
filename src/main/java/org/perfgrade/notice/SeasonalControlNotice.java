package org.perfgrade.notice;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.perfgrade.reference.CityGoal;
import org.perfgrade.reference.County;
import org.perfgrade.reference.Grade;
import org.perfgrade.reference.ReferenceData;
import org.perfgrade.reference.TargetMetric;

import org.springframework.stereotype.Component;

/**
 * D级企业季节性生产调控 (section 三(四) of the plan: "对达不到要求的D级企业，可纳入季节性生产调控范围"): the lines
 * graded D on the as-of date (the grade of the city's count goal, and grades counted as it), one attachment row per
 * enterprise and industry, by county (附件1 order), enterprise and industry.
 */
@Component
class SeasonalControlNotice {

    private final ReferenceData reference;
    private final NoticeLedgerQuery ledger;

    SeasonalControlNotice(ReferenceData reference, NoticeLedgerQuery ledger) {
        this.reference = reference;
        this.ledger = ledger;
    }

    BodyAndAttachments draft(LocalDate asOf, NoticeTemplates.Wording w) {
        String lowest = reference.cityGoals().stream().filter(g -> g.metric() == TargetMetric.COUNT)
                .map(CityGoal::grade).filter(g -> g != null).findFirst().orElse("D");
        List<String> grades = reference.grades().values().stream()
                .filter(g -> g.code().equals(lowest) || lowest.equals(g.countsAs())).map(Grade::code).toList();
        Map<String, County> counties = reference.countiesByCode();
        var collator = FigurePhrasing.collator();
        List<NoticeLedgerQuery.GradedLine> lines = ledger.linesGraded(asOf, grades).stream()
                .sorted(Comparator.comparingInt((NoticeLedgerQuery.GradedLine l) -> order(counties, l.countyCode()))
                        .thenComparing(NoticeLedgerQuery.GradedLine::enterprise, collator)
                        .thenComparingInt(NoticeLedgerQuery.GradedLine::industryOrder)
                        .thenComparingLong(NoticeLedgerQuery.GradedLine::lineId))
                .toList();
        if (lines.isEmpty()) {
            throw new IllegalStateException("截至" + FigurePhrasing.date(asOf) + "全市没有" + FigurePhrasing.grade(lowest)
                    + "企业，无需起草季节性生产调控通报");
        }
        List<List<String>> rows = new ArrayList<>();
        for (NoticeLedgerQuery.GradedLine l : lines) {
            rows.add(List.of(String.valueOf(rows.size() + 1), name(counties, l.countyCode()), l.enterprise(),
                    l.creditCode() == null ? "" : l.creditCode(), l.industry(), FigurePhrasing.grade(l.grade())));
        }
        Map<String, String> v = new HashMap<>();
        v.put("日期", FigurePhrasing.date(asOf));
        v.put("D级企业数", String.valueOf(lines.stream().map(l -> l.countyCode() + "/" + l.enterprise()).distinct()
                .count()));
        v.put("D级记录数", String.valueOf(lines.size()));
        v.put("涉及县区", FigurePhrasing.list(new LinkedHashSet<>(lines.stream()
                .map(l -> name(counties, l.countyCode())).toList())));
        v.put("涉及行业", FigurePhrasing.list(new LinkedHashSet<>(lines.stream()
                .sorted(Comparator.comparingInt(NoticeLedgerQuery.GradedLine::industryOrder))
                .map(NoticeLedgerQuery.GradedLine::industry).toList())));
        List<BodyBlock> body = List.of(
                BodyBlock.paragraph(w.text("opening")),
                BodyBlock.heading1(w.text("scopeHeading")),
                BodyBlock.paragraph(w.fill("scope", v)),
                BodyBlock.heading1(w.text("controlHeading")),
                BodyBlock.paragraph(w.text("control")),
                BodyBlock.heading1(w.text("upgradeHeading")),
                BodyBlock.paragraph(w.text("upgrade")));
        NoticeAttachment list = new NoticeAttachment(w.text("listTitle"),
                List.of("序号", "县区", "企业名称", "统一社会信用代码", "重点行业类型", "绩效级别"),
                List.of(6, 14, 34, 22, 16, 10), rows);
        return new BodyAndAttachments(body, List.of(list));
    }

    private static int order(Map<String, County> counties, String code) {
        return Optional.ofNullable(counties.get(code)).map(County::order).orElse(Integer.MAX_VALUE);
    }

    private static String name(Map<String, County> counties, String code) {
        return Optional.ofNullable(counties.get(code)).map(County::name).orElse(code);
    }
}
