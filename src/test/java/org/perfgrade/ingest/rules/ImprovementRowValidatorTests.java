package org.perfgrade.ingest.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.perfgrade.ingest.problem.ProblemCode.*;
import static org.perfgrade.ingest.rules.TestRows.codes;
import static org.perfgrade.ingest.rules.TestRows.problem;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.perfgrade.ingest.SubmissionKind;
import org.perfgrade.ingest.header.Column;
import org.perfgrade.ingest.problem.Problem;
import org.perfgrade.ledger.facts.ImprovementPlanFacts;

/** 附件2 rows: 省辖市, grades and their order, 拟完成时间, the long texts. */
class ImprovementRowValidatorTests {

    private static TestRows row() {
        return TestRows.clean(SubmissionKind.IMPROVEMENT, 12);
    }

    private static ImprovementPlanFacts facts(ValidatedRow<?> result) {
        assertThat(result.problems()).isEmpty();
        return (ImprovementPlanFacts) result.facts();
    }

    @Test
    void aCleanRowGivesThePlan() {
        // given the clean 附件2 row
        // when checked
        ImprovementPlanFacts facts = facts(row().validate());

        // then the plan is typed; 备注 blank is null, line breaks of 改造措施 are kept
        assertThat(facts.enterprise().countyCode()).isEqualTo(TestRows.COUNTY_CODE);
        assertThat(facts.enterprise().creditCode()).isNull();
        assertThat(facts.industry()).isEqualTo("水泥");
        assertThat(facts.branch()).isEqualTo("熟料");
        assertThat(facts.currentGrade()).isEqualTo("C");
        assertThat(facts.targetGrade()).isEqualTo("B");
        assertThat(facts.measures()).isEqualTo("实施SCR脱硝改造\n物料全封闭储存");
        assertThat(facts.plannedCompletion()).isEqualTo(LocalDate.of(2021, 8, 30));
        assertThat(facts.remarks()).isNull();
    }

    @Test
    void aTargetOutsideTheBranchSchemeIsR06() {
        // given 水泥/粉磨站 (引领性 scheme) with target A
        ValidatedRow<?> result = row().cell(Column.BRANCH, "粉磨站").cell(Column.CURRENT_GRADE, "非引领性")
                .cell(Column.TARGET_GRADE, "A").validate();

        // then R06 at H12 lists the scheme's grades
        assertThat(codes(result)).containsExactly(R06_GRADE_NOT_IN_SCHEME);
        assertThat(problem(result, R06_GRADE_NOT_IN_SCHEME).message())
                .isEqualTo("H12 绩效提升目标“A”不属于“水泥/粉磨站”的分级方案（可选：引领性、非引领性）");
    }

    @Test
    void theTargetCannotBeUnratedButTheCurrentGradeCan() {
        // given 未评级 as target, and 未评级 as current grade
        ValidatedRow<?> unratedTarget = row().cell(Column.TARGET_GRADE, "未评级").validate();
        ValidatedRow<?> unratedCurrent = row().cell(Column.CURRENT_GRADE, "未评级").validate();

        // then the first is R06, the second a null current grade
        assertThat(codes(unratedTarget)).containsExactly(R06_GRADE_NOT_IN_SCHEME);
        assertThat(problem(unratedTarget, R06_GRADE_NOT_IN_SCHEME).message()).contains("（可选：A、B、C、D）");
        assertThat(facts(unratedCurrent).currentGrade()).isNull();
    }

    @ParameterizedTest
    @CsvSource({"B, B", "B, C", "A, D"})
    void aTargetNotAboveTheCurrentGradeIsR07(String current, String target) {
        // given a target equal to or below the current grade
        ValidatedRow<?> result = row().cell(Column.CURRENT_GRADE, current).cell(Column.TARGET_GRADE, target).validate();

        // then R07 at the target
        assertThat(codes(result)).containsExactly(R07_TARGET_NOT_ABOVE_CURRENT);
        assertThat(problem(result, R07_TARGET_NOT_ABOVE_CURRENT).message())
                .isEqualTo("H12 绩效提升目标“" + target + "”不高于绩效现状“" + current + "”，提升目标应高于现状");
    }

