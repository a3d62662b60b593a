package org.perfgrade.report.changes;

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
 * 变化明细 as .xlsx (manifest kind {@value #KIND}), archived beside the briefing that summarises it: every change of
 * the snapshot since the previous statistics — 变化类别 in Chinese, county, enterprise (or target, or overdue item),
 * industry, before and after — sorted by county (附件1 order, the city's goals last), kind and enterprise; and a sheet
 * with the counts by kind per county, as in the briefing. City-wide, or one county's extract with only its changes.
 */
@Service
public class ChangesWorkbook {

    public static final String KIND = "changes-xlsx";
    public static final String FILE = ChangeSummary.WORKBOOK_TITLE + ".xlsx";
    static final String DETAIL_SHEET = "变化明细";
    static final String TALLY_SHEET = "按县区汇总";
    static final List<String> HEADERS = List.of("序号", "县区", "变化类别", "企业名称（或指标、事项）", "重点行业类型",
            "变化前", "变化后");

    private final DocumentArchive archive;
    private final WorkbookStamp stamp;
    private final ReferenceData reference;

    public ChangesWorkbook(DocumentArchive archive, WorkbookStamp stamp, ReferenceData reference) {
        this.archive = archive;
        this.stamp = stamp;
        this.reference = reference;
    }

    /** Writes and archives the changes of the snapshot, city-wide (county null) or one county's extract. */
    public ArchivedDocument render(Snapshot snapshot, County countyOrNull) {
        LocalDate asOf = snapshot.asOf();
        ChangeSummary summary = ChangeSummary.of(reference, snapshot.changes(), countyOrNull);
        String title = reference.city().name() + "重点行业绩效分级提升工作" + ChangeSummary.WORKBOOK_TITLE;
        String date = chineseDate(asOf);
        String dateLine = "统计日期：" + date + (countyOrNull == null ? "" : "　县区：" + countyOrNull.name());
        String scope = countyOrNull == null ? "全市" : countyOrNull.name();
        List<Object[]> rows = new ArrayList<>();
        for (ChangeSummary.Row r : summary.rows()) {
            rows.add(new Object[] { rows.size() + 1, r.county(), r.kind().label(), r.subject(), r.industry(),
                    r.before(), r.after() });
        }
        List<String> headers = new ArrayList<>();
        headers.add("县区");
        for (ChangeKind kind : ChangeKind.values()) {
            headers.add(kind.label());
        }
        headers.add("合计");
        int[] widths = new int[headers.size()];
        java.util.Arrays.fill(widths, 10);
        widths[0] = 18;
        List<Object[]> tallies = new ArrayList<>();
        for (ChangeTally t : summary.tallies()) {
            Object[] row = new Object[headers.size()];
            row[0] = t.county();
            for (int i = 0; i < t.counts().size(); i++) {
                row[i + 1] = t.counts().get(i);
            }
            row[headers.size() - 1] = t.total();
            tallies.add(row);
        }
        DocumentRequest request = new DocumentRequest(KIND, asOf, countyOrNull, path(asOf, countyOrNull));
        return archive.store(request, out -> {
            try (TableWorkbook workbook = new TableWorkbook()) {
                workbook.sheet(DETAIL_SHEET, title, dateLine, HEADERS, new int[] { 6, 16, 12, 36, 24, 14, 18 }, true,
                        rows, 0, "截至" + date + "，" + scope + "与上次统计相比无变化。",
                        List.of("与上次统计相比：升级、降级、新列入、级别变更、退出/撤销为企业行业的绩效级别变化；"
                                + "目标新达成、目标新未达成为县区目标或全市目标的达标情况变化；新增逾期为上次统计后新出现的逾期未完成事项。"));
                workbook.sheet(TALLY_SHEET, title + "（按县区汇总）", dateLine, headers, widths, true, tallies,
                        countyOrNull == null ? 1 : 0, null, List.of());
                workbook.write(out, stamp, asOf, title, reference.authority().name());
            }
        });
    }

    public static String path(LocalDate asOf, County countyOrNull) {
        return "reports/" + asOf + "/" + (countyOrNull == null ? "" : countyOrNull.name() + "/") + FILE;
    }

    private static String chineseDate(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }
}
