package org.perfgrade.ingest.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.perfgrade.ingest.problem.ProblemCode.*;
import static org.perfgrade.ingest.rules.TestRows.codes;
import static org.perfgrade.ingest.rules.TestRows.problem;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.perfgrade.ingest.SubmissionKind;
import org.perfgrade.ingest.header.Column;
import org.perfgrade.ingest.problem.Problem;
import org.perfgrade.ingest.problem.ProblemCode;
import org.perfgrade.ingest.problem.ProblemLevel;
import org.perfgrade.ledger.facts.ApplicationFacts;
import org.perfgrade.ledger.facts.ImprovementPlanFacts;
import org.perfgrade.ledger.facts.LedgerLineFacts;
import org.perfgrade.ledger.facts.ViolationFacts;

/**
 * The reading rules of issue #15 row by row: each cell whose meaning is certain is stored as read with a correction
 * (original → read as), which strict mode turns into an error; what cannot be known stays an error.
 */
class ReadingRulesTests {

    private static TestRows plan() {
        return TestRows.clean(SubmissionKind.IMPROVEMENT, 12);
    }

    private static ImprovementPlanFacts planFacts(ValidatedRow<?> result) {
        assertThat(result.accepted()).as(result.problems().toString()).isTrue();
        return (ImprovementPlanFacts) result.facts();
    }

    /** The one problem of the row, a warning correction with its original and read-as value. */
    private static Problem correction(ValidatedRow<?> result, ProblemCode code, String original, String readAs) {
        assertThat(codes(result)).containsExactly(code);
        Problem problem = problem(result, code);
        assertThat(problem.level()).isEqualTo(ProblemLevel.WARNING);
        assertThat(problem.original()).isEqualTo(original);
        assertThat(problem.readAs()).isEqualTo(readAs);
        return problem;
    }

    // ── 1. empty markers ──

    @ParameterizedTest
    @ValueSource(strings = {"/", "／", "—", "–", "-", "——", "不涉及", "无", "  "})
    void anEmptyMarkerInAnOptionalCellIsEmptyWithoutAWarning(String marker) {
        // given 备注, 统一社会信用代码 and 排污许可证编号 (optional in 附件2) written as a marker
        ValidatedRow<?> result = plan().cell(Column.REMARKS, marker).cell(Column.CREDIT_CODE, marker)
                .cell(Column.PERMIT_NO, marker).validate();

        // then they are empty, and nothing is said
        ImprovementPlanFacts facts = planFacts(result);
        assertThat(result.problems()).isEmpty();
        assertThat(facts.remarks()).isNull();
        assertThat(facts.enterprise().creditCode()).isNull();
        assertThat(facts.enterprise().permitNo()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "—", "无", "不涉及"})
    void aRequiredCellWrittenAsAMarkerIsStillMissing(String marker) {
        // given 改造措施 and 绩效提升目标 (required) written as a marker
        ValidatedRow<?> result = plan().cell(Column.MEASURES, marker).cell(Column.TARGET_GRADE, marker).validate();

        // then both are R01
        assertThat(codes(result)).containsExactly(R01_REQUIRED_MISSING, R01_REQUIRED_MISSING);
        assertThat(result.accepted()).isFalse();
    }

    @Test
    void aMarkerInTheLedgersOptionalCellsIsEmpty() {
        // given a ledger row with / in 绩效级别, the figures, the flags, 保障类 and 荣誉称号
        ValidatedRow<?> result = TestRows.clean(SubmissionKind.LEDGER, 12).cell(Column.GRADE, "／")
                .cell(Column.SO2, "—").cell(Column.LOW_VOCS, "/").cell(Column.GUARANTEE, "不涉及")
                .cell(Column.HONOURS, "无").cell(Column.PERMIT_NO, "-").validate();

        // then every one is empty, without a problem
        assertThat(result.problems()).isEmpty();
        LedgerLineFacts facts = (LedgerLineFacts) result.facts();
        assertThat(facts.grade()).isNull();
        assertThat(facts.so2()).isNull();
        assertThat(facts.enterprise().lowVocsMaterials()).isFalse();
        assertThat(facts.enterprise().guarantee()).isNull();
        assertThat(facts.enterprise().honours()).isEmpty();
        assertThat(facts.enterprise().permitNo()).isNull();
    }

    // ── 2. 重点行业分支 ──

