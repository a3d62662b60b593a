package org.perfgrade.ingest.rules;

import static org.perfgrade.ingest.header.Column.*;

import java.time.LocalDate;

import org.perfgrade.ingest.SubmissionKind;
import org.perfgrade.ingest.header.SourceRow;
import org.perfgrade.ledger.facts.EnterpriseFacts;
import org.perfgrade.ledger.facts.ImprovementPlanFacts;
import org.perfgrade.reference.County;
import org.perfgrade.reference.ReferenceData;

/**
 * 重点行业绩效分级提升企业清单 (附件2) row rules: 县、区, 企业名称, 重点行业类型, 绩效提升目标, 差异化指标, 存在问题,
 * 改造措施 and 拟完成时间 are required; 重点行业分支 left empty is taken from the grades or kept 待补充 (see
 * {@link LineCells}); 绩效现状 is a grade or 未评级 (blank, /, 无, 未评 count as 未评级) and the target must be strictly
 * better; 拟完成时间 may be approximate (2021年9月, 9月底, 2021.9.30前: {@link PlannedDates}, R30); 省辖市 when written is
 * the configured city; 序号 is informative and 备注 optional (its completion for cross-industry enterprises is the
 * ledger side's); 统一社会信用代码 and 排污许可证编号, columns some counties add, are optional. Cells written loosely
 * but with a certain meaning are corrections (R26–R32), errors under {@code strict}.
 */
public final class ImprovementRowValidator implements RowValidator<ImprovementPlanFacts> {

    private final boolean strict;

    private final EnterpriseCells enterprise;
    private final LineCells lines;
    private final PlannedDates planned;

    public ImprovementRowValidator(ReferenceData reference, County submittingCounty) {
        this(reference, submittingCounty, false);
    }

    /** @param strict {@code perfgrade.ingest.strict}: every correction (更正) is an error */
    public ImprovementRowValidator(ReferenceData reference, County submittingCounty, boolean strict) {
        this.strict = strict;
        this.enterprise = new EnterpriseCells(reference, submittingCounty);
        this.lines = new LineCells(reference);
        this.planned = new PlannedDates(reference);
    }

    @Override
    public SubmissionKind kind() {
        return SubmissionKind.IMPROVEMENT;
    }

    @Override
    public ValidatedRow<ImprovementPlanFacts> validate(SourceRow source) {
        RowContext row = new RowContext(source, strict);
        enterprise.city(row);
        String county = enterprise.county(row, true);
        String name = enterprise.name(row);
        String creditCode = enterprise.creditCode(row, false);
        String permitNo = row.code(PERMIT_NO, false);
        LineCells.Line line = lines.line(row, true, true, CURRENT_GRADE, TARGET_GRADE);
        LineCells.GradeValue current = lines.grade(row, CURRENT_GRADE, line, true, false);
        LineCells.GradeValue target = lines.grade(row, TARGET_GRADE, line, false, true);
        lines.targetAboveCurrent(row, current, target);
        String index = row.text(DIFFERENTIATING_INDEX, true);
        String problems = row.text(PROBLEMS, true);
        String measures = row.text(MEASURES, true);
        LocalDate completion = planned.cell(row, PLANNED_COMPLETION, true);
        String remarks = row.text(REMARKS, false);
        return row.result(() -> new ImprovementPlanFacts(
                new EnterpriseFacts(creditCode, name, county, permitNo, null, null, null, null, null, null),
                line.industryName(), line.branchName(), current.code(), target.code(), index, problems, measures,
                completion, remarks));
    }
}
