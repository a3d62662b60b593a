package org.perfgrade.ingest.rules;

import static org.perfgrade.ingest.header.Column.*;

import java.math.BigDecimal;
import java.util.List;

import org.perfgrade.ingest.SubmissionKind;
import org.perfgrade.ingest.header.SourceRow;
import org.perfgrade.ledger.facts.EnterpriseFacts;
import org.perfgrade.ledger.facts.GuaranteeType;
import org.perfgrade.ledger.facts.Honour;
import org.perfgrade.ledger.facts.LedgerLineFacts;
import org.perfgrade.reference.County;
import org.perfgrade.reference.ReferenceData;

/**
 * 重点行业绩效分级清单台账 row rules: 统一社会信用代码, 企业名称, 县、区 and 重点行业类型 are required; 重点行业分支
 * left empty is taken from the grade or kept 待补充 (see {@link LineCells}); 绩效级别 is a grade of the line's scheme or
 * 未评级 (blank or an 空值标记 counts as 未评级); 排污许可证编号 may be blank (排污登记 enterprises have none); figures in
 * t/a, 是/否 flags, 保障类 and 荣誉称号 are optional but must be readable (/, —, 不涉及, 无 are empty). Cells written
 * loosely but with a certain meaning are corrections (R26–R32), errors under {@code strict}.
 */
public final class LedgerRowValidator implements RowValidator<LedgerLineFacts> {

    private final boolean strict;

    private final EnterpriseCells enterprise;
    private final LineCells lines;

    public LedgerRowValidator(ReferenceData reference, County submittingCounty) {
        this(reference, submittingCounty, false);
    }

    /** @param strict {@code perfgrade.ingest.strict}: every correction (更正) is an error */
    public LedgerRowValidator(ReferenceData reference, County submittingCounty, boolean strict) {
        this.strict = strict;
        this.enterprise = new EnterpriseCells(reference, submittingCounty);
        this.lines = new LineCells(reference);
    }

    @Override
    public SubmissionKind kind() {
        return SubmissionKind.LEDGER;
    }

    @Override
    public ValidatedRow<LedgerLineFacts> validate(SourceRow source) {
        RowContext row = new RowContext(source, strict);
        String creditCode = enterprise.creditCode(row, true);
        String name = enterprise.name(row);
        String county = enterprise.county(row, true);
        String township = row.name(TOWNSHIP, false);
        String address = row.name(ADDRESS, false);
        LineCells.Line line = lines.line(row, true, true, GRADE);
        LineCells.GradeValue grade = lines.grade(row, GRADE, line, true, false);
        String permitNo = row.code(PERMIT_NO, false);
        BigDecimal so2 = TypedCells.number(row, SO2);
        BigDecimal nox = TypedCells.number(row, NOX);
        BigDecimal pm = TypedCells.number(row, PM);
        BigDecimal vocs = TypedCells.number(row, VOCS);
        String products = row.text(PRODUCTS, false);
        String capacity = row.text(CAPACITY, false);
        String productionLines = row.text(PRODUCTION_LINES, false);
        Boolean lowVocs = TypedCells.flag(row, LOW_VOCS);
        Boolean cleanEnergy = TypedCells.flag(row, CLEAN_ENERGY);
        GuaranteeType guarantee = TypedCells.guarantee(row);
        List<Honour> honours = TypedCells.honours(row);
        return row.result(() -> new LedgerLineFacts(
                new EnterpriseFacts(creditCode, name, county, permitNo, township, address, lowVocs, cleanEnergy,
                        guarantee, honours),
                line.industryName(), line.branchName(), grade.code(), so2, nox, pm, vocs, products, capacity,
                productionLines));
    }
}
