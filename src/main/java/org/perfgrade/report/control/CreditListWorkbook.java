package org.perfgrade.report.control;

import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.perfgrade.document.ArchivedDocument;
import org.perfgrade.document.DocumentArchive;
import org.perfgrade.document.DocumentRequest;
import org.perfgrade.document.xlsx.WorkbookStamp;
import org.perfgrade.ledger.GradingRules;
import org.perfgrade.ledger.facts.ViolationType;
import org.perfgrade.ledger.violation.CreditListing;
import org.perfgrade.ledger.violation.CreditListings;
import org.perfgrade.ledger.violation.DowngradeMapping;
import org.perfgrade.reference.County;
import org.perfgrade.reference.ReferenceData;

import org.springframework.stereotype.Service;

/**
 * 纳入信用信息共享平台的环境违法企业名单 as .xlsx (manifest kind {@value #KIND}; section 三(六) of the plan): every
 * credit-listed violation found by the business date, one row per line of the enterprise graded by the day found,
 * with county, enterprise, credit code, the violation, the day found and the grade before and after the downgrade
 * (a D-grade violator stays D and is listed). City-wide or one county's extract; by county (附件1 order), day found,
 * enterprise (Chinese order) and industry. A4 landscape.
 */
@Service
public class CreditListWorkbook {

    public static final String KIND = "credit-list-xlsx";
    public static final String FILE_STEM = "纳入信用信息共享平台企业名单";
    public static final List<String> HEADERS = List.of("序号", "县区", "企业名称", "统一社会信用代码", "违法问题类型",
            "问题描述", "问题来源", "发现日期", "重点行业类型", "降级前级别", "降级后级别");

    private static final int[] WIDTHS = { 6, 12, 30, 20, 14, 28, 20, 14, 20, 10, 10 };

    private final CreditListings listings;
    private final DocumentArchive archive;
    private final WorkbookStamp stamp;
    private final ReferenceData reference;
    private final GradingRules rules;
    private final DowngradeMapping mapping;

    public CreditListWorkbook(CreditListings listings, DocumentArchive archive, WorkbookStamp stamp,
                              ReferenceData reference, GradingRules rules, DowngradeMapping mapping) {
        this.listings = listings;
        this.archive = archive;
        this.stamp = stamp;
        this.reference = reference;
        this.rules = rules;
        this.mapping = mapping;
    }

    /** Writes and archives the list of a day, city-wide (county null) or one county's extract. */
    public ArchivedDocument render(LocalDate asOf, County countyOrNull) {
        List<CreditListing> lines = sorted(listings.asOf(asOf, countyOrNull == null ? null : countyOrNull.code()));
        Map<String, County> counties = reference.countiesByCode();
        List<Object[]> rows = new ArrayList<>(lines.size());
        for (CreditListing l : lines) {
            County county = counties.get(l.countyCode());
            rows.add(new Object[] { rows.size() + 1, county == null ? l.countyCode() : county.name(), l.enterprise(),
                    l.creditCode(), l.violationType(), l.description(),
                    l.sourceDocument() == null || l.sourceDocument().isEmpty() ? null : l.sourceDocument(),
                    l.foundOn(), l.industryLabel(), ControlTexts.gradeName(l.gradeBefore()),
                    ControlTexts.gradeName(l.gradeAfter()) });
        }
        String date = ControlTexts.chineseDate(asOf);
        String scope = ControlTexts.scope(countyOrNull);
        String title = reference.city().name() + "纳入信用信息共享平台的环境违法企业名单";
        String types = rules.violationDowngrade().triggers().stream().map(ViolationType::label)
                .collect(Collectors.joining("、"));
        List<String> notes = new ArrayList<>();
        notes.add("列入条件：存在" + types + "等环境违法问题的企业（重点行业绩效分级提升行动方案第三部分第（六）项："
                + "纳入信用信息共享平台，实行降级处理）。");
        notes.add("降级处理：自发现违法问题之日起，" + mapping.describe() + "降级后仅可通过重新评审恢复。");
        if (!lines.isEmpty()) {
            long enterprises = lines.stream().map(l -> l.countyCode() + "/" + l.enterprise() + "/" + l.creditCode())
                    .distinct().count();
            long violations = lines.stream().map(CreditListing::violationId).distinct().count();
            notes.add("截至" + date + "，" + scope + "共" + enterprises + "家企业、" + violations + "起环境违法问题列入本名单；"
                    + "降级前、后级别为发现违法问题之日该企业各行业记录的级别，一个行业一行。");
        }
        String empty = lines.isEmpty() ? "截至" + date + "，" + scope + "没有纳入信用信息共享平台的环境违法企业。" : null;
        DocumentRequest request = new DocumentRequest(KIND, asOf, countyOrNull, "reports/" + asOf + "/"
                + (countyOrNull == null ? "" : countyOrNull.name() + "/") + FILE_STEM + ".xlsx");
        return archive.store(request, out -> ListSheet.write(out, stamp, asOf, "信用信息共享平台名单", HEADERS, WIDTHS, true,
                rows, title, ControlTexts.dateLine(asOf, countyOrNull), empty, notes, reference.authority().name()));
    }

    private List<CreditListing> sorted(List<CreditListing> lines) {
        Map<String, Integer> order = new HashMap<>();
        reference.counties().forEach(c -> order.put(c.code(), c.order()));
        Collator collator = Collator.getInstance(Locale.CHINA);
        return lines.stream().sorted(Comparator
                .comparingInt((CreditListing l) -> order.getOrDefault(l.countyCode(), Integer.MAX_VALUE))
                .thenComparing(CreditListing::foundOn)
                .thenComparing(CreditListing::enterprise, collator)
                .thenComparingLong(CreditListing::violationId)
                .thenComparingInt(CreditListing::industryOrder)
                .thenComparing(l -> l.branch() == null ? "" : l.branch(), collator)).toList();
    }
}
