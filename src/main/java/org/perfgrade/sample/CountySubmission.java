package org.perfgrade.sample;

import java.util.List;

import org.perfgrade.reference.County;

/**
 * 县区报送: the rows of one county's two workbooks exactly as written, deliberately bad rows included, so the writers
 * stay dumb and the dataset can say where each defect sits.
 *
 * @param legacyXls       the improvement list goes out as old .xls (HSSF)
 * @param extrasAfterName 统一社会信用代码 and 排污许可证编号 sit right after 企业名称 (else at the end)
 */
record CountySubmission(County county, List<LedgerRow> ledgerRows, List<PlanRow> planRows, boolean legacyXls,
                        boolean extrasAfterName) {

    CountySubmission {
        ledgerRows = List.copyOf(ledgerRows);
        planRows = List.copyOf(planRows);
    }

    String fileName(SampleFileKind kind) {
        return kind.fileName(county.name(), kind == SampleFileKind.IMPROVEMENT_LIST && legacyXls);
    }

    /** A bad value planned into one cell of a row; the row is then not part of the clean model. */
    record RowDefect(SampleDefectType type, String column, String value, String description) {
    }

    /** One ledger row: an enterprise's line, possibly with one bad cell. */
    record LedgerRow(SampleEnterprise enterprise, SampleLedgerLine line, RowDefect defect) {
    }

    /** One improvement-list row: a plan, possibly with one bad cell. */
    record PlanRow(SampleEnterprise enterprise, SamplePlan plan, RowDefect defect) {
    }
}
