package org.perfgrade.ingest.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.perfgrade.ingest.problem.ProblemCode.*;
import static org.perfgrade.ingest.rules.TestRows.codes;
import static org.perfgrade.ingest.rules.TestRows.problem;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.perfgrade.ingest.SubmissionKind;
import org.perfgrade.ingest.header.Column;
import org.perfgrade.ingest.problem.Problem;
import org.perfgrade.ingest.problem.ProblemLevel;
import org.perfgrade.ledger.facts.GuaranteeType;
import org.perfgrade.ledger.facts.Honour;
import org.perfgrade.ledger.facts.HonourKind;
import org.perfgrade.ledger.facts.LedgerLineFacts;

/** 清单台账 rows: industry, branch and grade, figures, flags, 保障类 and 荣誉称号. */
class LedgerRowValidatorTests {

    private static TestRows row() {
        return TestRows.clean(SubmissionKind.LEDGER, 12);
    }

    private static LedgerLineFacts facts(ValidatedRow<?> result) {
        assertThat(result.problems()).isEmpty();
        return (LedgerLineFacts) result.facts();
    }

    @Test
    void aCleanRowGivesEveryFact() {
        // given the clean ledger row
        // when checked
        LedgerLineFacts facts = facts(row().validate());

        // then every cell is typed
        assertThat(facts.enterprise().creditCode()).isEqualTo(TestRows.CREDIT_CODE);
        assertThat(facts.enterprise().name()).isEqualTo("开封市华通铸造有限公司");
        assertThat(facts.enterprise().countyCode()).isEqualTo(TestRows.COUNTY_CODE);
        assertThat(facts.enterprise().permitNo()).isEqualTo(TestRows.CREDIT_CODE + "001P");
        assertThat(facts.enterprise().township()).isEqualTo("北郊乡");
        assertThat(facts.enterprise().lowVocsMaterials()).isFalse();
        assertThat(facts.enterprise().cleanEnergy()).isTrue();
        assertThat(facts.enterprise().guarantee()).isNull();
        assertThat(facts.enterprise().honours()).containsExactly(new Honour(HonourKind.GREEN_FACTORY, 2020));
        assertThat(facts.industry()).isEqualTo("铸造");
        assertThat(facts.branch()).isEqualTo("黑色金属铸造");
        assertThat(facts.grade()).isEqualTo("B");
        assertThat(facts.so2()).isEqualByComparingTo("1.25");
        assertThat(facts.nox()).isEqualByComparingTo("2.5");
        assertThat(facts.pm()).isEqualByComparingTo("0.8");
        assertThat(facts.vocs()).isNull();
        assertThat(facts.productionLines()).isEqualTo("中频感应电炉2台\n造型线1条");
    }

    @Test
    void anIndustryNotInTheCatalogueIsR04WithTheNearestNameSuggested() {
        // given 铸造厂 for 铸造
        ValidatedRow<?> result = row().cell(Column.INDUSTRY, "铸造厂").validate();

        // then R04 at G12 asks whether 铸造 was meant
        assertThat(codes(result)).containsExactly(R04_INDUSTRY_UNKNOWN);
        Problem problem = problem(result, R04_INDUSTRY_UNKNOWN);
        assertThat(problem.column()).isEqualTo("G");
        assertThat(problem.title()).isEqualTo("重点行业类型");
        assertThat(problem.value()).isEqualTo("铸造厂");
        assertThat(problem.message()).isEqualTo("G12 重点行业类型“铸造厂”不在国家和河南省重点行业名录中，是否为“铸造”？");
    }

    @Test
    void anIndustryFarFromEveryNameIsR04WithoutSuggestion() {
        // given an industry that is none of the catalogue
        ValidatedRow<?> result = row().cell(Column.INDUSTRY, "纺织印染").cell(Column.BRANCH, "").validate();

        // then R04 asks for the guide's name
        assertThat(problem(result, R04_INDUSTRY_UNKNOWN).message())
                .isEqualTo("G12 重点行业类型“纺织印染”不在国家和河南省重点行业名录中，请按技术指南中的行业名称填写");
    }

