package org.perfgrade.ingest.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.perfgrade.ingest.problem.ProblemCode.*;
import static org.perfgrade.ingest.rules.TestRows.codes;
import static org.perfgrade.ingest.rules.TestRows.problem;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.perfgrade.ingest.SubmissionKind;
import org.perfgrade.ingest.header.Column;
import org.perfgrade.ledger.facts.ViolationFacts;
import org.perfgrade.ledger.facts.ViolationType;

/** 违法问题 rows: 违法类型, the optional industry, 发现日期 and 依据文书. */
class ViolationRowValidatorTests {

    private static TestRows row() {
        return TestRows.clean(SubmissionKind.VIOLATION, 12);
    }

    private static ViolationFacts facts(ValidatedRow<?> result) {
        assertThat(result.problems()).isEmpty();
        return (ViolationFacts) result.facts();
    }

    @Test
    void aCleanRowGivesTheViolation() {
        // given the clean violation row
        // when checked
        ViolationFacts facts = facts(row().validate());

        // then it is typed
        assertThat(facts.enterprise().name()).isEqualTo("开封市华通铸造有限公司");
        assertThat(facts.enterprise().countyCode()).isEqualTo(TestRows.COUNTY_CODE);
        assertThat(facts.industry()).isEqualTo("铸造");
        assertThat(facts.type()).isEqualTo(ViolationType.EXCESS_EMISSION);
        assertThat(facts.description()).isNull();
        assertThat(facts.foundOn()).isEqualTo(LocalDate.of(2021, 7, 15));
        assertThat(facts.sourceDocument()).isEqualTo("汴环罚〔2021〕12号");
    }

    @ParameterizedTest
    @CsvSource({"偷排偷放, ILLEGAL_DISCHARGE", "污染治理设施不正常运行, FACILITY_NOT_RUNNING", "超标排放, EXCESS_EMISSION"})
    void theTypesOfThePlanAreRecognised(String written, ViolationType expected) {
        // given a type named in section 三(六)
        // then it is that type
        assertThat(facts(row().cell(Column.VIOLATION_TYPE, written).validate()).type()).isEqualTo(expected);
    }

    @Test
    void anyOtherTypeIsOtherWithTheWordingKept() {
        // given a type of provincial practice
        ViolationFacts facts = facts(row().cell(Column.VIOLATION_TYPE, "申报材料弄虚作假").validate());

        // then OTHER, with the county's wording as description, and no problem
        assertThat(facts.type()).isEqualTo(ViolationType.OTHER);
        assertThat(facts.description()).isEqualTo("申报材料弄虚作假");
    }

    @Test
    void aBlankTypeIsR01() {
        // given no type
        ValidatedRow<?> result = row().cell(Column.VIOLATION_TYPE, "").validate();

        // then R01 at F12
        assertThat(codes(result)).containsExactly(R01_REQUIRED_MISSING);
        assertThat(problem(result, R01_REQUIRED_MISSING).message()).isEqualTo("F12 违法类型为空，此项必填");
    }

    @Test
    void theIndustryIsOptionalButWhenWrittenMustBeKnown() {
        // given no industry, and 铸造厂
        ViolationFacts whole = facts(row().cell(Column.INDUSTRY, "").validate());
        ValidatedRow<?> unknown = row().cell(Column.INDUSTRY, "铸造厂").validate();

        // then the first concerns the whole enterprise; the second is R04
        assertThat(whole.industry()).isNull();
        assertThat(codes(unknown)).containsExactly(R04_INDUSTRY_UNKNOWN);
    }

    @Test
    void theFoundDateMustBeADate() {
        // given 2021年2月30日, and a real Excel date
        ValidatedRow<?> wrong = row().cell(Column.FOUND_ON, "2021年2月30日").validate();
        ValidatedRow<?> excel = row().date(Column.FOUND_ON, LocalDate.of(2021, 6, 1)).validate();

        // then R08 at G12; the Excel date is read
        assertThat(problem(wrong, R08_DATE_INVALID).column()).isEqualTo("G");
        assertThat(facts(excel).foundOn()).isEqualTo(LocalDate.of(2021, 6, 1));
    }
}