    @Test
    void anEmptyBranchIsTakenWhenOnlyOneBranchAdmitsTheGrades() {
        // given 水泥 (熟料 A–D, 粉磨站 引领性) with C → B and no branch
        ValidatedRow<?> result = plan().cell(Column.BRANCH, "").validate();

        // then 熟料, with R26 saying why
        Problem inferred = correction(result, R26_BRANCH_INFERRED, null, "熟料");
        assertThat(inferred.message()).isEqualTo("F12 重点行业分支未填写，按绩效级别“C”“B”读作“熟料”");
        assertThat(planFacts(result).branch()).isEqualTo("熟料");
    }

    @Test
    void anEmptyBranchIsPendingWhenTheGradesFitSeveralBranches() {
        // given 铸造 (two A–D branches) with / as branch
        ValidatedRow<?> result = plan().cell(Column.INDUSTRY, "铸造").cell(Column.BRANCH, "/").validate();

        // then the line has no branch, with R27 asking for it
        Problem pending = correction(result, R27_BRANCH_PENDING, "/", "分支待补充");
        assertThat(pending.message()).isEqualTo("F12 重点行业分支未填写，请补充（可选：黑色金属铸造、有色金属铸造）");
        ImprovementPlanFacts facts = planFacts(result);
        assertThat(facts.industry()).isEqualTo("铸造");
        assertThat(facts.branch()).isNull();
        assertThat(facts.targetGrade()).isEqualTo("B");
    }

    @Test
    void aPendingBranchStillHasItsGradesChecked() {
        // given 铸造 without branch and target B- (no 铸造 scheme has it)
        ValidatedRow<?> result = plan().cell(Column.INDUSTRY, "铸造").cell(Column.BRANCH, "")
                .cell(Column.TARGET_GRADE, "B-").validate();

        // then R06, and the row is refused
        assertThat(codes(result)).containsExactly(R27_BRANCH_PENDING, R06_GRADE_NOT_IN_SCHEME);
        assertThat(result.accepted()).isFalse();
    }

    // ── 3. grades ──

    @ParameterizedTest
    @CsvSource({"b, B", "Ｂ, B", "B级, B", "B级企业, B", "b级, B"})
    void aGradeNotWrittenAsConfiguredIsReadWithR28(String written, String code) {
        // given the target written loosely
        ValidatedRow<?> result = plan().cell(Column.TARGET_GRADE, written).validate();

        // then it is stored as configured, with R28 original → read as
        Problem read = correction(result, R28_GRADE_READ, written, code);
        assertThat(read.message()).isEqualTo("H12 绩效提升目标“" + written + "”按“" + code + "”读取");
        assertThat(planFacts(result).targetGrade()).isEqualTo(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"无", "未评"})
    void theCurrentGradeWrittenAs无Or未评Is未评级(String written) {
        // given 绩效现状 无 or 未评
        ValidatedRow<?> result = plan().cell(Column.CURRENT_GRADE, written).validate();

        // then 未评级 (null), with R28
        correction(result, R28_GRADE_READ, written, "未评级");
        assertThat(planFacts(result).currentGrade()).isNull();
    }

    @Test
    void aLeadingGradeWrittenAsTheGuideSaysItIsRead() {
        // given 水泥/粉磨站 with 非引领性 → 引领性企业
        ValidatedRow<?> result = plan().cell(Column.BRANCH, "粉磨站").cell(Column.CURRENT_GRADE, "非引领性")
                .cell(Column.TARGET_GRADE, "绩效引领性").validate();

        // then 引领性
        correction(result, R28_GRADE_READ, "绩效引领性", "引领性");
        assertThat(planFacts(result).targetGrade()).isEqualTo("引领性");
    }

    @Test
    void aGradeOutsideTheSchemeStaysR06EvenWrittenLoosely() {
        // given 水泥/熟料 (A–D) with target b-
        ValidatedRow<?> result = plan().cell(Column.TARGET_GRADE, "b-").validate();

        // then R06 only
        assertThat(codes(result)).containsExactly(R06_GRADE_NOT_IN_SCHEME);
    }

    // ── 4. industry names ──