    @Test
    void aProvincialIndustryAndBracketsOfEitherWidthAreTaken() {
        // given 机械加工 (Henan) and 焦化's branch 半焦（兰炭） written with half-width brackets
        ValidatedRow<?> machining = row().cell(Column.INDUSTRY, "机械加工").cell(Column.BRANCH, "").validate();
        ValidatedRow<?> coke = row().cell(Column.INDUSTRY, " 焦化 ").cell(Column.BRANCH, "半焦(兰炭)").validate();

        // then both are taken, in the configured spelling
        assertThat(facts(machining).industry()).isEqualTo("机械加工");
        assertThat(facts(coke).branch()).isEqualTo("半焦（兰炭）");
    }

    @Test
    void aBranchOfAnotherIndustryIsR05ListingTheBranches() {
        // given 铸造 with 熟料
        ValidatedRow<?> result = row().cell(Column.BRANCH, "熟料").validate();

        // then R05 at H12 lists 铸造's branches
        assertThat(codes(result)).containsExactly(R05_BRANCH_UNKNOWN);
        assertThat(problem(result, R05_BRANCH_UNKNOWN).message())
                .isEqualTo("H12 重点行业分支“熟料”不是“铸造”的行业分支（可选：黑色金属铸造、有色金属铸造）");
    }

    @Test
    void aBranchCloseToAConfiguredOneIsR05WithASuggestion() {
        // given 黑色铸造 for 黑色金属铸造
        ValidatedRow<?> result = row().cell(Column.BRANCH, "黑色铸造").validate();

        // then the suggestion is in the message
        assertThat(problem(result, R05_BRANCH_UNKNOWN).message()).contains("是否为“黑色金属铸造”？");
    }

    @Test
    void aBranchForAnIndustryWithoutBranchesIsR05() {
        // given 石灰窑 (no branches) with a branch
        ValidatedRow<?> result = row().cell(Column.INDUSTRY, "石灰窑").cell(Column.BRANCH, "回转窑").validate();
        ValidatedRow<?> notApplicable = row().cell(Column.INDUSTRY, "石灰窑").cell(Column.BRANCH, "/").validate();

        // then R05 says to leave it blank; "/" is taken as blank
        assertThat(problem(result, R05_BRANCH_UNKNOWN).message()).contains("“石灰窑”没有行业分支，此项应留空");
        assertThat(facts(notApplicable).branch()).isNull();
    }

    @Test
    void aGradeOutsideTheBranchSchemeIsR06ListingTheAllowedGrades() {
        // given 水泥/熟料 (A–D) graded B-
        ValidatedRow<?> result = row().cell(Column.INDUSTRY, "水泥").cell(Column.BRANCH, "熟料")
                .cell(Column.GRADE, "B-").validate();

        // then R06 at I12 lists A、B、C、D and 未评级
        assertThat(codes(result)).containsExactly(R06_GRADE_NOT_IN_SCHEME);
        assertThat(problem(result, R06_GRADE_NOT_IN_SCHEME).message())
                .isEqualTo("I12 绩效级别“B-”不属于“水泥/熟料”的分级方案（可选：A、B、C、D、未评级）");
    }

