package org.perfgrade.report.late;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.perfgrade.document.ArchivedDocument;
import org.perfgrade.document.DocumentArchive;
import org.perfgrade.document.DocumentRequest;
import org.perfgrade.document.xlsx.WorkbookStamp;
import org.perfgrade.reference.County;
import org.perfgrade.reference.ReferenceData;
import org.perfgrade.report.sheets.TableWorkbook;
import org.perfgrade.snapshot.Snapshot;

import org.springframework.stereotype.Service;

/**
 * 逾期事项清单 as .xlsx (manifest kind {@value #KIND}), archived beside the briefing that names it: the tallies per
 * county (附件1 order, 合计 last) and per deadline (review batch), then one sheet per list an official filters —
 * 逾期未完成 (with the days overdue on the date), 逾期完成 (with the days late, kept after the item was done) and
 * 超过拟完成时间未申报 (enterprises past their own 附件2 拟完成时间 without an application). One record a row, the
 * county and the batch in columns of their own. City-wide, or one county's extract with only its lines.
 */
@Service
public class LateItemsWorkbook {

    public static final String KIND = "late-items-xlsx";
    public static final String FILE = LateTexts.WORKBOOK_TITLE + ".xlsx";
    static final String COUNTY_SHEET = "按县区汇总";
    static final String ITEM_SHEET = "按事项汇总";
    static final String OVERDUE_SHEET = "逾期未完成";
    static final String LATE_SHEET = "逾期完成";
    static final String PLAN_SHEET = "超过拟完成时间未申报";
    static final List<String> COUNTY_HEADERS = List.of("县区", "逾期未完成事项（项）", "最长逾期天数", "逾期完成事项（项）",
            "最长逾期天数", "超过拟完成时间未申报（条）", "最长超过天数");
    static final List<String> ITEM_HEADERS = List.of("事项", "批次", "截止日期", "逾期未完成县区（个）", "最长逾期天数",
            "逾期完成县区（个）", "最长逾期天数");
    static final List<String> OVERDUE_HEADERS = List.of("序号", "县区", "批次", "事项", "截止日期", "逾期天数");
    static final List<String> LATE_HEADERS = List.of("序号", "县区", "批次", "事项", "截止日期", "完成日期", "逾期天数");
    static final List<String> PLAN_HEADERS = List.of("序号", "县区", "企业名称", "统一社会信用代码", "重点行业类型",
            "绩效现状", "绩效提升目标", "拟完成时间", "超过天数");

    private final LateOverviews overviews;
    private final DocumentArchive archive;
    private final WorkbookStamp stamp;
    private final ReferenceData reference;

    public LateItemsWorkbook(LateOverviews overviews, DocumentArchive archive, WorkbookStamp stamp,
                             ReferenceData reference) {
        this.overviews = overviews;
        this.archive = archive;
        this.stamp = stamp;
        this.reference = reference;
    }

    /** Writes and archives the list of the snapshot's date, city-wide (county null) or one county's extract. */
    public ArchivedDocument render(Snapshot snapshot, County countyOrNull) {
        return render(overviews.of(snapshot, countyOrNull));
    }