    @ParameterizedTest
    @CsvSource({"铸造行业, 铸造", "铸造业, 铸造", "铸造类, 铸造", "包装印刷业, 包装印刷"})
    void anIndustryWithASuffixIsReadWithR29(String written, String industry) {
        // given the type with a suffix, and the branch of that industry
        String branch = industry.equals("铸造") ? "黑色金属铸造" : "平版印刷";
        ValidatedRow<?> result = plan().cell(Column.INDUSTRY, written).cell(Column.BRANCH, branch).validate();

        // then the configured name, with R29
        Problem read = correction(result, R29_INDUSTRY_READ, written, industry);
        assertThat(read.message()).isEqualTo("E12 重点行业类型“" + written + "”按“" + industry + "”读取");
        assertThat(planFacts(result).industry()).isEqualTo(industry);
    }

    @Test
    void theBranchWrittenInsideTheTypeIsTakenFromIt() {
        // given 铸造（黑色金属铸造） and 工业涂装-钢结构 with the branch cell empty
        ValidatedRow<?> foundry = plan().cell(Column.INDUSTRY, "铸造（黑色金属铸造）").cell(Column.BRANCH, "").validate();
        ValidatedRow<?> coating = plan().cell(Column.INDUSTRY, "工业涂装-钢结构").cell(Column.BRANCH, "").validate();

        // then industry and branch are read from the type (one R29, no R27)
        Problem read = correction(foundry, R29_INDUSTRY_READ, "铸造（黑色金属铸造）", "铸造");
        assertThat(read.message()).isEqualTo("E12 重点行业类型“铸造（黑色金属铸造）”按“铸造”读取，重点行业分支按“黑色金属铸造”读取");
        assertThat(planFacts(foundry).branch()).isEqualTo("黑色金属铸造");
        correction(coating, R29_INDUSTRY_READ, "工业涂装-钢结构", "工业涂装");
        assertThat(planFacts(coating).industry()).isEqualTo("工业涂装");
        assertThat(planFacts(coating).branch()).isEqualTo("钢结构");
    }

    @Test
    void aBranchCellContradictingTheTypeIsR05() {
        // given 铸造（黑色金属铸造） with 有色金属铸造 in the branch cell
        ValidatedRow<?> result = plan().cell(Column.INDUSTRY, "铸造（黑色金属铸造）").cell(Column.BRANCH, "有色金属铸造")
                .validate();

        // then R05 (with R29 for the type)
        assertThat(codes(result)).containsExactly(R29_INDUSTRY_READ, R05_BRANCH_UNKNOWN);
        assertThat(result.accepted()).isFalse();
    }

    @Test
    void anAliasIsReadAndAnAliasOfTwoIndustriesIsR04NamingBoth() {
        // given 印刷 (alias of 包装印刷) and 钢铁 (alias of 长流程联合钢铁 and 短流程钢铁)
        ValidatedRow<?> printing = plan().cell(Column.INDUSTRY, "印刷").cell(Column.BRANCH, "平版印刷").validate();
        ValidatedRow<?> steel = plan().cell(Column.INDUSTRY, "钢铁").cell(Column.BRANCH, "").validate();

        // then the first is 包装印刷 with R29, the second R04
        correction(printing, R29_INDUSTRY_READ, "印刷", "包装印刷");
        assertThat(codes(steel)).containsExactly(R04_INDUSTRY_UNKNOWN);
        assertThat(problem(steel, R04_INDUSTRY_UNKNOWN).message())
                .isEqualTo("E12 重点行业类型“钢铁”可指“长流程联合钢铁”或“短流程钢铁”，含义不明，请按技术指南中的行业名称填写");
    }

    // ── 5. planned dates ──

    @ParameterizedTest
    @CsvSource({"8月底, 2021-08-31", "2021年8月, 2021-08-31", "2021.9.30前, 2021-09-30", "2021年8月—9月, 2021-09-30",
            "二〇二一年九月三十日, 2021-09-30", "9月中旬, 2021-09-20", "44469, 2021-09-30"})
    void aPlannedDateIsReadWithR30ShowingTheDate(String written, LocalDate expected) {
        // given 拟完成时间 written approximately
        ValidatedRow<?> result = plan().cell(Column.PLANNED_COMPLETION, written).validate();

        // then the date meant, with R30 showing it
        Problem read = correction(result, R30_PLANNED_DATE_READ, written, expected.toString());
        assertThat(read.message()).isEqualTo("L12 拟完成时间“" + written + "”按 " + expected + " 读取");
        assertThat(planFacts(result).plannedCompletion()).isEqualTo(expected);
    }

    // ── 6. dates of events ──

