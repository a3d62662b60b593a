package org.perfgrade.ingest.rules;

import static org.perfgrade.ingest.header.Column.*;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.perfgrade.ingest.SubmissionKind;
import org.perfgrade.ingest.header.Column;
import org.perfgrade.ingest.header.SourceRow;
import org.perfgrade.ledger.facts.ApplicationFacts;
import org.perfgrade.ledger.facts.EnterpriseFacts;
import org.perfgrade.reference.County;
import org.perfgrade.reference.ReferenceData;

/**
 * 绩效分级申报及评审结果 row rules: 企业名称, 县、区, 重点行业类型, 申报级别 (a grade of the line's scheme, never
 * 未评级), 县级评审结果, 评审专家 and 专家意见日期 are required; 重点行业分支 left empty is taken from the grades or kept
 * 待补充 (see {@link LineCells}); 审核批次 is 1–4 or 第一批…第四批; each result is a grade of the scheme, 通过 (the grade
 * applied for) or 不通过, and blank while that level has not decided. 专家意见日期 and 省级认定日期 date events, so
 * only exact dates are taken (Chinese numerals and Excel serial numbers with R31). Cells written loosely but with a
 * certain meaning are corrections (R26–R32), errors under {@code strict}.
 */
public final class ApplicationRowValidator implements RowValidator<ApplicationFacts> {

    private final boolean strict;
    /** The campaign year (config/calendar.yml): Excel serial numbers are taken as dates within a year of it. */
    private final int year;

    /** How a refusal is stored (ApplicationFacts keeps 不通过 as text). */
    static final String REFUSED = "不通过";

    private static final Set<String> PASSED = Set.of("通过", "同意", "合格");
    private static final Set<String> FAILED = Set.of("不通过", "未通过", "不同意", "不合格");

    private final EnterpriseCells enterprise;
    private final LineCells lines;

    public ApplicationRowValidator(ReferenceData reference, County submittingCounty) {
        this(reference, submittingCounty, false);
    }

    /** @param strict {@code perfgrade.ingest.strict}: every correction (更正) is an error */
    public ApplicationRowValidator(ReferenceData reference, County submittingCounty, boolean strict) {
        this.strict = strict;
        this.year = reference.calendar().year();
        this.enterprise = new EnterpriseCells(reference, submittingCounty);
        this.lines = new LineCells(reference);
    }

    @Override
    public SubmissionKind kind() {
        return SubmissionKind.APPLICATION;
    }

    @Override
    public ValidatedRow<ApplicationFacts> validate(SourceRow source) {
        RowContext row = new RowContext(source, strict);
        String creditCode = enterprise.creditCode(row, false);
        String name = enterprise.name(row);
        String county = enterprise.county(row, true);
        LineCells.Line line = lines.line(row, true, true, APPLIED_GRADE, COUNTY_RESULT, CITY_RESULT,
                PROVINCIAL_RESULT);
        LineCells.GradeValue applied = lines.grade(row, APPLIED_GRADE, line, false, true);
        Integer batch = TypedCells.batch(row);
        String countyResult = result(row, COUNTY_RESULT, line, applied, true);
        String experts = experts(row);
        LocalDate opinionDate = TypedCells.date(row, OPINION_DATE, true, year);
        String cityResult = result(row, CITY_RESULT, line, applied, false);
        String provincialResult = result(row, PROVINCIAL_RESULT, line, applied, false);
        LocalDate provincialDate = TypedCells.date(row, PROVINCIAL_DATE, false, year);
        String remarks = row.text(REMARKS, false);
        return row.result(() -> new ApplicationFacts(EnterpriseFacts.identity(creditCode, name, county),
                line.industryName(), line.branchName(), applied.code(), batch, countyResult, experts, opinionDate,
                cityResult, provincialResult, provincialDate, remarks));
    }

    /** A review result: a grade of the line's scheme, 通过 (= the grade applied for), 不通过; null when blank. */
    private String result(RowContext row, Column column, LineCells.Line line, LineCells.GradeValue applied,
                          boolean required) {
        String text = TextNormalizer.code(row.cell(column).text());
        if (PASSED.contains(text)) {
            return applied.code();
        }
        if (FAILED.contains(text)) {
            return REFUSED;
        }
        if (row.isBlank(column)) {
            row.present(column, required);
            return null;
        }
        LineCells.GradeValue grade = lines.grade(row, column, line, false, required);
        return grade.code();
    }

    /** 评审专家: the names, separated by 、 whatever the county used (，；/ or spaces). */
    private static String experts(RowContext row) {
        String names = row.text(EXPERTS, true);
        if (names == null) {
            return null;
        }
        List<String> parts = Arrays.stream(names.split("[、,，;；/\\s]+")).filter(s -> !s.isEmpty()).toList();
        return parts.stream().collect(Collectors.joining("、"));
    }
}