    @ParameterizedTest
    @CsvSource({
            "长流程联合钢铁, '', B-, B-",
            "长流程联合钢铁, '', B－, B-",
            "长流程联合钢铁, '', b-级, B-",
            "铸造, 黑色金属铸造, A级, A",
            "铸造, 黑色金属铸造, b, B",
            "铸造, 黑色金属铸造, Ｂ, B",
            "铸造, 黑色金属铸造, Ｂ级, B",
            "水泥, 粉磨站, 引领性企业, 引领性",
            "水泥, 粉磨站, 绩效引领性, 引领性",
            "水泥, 粉磨站, 非引领性, 非引领性"
    })
    void gradesAreNormalisedToTheSchemeCodes(String industry, String branch, String written, String expected) {
        // given a grade as counties write it
        ValidatedRow<?> result = row().cell(Column.INDUSTRY, industry).cell(Column.BRANCH, branch)
                .cell(Column.GRADE, written).validate();

        // then it is the scheme's code, with R28 showing what was read when not written exactly so
        assertThat(result.accepted()).isTrue();
        assertThat(((LedgerLineFacts) result.facts()).grade()).isEqualTo(expected);
        if (written.equals(expected)) {
            assertThat(result.problems()).isEmpty();
        } else {
            Problem read = problem(result, R28_GRADE_READ);
            assertThat(read.original()).isEqualTo(written);
            assertThat(read.readAs()).isEqualTo(expected);
            assertThat(read.level()).isEqualTo(ProblemLevel.WARNING);
            assertThat(read.message()).isEqualTo("I12 绩效级别“" + written + "”按“" + expected + "”读取");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"未评级", "", "/", "—", "不涉及", "无"})
    void unratedOrBlankIsANullGrade(String written) {
        // given a line not yet graded
        ValidatedRow<?> result = row().cell(Column.GRADE, written).validate();

        // then the grade is null and the row is taken
        assertThat(facts(result).grade()).isNull();
    }

    @Test
    void aGradeOfNoSchemeIsR06() {
        // given E, which no scheme has
        ValidatedRow<?> result = row().cell(Column.GRADE, "E").validate();

        // then R06
        assertThat(codes(result)).containsExactly(R06_GRADE_NOT_IN_SCHEME);
    }

    @Test
    void figuresAreReadFromNumbersAndFromText() {
        // given figures as a numeric cell, with a thousands separator, with a unit, and in full width
        ValidatedRow<?> result = row().number(Column.SO2, "12.5").cell(Column.NOX, "1,234.5")
                .cell(Column.PM, "12.5吨").cell(Column.VOCS, "０．３").validate();

        // then all are numbers in t/a
        LedgerLineFacts facts = facts(result);
        assertThat(facts.so2()).isEqualByComparingTo("12.5");
        assertThat(facts.nox()).isEqualByComparingTo("1234.5");
        assertThat(facts.pm()).isEqualByComparingTo("12.5");
        assertThat(facts.vocs()).isEqualByComparingTo(new BigDecimal("0.3"));
    }

    @Test
    void aFigureThatIsNoNumberOrNegativeIsR15() {
        // given text, a negative text and a negative numeric cell
        ValidatedRow<?> result = row().cell(Column.SO2, "约12吨").cell(Column.NOX, "-3").number(Column.PM, "-0.5")
                .validate();

        // then each is R15 at its cell
        assertThat(codes(result)).containsExactly(R15_NUMBER_INVALID, R15_NUMBER_INVALID, R15_NUMBER_INVALID);
        assertThat(result.problems()).extracting(Problem::column).containsExactly("K", "L", "M");
        assertThat(result.problems().get(0).message()).startsWith("K12 二氧化硫（吨/年）“约12吨”不是有效数值");
        assertThat(result.problems().get(1).message()).contains("负数");
    }

    @ParameterizedTest
    @CsvSource({"是, true", "否, false", "Y, true", "n, false", "√, true", "'', false", "Ｙ, true"})
    void flagsAcceptYesNoAndTheirShorthands(String written, boolean expected) {
        // given a 是/否 cell
        ValidatedRow<?> result = row().cell(Column.LOW_VOCS, written).validate();

        // then it is the flag
        assertThat(facts(result).enterprise().lowVocsMaterials()).isEqualTo(expected);
    }

    @Test
    void aFlagThatIsNeitherIsR16AndAMissingColumnIsNotReported() {
        // given 部分 in a 是/否 cell, and a file without the 清洁能源替代 column
        ValidatedRow<?> result = row().cell(Column.LOW_VOCS, "部分").without(Column.CLEAN_ENERGY).validate();

        // then R16 for the cell; the missing column is simply not reported
        assertThat(codes(result)).containsExactly(R16_VALUE_INVALID);
        assertThat(problem(result, R16_VALUE_INVALID).column()).isEqualTo("R");
        ValidatedRow<?> absent = row().without(Column.CLEAN_ENERGY).validate();
        assertThat(facts(absent).enterprise().cleanEnergy()).isNull();
    }