    /** Writes and archives the list of an overview. */
    public ArchivedDocument render(LateOverview overview) {
        LocalDate asOf = overview.asOf();
        County county = overview.county();
        DocumentRequest request = new DocumentRequest(KIND, asOf, county, path(asOf, county));
        String title = reference.city().name() + "重点行业绩效分级提升工作" + LateTexts.WORKBOOK_TITLE;
        String dateLine = "统计日期：" + LateTexts.chineseDate(asOf) + (county == null ? "" : "　县区：" + county.name());
        String scope = county == null ? "全市" : county.name();
        String date = LateTexts.chineseDate(asOf);
        return archive.store(request, out -> {
            try (TableWorkbook workbook = new TableWorkbook()) {
                workbook.sheet(COUNTY_SHEET, title + "（按县区汇总）", dateLine, COUNTY_HEADERS,
                        new int[] { 16, 12, 10, 12, 10, 14, 10 }, true, countyRows(overview), county == null ? 1 : 0,
                        null, List.of("逾期天数按自然日计算：逾期未完成事项计至统计日期，逾期完成事项计至完成日期（完成后仍保留在本清单）；"
                                + "超过天数自附件2拟完成时间计至统计日期。"));
                workbook.sheet(ITEM_SHEET, title + "（按事项汇总）", dateLine, ITEM_HEADERS,
                        new int[] { 40, 8, 14, 12, 10, 12, 10 }, true, itemRows(overview), 0,
                        "截至" + date + "，" + scope + "没有逾期未完成或逾期完成的事项。", List.of());
                workbook.sheet(OVERDUE_SHEET, title + "（逾期未完成）", dateLine, OVERDUE_HEADERS,
                        new int[] { 6, 16, 8, 44, 14, 10 }, true, overdueRows(overview), 0,
                        "截至" + date + "，" + scope + "没有逾期未完成的事项。", List.of());
                workbook.sheet(LATE_SHEET, title + "（逾期完成）", dateLine, LATE_HEADERS,
                        new int[] { 6, 16, 8, 44, 14, 14, 10 }, true, lateRows(overview), 0,
                        "截至" + date + "，" + scope + "没有逾期完成的事项。", List.of());
                workbook.sheet(PLAN_SHEET, title + "（超过拟完成时间未申报）", dateLine, PLAN_HEADERS,
                        new int[] { 6, 16, 30, 20, 20, 10, 12, 14, 10 }, true, planRows(overview), 0,
                        "截至" + date + "，" + scope + "没有超过附件2拟完成时间仍未申报的企业。",
                        List.of("列入条件：提升企业清单（方案附件2）所列企业行业的拟完成时间早于统计日期，且截至统计日期未报送绩效分级申报。"));
                workbook.write(out, stamp, asOf, title, reference.authority().name());
            }
        });
    }

    public static String path(LocalDate asOf, County countyOrNull) {
        return "reports/" + asOf + "/" + (countyOrNull == null ? "" : countyOrNull.name() + "/") + FILE;
    }

    private static List<Object[]> countyRows(LateOverview overview) {
        List<Object[]> rows = new ArrayList<>();
        for (CountyTally t : overview.counties()) {
            rows.add(tally(t));
        }
        if (overview.county() == null) {
            rows.add(tally(overview.total()));
        }
        return rows;
    }

    private static Object[] tally(CountyTally t) {
        return new Object[] { t.county(), t.overdue(), t.overdue() == 0 ? null : t.overdueMaxDays(), t.late(),
                t.late() == 0 ? null : t.lateMaxDays(), t.plans(), t.plans() == 0 ? null : t.plansMaxDays() };
    }

    private static List<Object[]> itemRows(LateOverview overview) {
        List<Object[]> rows = new ArrayList<>();
        for (ItemTally t : overview.items()) {
            rows.add(new Object[] { t.item(), t.batch(), t.due(), t.overdue(),
                    t.overdue() == 0 ? null : t.overdueMaxDays(), t.late(), t.late() == 0 ? null : t.lateMaxDays() });
        }
        return rows;
    }

    private static List<Object[]> overdueRows(LateOverview overview) {
        List<Object[]> rows = new ArrayList<>();
        for (DeadlineRow r : overview.overdue()) {
            rows.add(new Object[] { rows.size() + 1, r.county(), r.batch(), r.item(), r.due(), r.days() });
        }
        return rows;
    }

    private static List<Object[]> lateRows(LateOverview overview) {
        List<Object[]> rows = new ArrayList<>();
        for (DeadlineRow r : overview.late()) {
            rows.add(new Object[] { rows.size() + 1, r.county(), r.batch(), r.item(), r.due(), r.done(), r.days() });
        }
        return rows;
    }

    private static List<Object[]> planRows(LateOverview overview) {
        List<Object[]> rows = new ArrayList<>();
        for (PlanRow r : overview.plans()) {
            rows.add(new Object[] { rows.size() + 1, r.county(), r.enterprise(), r.creditCode(), r.industry(),
                    LateTexts.gradeName(r.currentGrade()), LateTexts.gradeName(r.targetGrade()),
                    r.plannedCompletion(), r.days() });
        }
        return rows;
    }
}
