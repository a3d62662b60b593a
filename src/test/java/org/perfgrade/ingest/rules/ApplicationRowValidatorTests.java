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
import org.perfgrade.ledger.facts.ApplicationFacts;

/** 申报评审 rows: 申报级别, 审核批次, results, experts and dates. */
class ApplicationRowValidatorTests {

    private static TestRows row() {
        return TestRows.clean(SubmissionKind.APPLICATION, 12);
    }

    private static ApplicationFacts facts(ValidatedRow<?> result) {
        assertThat(result.problems()).isEmpty();
        return (ApplicationFacts) result.facts();
    }

    @Test
    void aCleanRowGivesTheApplication() {
        // given the clean application row (county result 通过)
        // when checked
        ApplicationFacts facts = facts(row().validate());

        // then 通过 is the grade applied for; the undecided levels are null
        assertThat(facts.industry()).isEqualTo("包装印刷");
        assertThat(facts.branch()).isEqualTo("平版印刷");
        assertThat(facts.appliedGrade()).isEqualTo("A");
        assertThat(facts.batch()).isEqualTo(1);
        assertThat(facts.countyResult()).isEqualTo("A");
        assertThat(facts.experts()).isEqualTo("张明、李华、王强");
        assertThat(facts.opinionDate()).isEqualTo(LocalDate.of(2021, 8, 3));
        assertThat(facts.cityResult()).isNull();
        assertThat(facts.provincialResult()).isNull();
        assertThat(facts.provincialDate()).isNull();
    }

    @Test
    void anAppliedGradeOutsideTheSchemeOrUnratedIsR06() {
        // given B- for 包装印刷 (A–D), and 未评级
        ValidatedRow<?> minus = row().cell(Column.APPLIED_GRADE, "B-").validate();
        ValidatedRow<?> unrated = row().cell(Column.APPLIED_GRADE, "未评级").validate();

        // then both are R06 at G12
        assertThat(codes(minus)).containsExactly(R06_GRADE_NOT_IN_SCHEME);
        assertThat(problem(minus, R06_GRADE_NOT_IN_SCHEME).message())
                .isEqualTo("G12 申报级别“B-”不属于“包装印刷/平版印刷”的分级方案（可选：A、B、C、D）");
        assertThat(codes(unrated)).containsExactly(R06_GRADE_NOT_IN_SCHEME);
    }

    @ParameterizedTest
    @CsvSource({"1, 1", "第二批, 2", "第3批, 3", "四, 4", "'', ''"})
    void theBatchIsOneToFour(String written, String expected) {
        // given a batch as written
        ValidatedRow<?> result = row().cell(Column.REVIEW_BATCH, written).validate();

        // then it is the batch number (null when blank)
        assertThat(facts(result).batch()).isEqualTo(expected.isEmpty() ? null : Integer.valueOf(expected));
    }

    @Test
    void aNumericBatchCellIsRead() {
        // given a numeric cell 2
        ValidatedRow<?> result = row().number(Column.REVIEW_BATCH, "2").validate();

        // then batch 2
        assertThat(facts(result).batch()).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"第五批", "0", "首批", "5"})
    void anotherBatchIsR16(String written) {
        // given a batch that does not exist
        ValidatedRow<?> result = row().cell(Column.REVIEW_BATCH, written).validate();

        // then R16 at H12
        assertThat(codes(result)).containsExactly(R16_VALUE_INVALID);
        assertThat(problem(result, R16_VALUE_INVALID).column()).isEqualTo("H");
    }

    @Test
    void resultsAreAGradePassedOrRefused() {
        // given a county result B级, a city result 不通过 and a provincial result that is no grade
        ValidatedRow<?> result = row().cell(Column.COUNTY_RESULT, "B级").cell(Column.CITY_RESULT, "不通过")
                .cell(Column.PROVINCIAL_RESULT, "优秀").validate();
        ValidatedRow<?> refused = row().cell(Column.COUNTY_RESULT, "未通过").validate();

        // then the grade (B级 read as B) and the refusal are read, the other is R06
        assertThat(codes(result)).containsExactly(R28_GRADE_READ, R06_GRADE_NOT_IN_SCHEME);
        assertThat(problem(result, R28_GRADE_READ).readAs()).isEqualTo("B");
        assertThat(problem(result, R06_GRADE_NOT_IN_SCHEME).column()).isEqualTo("M");
        assertThat(facts(refused).countyResult()).isEqualTo("不通过");
        assertThat(((ApplicationFacts) row().cell(Column.COUNTY_RESULT, "B级").validate().facts()).countyResult())
                .isEqualTo("B");
    }

    @Test
    void expertsAreJoinedByTheEnumerationComma() {
        // given experts separated by a comma, a space and a semicolon
        ValidatedRow<?> result = row().cell(Column.EXPERTS, "张明，李华 王强；赵刚").validate();

        // then they are joined by 、
        assertThat(facts(result).experts()).isEqualTo("张明、李华、王强、赵刚");
    }

    @Test
    void theOpinionDateIsRequiredAndMustBeADateTheProvincialDateIsOptional() {
        // given a real Excel date, a wrong date, and a provincial date as text
        ValidatedRow<?> excelDate = row().date(Column.OPINION_DATE, LocalDate.of(2021, 8, 2)).validate();
        ValidatedRow<?> wrong = row().cell(Column.OPINION_DATE, "2021年8月32日").validate();
        ValidatedRow<?> provincial = row().cell(Column.PROVINCIAL_RESULT, "A").cell(Column.PROVINCIAL_DATE, "2021.9.20")
                .validate();

        // then the dates are read, the wrong one is R08 at K12
        assertThat(facts(excelDate).opinionDate()).isEqualTo(LocalDate.of(2021, 8, 2));
        assertThat(codes(wrong)).containsExactly(R08_DATE_INVALID);
        assertThat(problem(wrong, R08_DATE_INVALID).column()).isEqualTo("K");
        assertThat(facts(provincial).provincialDate()).isEqualTo(LocalDate.of(2021, 9, 20));
        assertThat(facts(provincial).provincialResult()).isEqualTo("A");
    }

    @Test
    void anUnknownIndustryStillHasItsGradesChecked() {
        // given an unknown industry and a grade of no scheme
        ValidatedRow<?> result = row().cell(Column.INDUSTRY, "包装印刷厂").cell(Column.APPLIED_GRADE, "特级").validate();

        // then both are reported, with the suggestion
        assertThat(codes(result)).containsExactly(R04_INDUSTRY_UNKNOWN, R06_GRADE_NOT_IN_SCHEME);
        assertThat(problem(result, R04_INDUSTRY_UNKNOWN).message()).endsWith("是否为“包装印刷”？");
        assertThat(problem(result, R06_GRADE_NOT_IN_SCHEME).message()).contains("不是有效的绩效级别");
    }
}