    @Test
    void guaranteeIsSupportLivelihoodOrBlank() {
        // given the two types, blank, and something else
        // then the types are read, blank is none, other text is R16
        assertThat(facts(row().cell(Column.GUARANTEE, "保障类").validate()).enterprise().guarantee())
                .isEqualTo(GuaranteeType.SUPPORT);
        assertThat(facts(row().cell(Column.GUARANTEE, "民生保障类").validate()).enterprise().guarantee())
                .isEqualTo(GuaranteeType.LIVELIHOOD);
        assertThat(facts(row().cell(Column.GUARANTEE, "").validate()).enterprise().guarantee()).isNull();
        assertThat(codes(row().cell(Column.GUARANTEE, "重点保障").validate())).containsExactly(R16_VALUE_INVALID);
    }

    @Test
    void honoursAreReadWithTheirYears() {
        // given two honours with brackets of both widths
        ValidatedRow<?> result = row().cell(Column.HONOURS, "绿色工厂（2020）；能效领跑者(2019)").validate();

        // then both, with their years
        assertThat(facts(result).enterprise().honours()).containsExactly(new Honour(HonourKind.GREEN_FACTORY, 2020),
                new Honour(HonourKind.ENERGY_EFFICIENCY_LEADER, 2019));
        assertThat(facts(row().cell(Column.HONOURS, "").validate()).enterprise().honours()).isEmpty();
        assertThat(facts(row().cell(Column.HONOURS, "绿色发展排行榜前列（2021年）").validate()).enterprise().honours())
                .containsExactly(new Honour(HonourKind.GREEN_DEVELOPMENT_RANKING, 2021));
    }

    @Test
    void anUnknownHonourOrAMissingOrImpossibleYearIsR16() {
        // given an unknown honour, one without year and one with year 1999
        ValidatedRow<?> unknown = row().cell(Column.HONOURS, "文明单位（2020）").validate();
        ValidatedRow<?> noYear = row().cell(Column.HONOURS, "绿色工厂").validate();
        ValidatedRow<?> oldYear = row().cell(Column.HONOURS, "能效领跑者（1999）；绿色工厂（2020）").validate();

        // then each bad item is R16 at U12
        assertThat(codes(unknown)).containsExactly(R16_VALUE_INVALID);
        assertThat(problem(unknown, R16_VALUE_INVALID).message()).startsWith("U12 荣誉称号中的“文明单位(2020)”不是可认定的荣誉");
        assertThat(problem(noYear, R16_VALUE_INVALID).message()).contains("未写明获得年份");
        assertThat(codes(oldYear)).containsExactly(R16_VALUE_INVALID);
    }

    @Test
    void textsLongerThanTheirColumnAreR18() {
        // given a 主要产品 of 501 characters and a 排污许可证编号 of 41
        ValidatedRow<?> result = row().cell(Column.PRODUCTS, "铸".repeat(501)).cell(Column.PERMIT_NO, "9".repeat(41))
                .validate();

        // then both are R18
        assertThat(codes(result)).containsExactly(R18_TEXT_TOO_LONG, R18_TEXT_TOO_LONG);
        assertThat(result.problems()).extracting(Problem::column).containsExactlyInAnyOrder("O", "J");
    }

    @Test
    void aPermitNumberMayBeBlankForRegisteredEnterprises() {
        // given no 排污许可证编号 (排污登记)
        ValidatedRow<?> result = row().cell(Column.PERMIT_NO, "").validate();

        // then the row is taken
        assertThat(facts(result).enterprise().permitNo()).isNull();
        assertThat(List.of(result.accepted())).containsExactly(true);
    }
}
