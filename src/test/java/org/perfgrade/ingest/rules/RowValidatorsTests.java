package org.perfgrade.ingest.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.perfgrade.ingest.problem.ProblemCode.*;
import static org.perfgrade.ingest.rules.TestRows.clean;
import static org.perfgrade.ingest.rules.TestRows.codes;
import static org.perfgrade.ingest.rules.TestRows.problem;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.perfgrade.ingest.SubmissionKind;
import org.perfgrade.ingest.header.Column;
import org.perfgrade.ingest.header.SubmissionLayout;
import org.perfgrade.ingest.problem.Problem;
import org.perfgrade.ingest.problem.ProblemLevel;
import org.perfgrade.ledger.facts.ApplicationFacts;
import org.perfgrade.ledger.facts.EnterpriseFacts;
import org.perfgrade.ledger.facts.ExpertFacts;
import org.perfgrade.ledger.facts.ImprovementPlanFacts;
import org.perfgrade.ledger.facts.LedgerLineFacts;
import org.perfgrade.ledger.facts.ViolationFacts;

/**
 * The rules every kind shares — required cells (R01), county (R02, R03), credit code (R09, R10), text length (R18),
 * trimming and full-width input — checked on each kind, and the factory. Kind-specific rules are in
 * {@code LedgerRowValidatorTests}, {@code ImprovementRowValidatorTests} and so on.
 */
class RowValidatorsTests {

    @Test
    void theFactoryGivesTheValidatorOfEachKind() {
        // given the packaged reference data and the submitting county
        var reference = TestRows.reference();
        var county = reference.county(TestRows.COUNTY).orElseThrow();

        // when / then each kind has its validator
        assertThat(RowValidators.forKind(SubmissionKind.LEDGER, reference, county)).isInstanceOf(LedgerRowValidator.class);
        assertThat(RowValidators.forKind(SubmissionKind.IMPROVEMENT, reference, county))
                .isInstanceOf(ImprovementRowValidator.class);
        assertThat(RowValidators.forKind(SubmissionKind.APPLICATION, reference, county))
                .isInstanceOf(ApplicationRowValidator.class);
        assertThat(RowValidators.forKind(SubmissionKind.VIOLATION, reference, county))
                .isInstanceOf(ViolationRowValidator.class);
        assertThat(RowValidators.forKind(SubmissionKind.EXPERT, reference, county)).isInstanceOf(ExpertRowValidator.class);
        for (SubmissionKind kind : SubmissionKind.tabular()) {
            assertThat(RowValidators.forKind(kind, reference, county).kind()).isEqualTo(kind);
        }
    }

    @ParameterizedTest
    @EnumSource(value = SubmissionKind.class, names = "WORK_PLAN", mode = EnumSource.Mode.EXCLUDE)
    void aCleanRowIsAcceptedWithItsFactsAndNoProblem(SubmissionKind kind) {
        // given a row a careful county writes
        TestRows row = clean(kind, 12);

        // when it is checked
        ValidatedRow<?> result = row.validate();

        // then it is taken as the kind's facts, without any problem
        assertThat(result.problems()).isEmpty();
        assertThat(result.accepted()).isTrue();
        assertThat(result.rowNumber()).isEqualTo(12);
        Class<?> expected = switch (kind) {
            case LEDGER -> LedgerLineFacts.class;
            case IMPROVEMENT -> ImprovementPlanFacts.class;
            case APPLICATION -> ApplicationFacts.class;
            case VIOLATION -> ViolationFacts.class;
            case EXPERT -> ExpertFacts.class;
            case WORK_PLAN -> throw new AssertionError("工作计划没有数据行");
        };
        assertThat(result.facts()).isInstanceOf(expected);
    }