    @ParameterizedTest
    @CsvSource({"未评级, D", "'', C", "D, C", "C, A", "非引领性, 引领性"})
    void aTargetAboveTheCurrentGradeIsTaken(String current, String target) {
        // given a better target (any grade is above 未评级)
        TestRows row = row().cell(Column.CURRENT_GRADE, current).cell(Column.TARGET_GRADE, target);
        if (target.contains("引领")) {
            row.cell(Column.BRANCH, "粉磨站");
        }

        // then the plan is taken
        assertThat(facts(row.validate()).targetGrade()).isEqualTo(target);
    }

    @Test
    void theCityWhenWrittenIsTheConfiguredCity() {
        // given another city, the short name, and a blank cell
        ValidatedRow<?> other = row().cell(Column.CITY, "郑州市").validate();
        ValidatedRow<?> shortName = row().cell(Column.CITY, "开封").validate();
        ValidatedRow<?> blank = row().cell(Column.CITY, "").validate();

        // then only the other city is R17
        assertThat(codes(other)).containsExactly(R17_CITY_MISMATCH);
        assertThat(problem(other, R17_CITY_MISMATCH).message()).isEqualTo("B12 省辖市“郑州市”不是本市，应为“开封市”");
        assertThat(shortName.problems()).isEmpty();
        assertThat(blank.problems()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2021年8月15日", "2021-08-15", "2021/8/15", "2021.8.15", "2021年8月15号", "20210815",
            "２０２１年８月１５日", " 2021-8-15 "})
    void aPlannedCompletionWrittenAsTextIsRead(String written) {
        // given a date typed as text
        ValidatedRow<?> result = row().cell(Column.PLANNED_COMPLETION, written).validate();

        // then it is the date
        assertThat(facts(result).plannedCompletion()).isEqualTo(LocalDate.of(2021, 8, 15));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2021年13月1日", "2021-02-30", "下半年", "尽快", "下个月", "待定", "2021年13月", "9月-8月"})
    void aPlannedCompletionThatNamesNoDayIsR08(String written) {
        // given text that names no day with certainty
        ValidatedRow<?> result = row().cell(Column.PLANNED_COMPLETION, written).validate();

        // then R08 at L12 names the accepted forms, the approximate ones included
        assertThat(codes(result)).containsExactly(R08_DATE_INVALID);
        Problem problem = problem(result, R08_DATE_INVALID);
        assertThat(problem.column()).isEqualTo("L");
        assertThat(problem.value()).isEqualTo(written);
        assertThat(problem.message()).startsWith("L12 拟完成时间“" + written.strip() + "”不是可识别的日期")
                .contains("2021年9月30日", "2021-09-30", "2021年9月", "9月底", "9月中旬");
    }

    @Test
    void longTextsAreLimitedByTheirColumns() {
        // given 改造措施 of 2000 and 2001 characters, and 差异化指标 of 1001
        ValidatedRow<?> longest = row().cell(Column.MEASURES, "改".repeat(2000)).validate();
        ValidatedRow<?> tooLong = row().cell(Column.MEASURES, "改".repeat(2001))
                .cell(Column.DIFFERENTIATING_INDEX, "指".repeat(1001)).validate();

        // then 2000 pass; the others are R18 without quoting the whole text
        assertThat(longest.problems()).isEmpty();
        assertThat(codes(tooLong)).containsExactly(R18_TEXT_TOO_LONG, R18_TEXT_TOO_LONG);
        assertThat(tooLong.problems()).allSatisfy(p -> assertThat(p.message()).hasSizeLessThan(100));
    }

    @Test
    void remarksAndTheExtraColumnsAreOptional() {
        // given remarks for a cross-industry enterprise and a file without 统一社会信用代码 and 排污许可证编号
        ValidatedRow<?> result = row().cell(Column.REMARKS, "同时涉及：工业涂装").without(Column.CREDIT_CODE)
                .without(Column.PERMIT_NO).validate();

        // then the row is taken with its remarks
        assertThat(facts(result).remarks()).isEqualTo("同时涉及：工业涂装");
        assertThat(facts(result).enterprise().permitNo()).isNull();
    }
}