    @ParameterizedTest
    @ValueSource(strings = {"2021年8月", "8月底", "2021.8.3前", "8月上旬"})
    void anEventDateRefusesApproximateForms(String written) {
        // given 专家意见日期 written approximately
        ValidatedRow<?> result = TestRows.clean(SubmissionKind.APPLICATION, 12).cell(Column.OPINION_DATE, written)
                .validate();

        // then R08: the date of an event must be exact
        assertThat(codes(result)).containsExactly(R08_DATE_INVALID);
        assertThat(problem(result, R08_DATE_INVALID).message()).contains("不是具体日期，此项须填写具体日期");
    }

    @Test
    void anEventDateInChineseNumeralsOrAsASerialIsReadWithR31() {
        // given 发现日期 in Chinese numerals, and 专家意见日期 as the number 44411 (2021-08-03)
        ValidatedRow<?> found = TestRows.clean(SubmissionKind.VIOLATION, 12)
                .cell(Column.FOUND_ON, "二〇二一年七月十五日").validate();
        ValidatedRow<?> opinion = TestRows.clean(SubmissionKind.APPLICATION, 12).number(Column.OPINION_DATE, "44411")
                .validate();

        // then both are read with R31
        Problem numerals = correction(found, R31_DATE_READ, "二〇二一年七月十五日", "2021-07-15");
        assertThat(numerals.message()).isEqualTo("G12 发现日期“二〇二一年七月十五日”按 2021-07-15 读取");
        assertThat(((ViolationFacts) found.facts()).foundOn()).isEqualTo(LocalDate.of(2021, 7, 15));
        correction(opinion, R31_DATE_READ, "44411", "2021-08-03");
        assertThat(((ApplicationFacts) opinion.facts()).opinionDate()).isEqualTo(LocalDate.of(2021, 8, 3));
    }

    // ── 7. county ──

    @ParameterizedTest
    @CsvSource({"龙亭, 龙亭区", "410202, 龙亭区", "开封市龙亭区, 龙亭区"})
    void aCountyAliasIsReadWithR32(String written, String county) {
        // given 县、区 written by an alias, its GB/T 2260 code, or with the city in front
        ValidatedRow<?> result = plan().cell(Column.COUNTY, written).validate();

        // then the configured county, with R32
        correction(result, R32_COUNTY_READ, written, county);
        assertThat(planFacts(result).enterprise().countyCode()).isEqualTo(TestRows.COUNTY_CODE);
    }

    // ── strict mode ──

    @ParameterizedTest
    @EnumSource(value = SubmissionKind.class, names = {"LEDGER", "IMPROVEMENT", "APPLICATION"})
    void strictModeMakesEveryCorrectionAnError(SubmissionKind kind) {
        // given rows each with one loosely written cell
        TestRows suffix = TestRows.clean(kind, 9).cell(Column.INDUSTRY, kind == SubmissionKind.APPLICATION
                ? "包装印刷业" : kind == SubmissionKind.LEDGER ? "铸造行业" : "水泥业");
        TestRows county = TestRows.clean(kind, 9).cell(Column.COUNTY, "龙亭");
        TestRows branch = TestRows.clean(kind, 9).cell(Column.INDUSTRY, "铸造").cell(Column.BRANCH, "");

        for (TestRows row : java.util.List.of(suffix, county, branch)) {
            // when checked forgivingly and strictly
            ValidatedRow<?> forgiving = row.validate(false);
            ValidatedRow<?> strict = row.validate(true);

            // then the same correction is a warning, then an error refusing the row and saying why
            assertThat(forgiving.accepted()).as(forgiving.problems().toString()).isTrue();
            assertThat(strict.accepted()).isFalse();
            assertThat(codes(strict)).isEqualTo(codes(forgiving));
            Problem error = strict.problems().get(0);
            assertThat(error.level()).isEqualTo(ProblemLevel.ERROR);
            assertThat(error.code().correction()).isTrue();
            assertThat(error.original()).isEqualTo(forgiving.problems().get(0).original());
            assertThat(error.message()).endsWith("（严格模式：请按规范写法填写后重新报送）");
        }
    }

    @Test
    void strictModeRefusesAnApproximatePlannedDate() {
        // given 8月底
        ValidatedRow<?> result = plan().cell(Column.PLANNED_COMPLETION, "8月底").validate(true);

        // then R30 is an error
        assertThat(codes(result)).containsExactly(R30_PLANNED_DATE_READ);
        assertThat(result.problems().get(0).level()).isEqualTo(ProblemLevel.ERROR);
        assertThat(result.facts()).isNull();
    }
}
