package org.perfgrade.sample;

import java.text.CollationKey;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.perfgrade.reference.County;
import org.perfgrade.sample.CountySubmission.LedgerRow;
import org.perfgrade.sample.CountySubmission.PlanRow;
import org.perfgrade.sample.CountySubmission.RowDefect;

/**
 * 样例汇总: turns the county drafts into the dataset — improvement lists sorted by 重点行业类型, 绩效提升目标 and
 * 差异化指标 (附件2 note 3), which county sends .xls and where the extra columns go, the clean model without the bad
 * rows, and each bad row's exact Excel row and column.
 */
final class SampleDatasetAssembler {

    private final SamplePlanFactory plans;
    private final ClerkStyleFactory clerkStyles;

    /** @param clerkStyles how the counties of {@link ClerkStyle#COUNTIES} write their files, or null: all clean */
    SampleDatasetAssembler(SamplePlanFactory plans, ClerkStyleFactory clerkStyles) {
        this.plans = plans;
        this.clerkStyles = clerkStyles;
    }

    SampleDataset assemble(List<CountyDraft> drafts) {
        String xlsCounty = drafts.stream().map(d -> d.county.name()).filter("兰考县"::equals).findFirst()
                .orElse(drafts.get(drafts.size() - 1).county.name());
        Collator collator = Collator.getInstance(Locale.CHINA);
        Map<String, CollationKey> keys = new HashMap<>();
        Function<String, CollationKey> collated = text -> keys.computeIfAbsent(text == null ? "" : text,
                collator::getCollationKey);
        Comparator<PlanRow> order = Comparator.comparingInt((PlanRow r) -> plans.order(r.plan().industry()))
                .thenComparingInt(r -> plans.rank(r.plan().targetGrade()))
                .thenComparing(r -> collated.apply(r.plan().indicator()))
                .thenComparing(r -> Objects.toString(r.plan().enterpriseName(), ""))
                .thenComparing(r -> collated.apply(r.plan().branch()))
                .thenComparing(r -> r.plan().creditCode());
        List<SampleEnterprise> allEnterprises = new ArrayList<>();
        List<SampleLedgerLine> allLines = new ArrayList<>();
        List<SamplePlan> allPlans = new ArrayList<>();
        List<SampleDefect> defects = new ArrayList<>();
        List<CountySubmission> submissions = new ArrayList<>();
        for (CountyDraft draft : drafts) {
            draft.planRows.sort(order);
            boolean xls = draft.county.name().equals(xlsCounty)
                    && draft.planRows.size() <= ImprovementListWorkbookWriter.XLS_MAX_ROWS;
            ClerkStyle style = null;
            if (clerkStyles != null && ClerkStyle.COUNTIES.contains(draft.county.name())) {
                clerkStyles.roundDueDates(draft.planRows);
                style = clerkStyles.style(draft.county, draft.ledgerRows, draft.planRows);
            }
            CountySubmission submission = new CountySubmission(draft.county, draft.ledgerRows, draft.planRows, xls,
                    draft.index % 2 == 0, style);
            submissions.add(submission);
            allEnterprises.addAll(draft.enterprises);
            Map<String, Integer> firstRow = new HashMap<>();
            for (int i = 0; i < draft.ledgerRows.size(); i++) {
                LedgerRow row = draft.ledgerRows.get(i);
                int excelRow = submission.excelRow(SampleFileKind.LEDGER, i);
                String key = row.enterprise().creditCode() + "|" + row.line().industry() + "|" + row.line().branch();
                if (row.defect() == null) {
                    allLines.add(row.line());
                    firstRow.putIfAbsent(key, excelRow);
                    continue;
                }
                RowDefect defect = row.defect();
                if (defect.type() == SampleDefectType.DUPLICATE_LINE) {
                    defect = new RowDefect(defect.type(), defect.column(), defect.value(), "与第" + firstRow.get(key)
                            + "行重复：统一社会信用代码、重点行业类型、重点行业分支相同");
                }
                defects.add(defect(submission, SampleFileKind.LEDGER, excelRow, defect, LedgerWorkbookWriter.HEADERS));
            }
            List<String> planHeaders = ImprovementListWorkbookWriter.headers(submission.extrasAfterName());
            for (int i = 0; i < draft.planRows.size(); i++) {
                PlanRow row = draft.planRows.get(i);
                if (row.defect() == null) {
                    allPlans.add(row.plan());
                } else {
                    defects.add(defect(submission, SampleFileKind.IMPROVEMENT_LIST,
                            submission.excelRow(SampleFileKind.IMPROVEMENT_LIST, i), row.defect(), planHeaders));
                }
            }
        }
        return new SampleDataset(allEnterprises, allLines, allPlans, defects, submissions);
    }

    private static SampleDefect defect(CountySubmission submission, SampleFileKind kind, int row, RowDefect defect,
                                       List<String> headers) {
        County county = submission.county();
        return new SampleDefect(county.code(), county.name(), kind, submission.fileName(kind), kind.sheetName(), row,
                defect.column(), headers.indexOf(defect.column()), defect.value(), defect.type(),
                defect.description());
    }

}
