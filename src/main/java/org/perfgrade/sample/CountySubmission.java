package org.perfgrade.sample;

import java.util.List;

import org.perfgrade.reference.County;

/**
 * 县区报送: the rows of one county's two workbooks exactly as written, deliberately bad rows included, so the writers
 * stay dumb and the dataset can say where each defect sits.
 *
 * @param legacyXls       the improvement list goes out as old .xls (HSSF)
 * @param extrasAfterName 统一社会信用代码 and 排污许可证编号 sit right after 企业名称 (else at the end)
 * @param clerkStyle      how the county's clerk writes the rows, or null for the clean style
 */
record CountySubmission(County county, List<LedgerRow> ledgerRows, List<PlanRow> planRows, boolean legacyXls,
                        boolean extrasAfterName, ClerkStyle clerkStyle) {

    CountySubmission {
        ledgerRows = List.copyOf(ledgerRows);
        planRows = List.copyOf(planRows);
    }

    /** The 1-based Excel row of a data row (0-based) of the given kind. */
    int excelRow(SampleFileKind kind, int dataIndex) {
        if (clerkStyle == null) {
            return WorkbookSupport.HEADING_ROWS + dataIndex + 1;
        }
        return ClerkStyle.excelRow(dataIndex, kind == SampleFileKind.LEDGER ? ledgerRows.size() : planRows.size());
    }

    /** The sheet rows under the heading: the data rows only, or the clerk's layout. */
    List<ClerkStyle.Slot> layout(SampleFileKind kind) {
        int rows = kind == SampleFileKind.LEDGER ? ledgerRows.size() : planRows.size();
        if (clerkStyle != null) {
            return ClerkStyle.layout(rows);
        }
        return java.util.stream.IntStream.range(0, rows).mapToObj(i -> new ClerkStyle.Slot(ClerkStyle.SlotKind.DATA, i))
                .toList();
    }

    /** The cells of a data row written otherwise than clean, by header (none in the clean style). */
    java.util.Map<String, String> writtenCells(SampleFileKind kind, int dataIndex) {
        if (clerkStyle == null) {
            return java.util.Map.of();
        }
        return (kind == SampleFileKind.LEDGER ? clerkStyle.ledgerCells() : clerkStyle.planCells()).get(dataIndex);
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