    @ParameterizedTest
    @EnumSource(value = SubmissionKind.class, names = "WORK_PLAN", mode = EnumSource.Mode.EXCLUDE)
    void everyRequiredCellLeftBlankIsReportedAtItsPlace(SubmissionKind kind) {
        // given a row with every cell required for the kind blank (序号, 省辖市 informative; 备注, 许可证号 optional;
        // 绩效级别/现状 blank is 未评级; 分支 is required only by an industry with branches, see the next test)
        TestRows row = clean(kind, 7);
        Set<Column> required = EnumSet.copyOf(SubmissionLayout.of(kind).required());
        required.removeAll(Set.of(Column.SEQUENCE, Column.CITY, Column.REMARKS, Column.PERMIT_NO, Column.GRADE,
                Column.CURRENT_GRADE, Column.BRANCH));
        if (kind == SubmissionKind.LEDGER) {
            required.add(Column.CREDIT_CODE);
        }
        required.forEach(column -> row.cell(column, ""));

        // when it is checked
        ValidatedRow<?> result = row.validate();

        // then each is R01 at its cell, and the row is refused
        assertThat(result.accepted()).isFalse();
        assertThat(result.facts()).isNull();
        for (Column column : required) {
            Problem missing = result.problems().stream()
                    .filter(p -> p.code() == R01_REQUIRED_MISSING && column.title().equals(p.title()))
                    .findFirst().orElseThrow(() -> new AssertionError(column + " not reported: " + result.problems()));
            assertThat(missing.column()).isEqualTo(TestRows.letters(column, kind));
            assertThat(missing.row()).isEqualTo(7);
            assertThat(missing.sheet()).isEqualTo(TestRows.SHEET);
            assertThat(missing.value()).isNull();
            assertThat(missing.message()).startsWith(TestRows.letters(column, kind) + "7 " + column.title() + "为空");
        }
    }

    @ParameterizedTest
    @EnumSource(value = SubmissionKind.class, names = {"LEDGER", "IMPROVEMENT", "APPLICATION"})
    void aBranchLeftEmptyIsPendingWhenTheIndustryHasBranchesAndBlankOtherwise(SubmissionKind kind) {
        // given 铸造 (branches 黑色金属铸造, 有色金属铸造, both A–D) without a branch, and 石灰窑 (no branches)
        ValidatedRow<?> foundry = clean(kind, 14).cell(Column.INDUSTRY, "铸造").cell(Column.BRANCH, "")
                .cell(gradeColumn(kind), "C").validate();
        ValidatedRow<?> limeKiln = clean(kind, 14).cell(Column.INDUSTRY, "石灰窑").cell(Column.BRANCH, "")
                .cell(gradeColumn(kind), "C").validate();

        // then the first is kept with no branch and R27 asking for it, the second is taken
        assertThat(foundry.accepted()).isTrue();
        assertThat(codes(foundry)).containsExactly(R27_BRANCH_PENDING);
        assertThat(problem(foundry, R27_BRANCH_PENDING).message()).isEqualTo(TestRows.letters(Column.BRANCH, kind)
                + "14 重点行业分支未填写，请补充（可选：黑色金属铸造、有色金属铸造）");
        assertThat(problem(foundry, R27_BRANCH_PENDING).readAs()).isEqualTo("分支待补充");
        assertThat(limeKiln.problems()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = SubmissionKind.class, names = "WORK_PLAN", mode = EnumSource.Mode.EXCLUDE)
    void theCountyIsOneOfTheUnitsAliasesIncluded(SubmissionKind kind) {
        // given rows naming the county by an alias, with the city in front, and a county that is no unit of Kaifeng
        ValidatedRow<?> alias = clean(kind, 5).cell(Column.COUNTY, "龙亭").validate();
        ValidatedRow<?> withCity = clean(kind, 5).cell(Column.COUNTY, "开封市龙亭区").validate();
        ValidatedRow<?> unknown = clean(kind, 5).cell(Column.COUNTY, "金水区").validate();

        // then the alias and the prefixed name are taken with R32 (original → configured name); the unknown is R02
        for (ValidatedRow<?> read : List.of(alias, withCity)) {
            assertThat(codes(read)).containsExactly(R32_COUNTY_READ);
            Problem county = problem(read, R32_COUNTY_READ);
            assertThat(county.readAs()).isEqualTo("龙亭区");
            assertThat(county.level()).isEqualTo(ProblemLevel.WARNING);
            assertThat(county.message()).isEqualTo(TestRows.letters(Column.COUNTY, kind) + "5 县、区“"
                    + county.original() + "”按“龙亭区”读取");
        }
        assertThat(problem(alias, R32_COUNTY_READ).original()).isEqualTo("龙亭");
        assertThat(problem(withCity, R32_COUNTY_READ).original()).isEqualTo("开封市龙亭区");
        Problem problem = problem(unknown, R02_COUNTY_UNKNOWN);
        assertThat(problem.column()).isEqualTo(TestRows.letters(Column.COUNTY, kind));
        assertThat(problem.value()).isEqualTo("金水区");
        assertThat(problem.message()).contains("“金水区”不是开封市的县区", "城乡一体化示范区", "兰考县");
    }

    @ParameterizedTest
    @EnumSource(value = SubmissionKind.class, names = "WORK_PLAN", mode = EnumSource.Mode.EXCLUDE)
    void theCountyMustBeTheOneThatSentTheFile(SubmissionKind kind) {
        // given a row of 龙亭区's file naming 鼓楼区
        ValidatedRow<?> result = clean(kind, 9).cell(Column.COUNTY, "鼓楼区").validate();

        // then it is R03 naming both
        assertThat(codes(result)).containsExactly(R03_COUNTY_MISMATCH);
        assertThat(problem(result, R03_COUNTY_MISMATCH).message())
                .isEqualTo(TestRows.letters(Column.COUNTY, kind) + "9 县、区“鼓楼区”与报送县区“龙亭区”不一致，本文件只能报送本县区的企业");
    }

    @Test
    void anAliasOfTheSubmittingCountyIsThatCounty() {
        // given 顺河回族区's ledger whose rows say 顺河区
        var reference = TestRows.reference();
        var shunhe = reference.county("顺河回族区").orElseThrow();
        var row = clean(SubmissionKind.LEDGER, 4).cell(Column.COUNTY, "顺河区").build();

        // when checked
        ValidatedRow<?> result = RowValidators.forKind(SubmissionKind.LEDGER, reference, shunhe).validate(row);

        // then the row is 顺河回族区's, with R32 showing the name read
        assertThat(codes(result)).containsExactly(R32_COUNTY_READ);
        assertThat(problem(result, R32_COUNTY_READ).readAs()).isEqualTo("顺河回族区");
        assertThat(((LedgerLineFacts) result.facts()).enterprise().countyCode()).isEqualTo(shunhe.code());
    }

    @ParameterizedTest
    @EnumSource(value = SubmissionKind.class, names = { "EXPERT", "WORK_PLAN" }, mode = EnumSource.Mode.EXCLUDE)
    void aCreditCodeOfWrongLengthOrCharacterIsAnErrorAWrongCheckCharacterAWarning(SubmissionKind kind) {
        // given codes with a character missing, a letter I, and a wrong check character
        ValidatedRow<?> shortCode = clean(kind, 3).cell(Column.CREDIT_CODE, "9141078169489613P").validate();
        ValidatedRow<?> letterI = clean(kind, 3).cell(Column.CREDIT_CODE, "914107816948I6138P").validate();
        ValidatedRow<?> checkCharacter = clean(kind, 3).cell(Column.CREDIT_CODE, "91410781694896138Q").validate();

        // then length and character refuse the row (R09); the check character only warns (R10), the row is kept
        assertThat(codes(shortCode)).containsExactly(R09_CREDIT_CODE_INVALID);
        assertThat(problem(shortCode, R09_CREDIT_CODE_INVALID).message()).contains("应为18位，实为17位");
        assertThat(codes(letterI)).containsExactly(R09_CREDIT_CODE_INVALID);
        assertThat(problem(letterI, R09_CREDIT_CODE_INVALID).message()).contains("第13位字符“I”");
        assertThat(codes(checkCharacter)).containsExactly(R10_CREDIT_CODE_CHECK);
        assertThat(checkCharacter.accepted()).isTrue();
        assertThat(checkCharacter.warnings()).hasSize(1);
        assertThat(checkCharacter.facts()).isNotNull();
        assertThat(problem(checkCharacter, R10_CREDIT_CODE_CHECK).level()).isEqualTo(ProblemLevel.WARNING);
    }

    @ParameterizedTest
    @EnumSource(value = SubmissionKind.class, names = { "EXPERT", "WORK_PLAN" }, mode = EnumSource.Mode.EXCLUDE)
    void aCreditCodeIsNormalisedFromFullWidthLowerCaseAndSpaces(SubmissionKind kind) {
        // given the code typed in full width, lower case and with spaces
        ValidatedRow<?> result = clean(kind, 3).cell(Column.CREDIT_CODE, " ９１４１０７８１ 6948961３8ｐ ").validate();

        // then it is the normalised code
        assertThat(result.problems()).isEmpty();
        assertThat(enterpriseCreditCode(result)).isEqualTo(TestRows.CREDIT_CODE);
    }

    @ParameterizedTest
    @EnumSource(value = SubmissionKind.class, names = {"IMPROVEMENT", "APPLICATION", "VIOLATION"})
    void aBlankCreditCodeIsNullWhereItIsNotRequired(SubmissionKind kind) {
        // given no credit code (blank cell, and no such column)
        ValidatedRow<?> blank = clean(kind, 3).cell(Column.CREDIT_CODE, "").validate();
        ValidatedRow<?> absent = clean(kind, 3).without(Column.CREDIT_CODE).validate();

        // then the rows are taken with a null code (the enterprise is matched by county and name)
        assertThat(blank.problems()).isEmpty();
        assertThat(enterpriseCreditCode(blank)).isNull();
        assertThat(absent.problems()).isEmpty();
        assertThat(enterpriseCreditCode(absent)).isNull();
    }

    @ParameterizedTest
    @EnumSource(value = SubmissionKind.class, names = { "EXPERT", "WORK_PLAN" }, mode = EnumSource.Mode.EXCLUDE)
    void anEnterpriseNameIsTrimmedCollapsedAndLimitedTo200Characters(SubmissionKind kind) {
        // given a name broken over two lines with full-width spaces and digits, and names of 200 and 201 characters
        ValidatedRow<?> broken = clean(kind, 6).cell(Column.ENTERPRISE_NAME, "　开封市华通\n铸造有限公司（１号厂） ")
                .validate();
        ValidatedRow<?> longest = clean(kind, 6).cell(Column.ENTERPRISE_NAME, "企".repeat(200)).validate();
        ValidatedRow<?> tooLong = clean(kind, 6).cell(Column.ENTERPRISE_NAME, "企".repeat(201)).validate();

        // then the name is cleaned, 200 characters pass and 201 are R18
        assertThat(broken.problems()).isEmpty();
        assertThat(enterpriseName(broken)).isEqualTo("开封市华通铸造有限公司（1号厂）");
        assertThat(longest.problems()).isEmpty();
        assertThat(codes(tooLong)).containsExactly(R18_TEXT_TOO_LONG);
        assertThat(problem(tooLong, R18_TEXT_TOO_LONG).message()).contains("201个字", "上限200个字");
    }

    @ParameterizedTest
    @EnumSource(value = SubmissionKind.class, names = { "EXPERT", "WORK_PLAN" }, mode = EnumSource.Mode.EXCLUDE)
    void allProblemsOfARowAreReportedNotOnlyTheFirst(SubmissionKind kind) {
        // given a row with a blank name, an unknown county and an unknown industry
        TestRows row = clean(kind, 21).cell(Column.ENTERPRISE_NAME, "").cell(Column.COUNTY, "郑州").cell(Column.INDUSTRY,
                "纺织印染");

        // when checked
        ValidatedRow<?> result = row.validate();

        // then all three are reported
        assertThat(codes(result)).contains(R01_REQUIRED_MISSING, R02_COUNTY_UNKNOWN, R04_INDUSTRY_UNKNOWN);
        assertThat(result.facts()).isNull();
    }

    @Test
    void anExpertListCountyIsCheckedLikeAnyOther() {
        // given an expert row naming another county, with a blank name
        ValidatedRow<?> result = clean(SubmissionKind.EXPERT, 8).cell(Column.EXPERT_NAME, "")
                .cell(Column.COUNTY, "杞县").validate();

        // then both are reported
        assertThat(codes(result)).containsExactlyInAnyOrder(R01_REQUIRED_MISSING, R03_COUNTY_MISMATCH);
    }

    /** A grade cell of the kind that C is valid in for an ABCD industry (the target of 附件2 stays B). */
    private static Column gradeColumn(SubmissionKind kind) {
        return switch (kind) {
            case LEDGER -> Column.GRADE;
            case IMPROVEMENT -> Column.CURRENT_GRADE;
            default -> Column.APPLIED_GRADE;
        };
    }

    private static String enterpriseCreditCode(ValidatedRow<?> result) {
        return enterprise(result.facts()).creditCode();
    }

    private static String enterpriseName(ValidatedRow<?> result) {
        return enterprise(result.facts()).name();
    }

    private static EnterpriseFacts enterprise(Object facts) {
        if (facts instanceof LedgerLineFacts f) {
            return f.enterprise();
        }
        if (facts instanceof ImprovementPlanFacts f) {
            return f.enterprise();
        }
        if (facts instanceof ApplicationFacts f) {
            return f.enterprise();
        }
        if (facts instanceof ViolationFacts f) {
            return f.enterprise();
        }
        throw new IllegalArgumentException("no enterprise in " + facts);
    }
}
