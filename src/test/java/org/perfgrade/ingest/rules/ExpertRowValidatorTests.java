package org.perfgrade.ingest.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.perfgrade.ingest.problem.ProblemCode.*;
import static org.perfgrade.ingest.rules.TestRows.codes;
import static org.perfgrade.ingest.rules.TestRows.problem;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.perfgrade.ingest.SubmissionKind;
import org.perfgrade.ingest.header.Column;
import org.perfgrade.ledger.facts.ExpertFacts;

/** 专家名单 rows: name, organisation, field, county and 报送日期. */
class ExpertRowValidatorTests {

    private static TestRows row() {
        return TestRows.clean(SubmissionKind.EXPERT, 12);
    }

    @Test
    void aCleanRowGivesTheExpert() {
        // given the clean expert row
        // when checked
        ValidatedRow<?> result = row().validate();

        // then it is typed
        assertThat(result.problems()).isEmpty();
        ExpertFacts facts = (ExpertFacts) result.facts();
        assertThat(facts.name()).isEqualTo("张明");
        assertThat(facts.organisation()).isEqualTo("河南省环境保护科学研究院");
        assertThat(facts.field()).isEqualTo("铸造、工业涂装");
        assertThat(facts.countyCode()).isEqualTo(TestRows.COUNTY_CODE);
        assertThat(facts.reportedOn()).isEqualTo(LocalDate.of(2021, 6, 28));
        assertThat(facts.remarks()).isNull();
    }

    @Test
    void theReportDateMustBeAValidDate() {
        // given 2021/6/31
        ValidatedRow<?> result = row().cell(Column.REPORTED_ON, "2021/6/31").validate();

        // then R08 at F12
        assertThat(codes(result)).containsExactly(R08_DATE_INVALID);
        assertThat(problem(result, R08_DATE_INVALID).message()).startsWith("F12 报送日期“2021/6/31”不是有效日期");
    }

    @Test
    void anOrganisationTooLongIsR18() {
        // given an organisation of 201 characters
        ValidatedRow<?> result = row().cell(Column.ORGANISATION, "院".repeat(201)).validate();

        // then R18 at C12
        assertThat(problem(result, R18_TEXT_TOO_LONG).column()).isEqualTo("C");
    }

    @Test
    void aNameLongerThanTheExpertColumnIsR18() {
        // given names of 100 and 101 characters (expert.name is VARCHAR(100))
        ValidatedRow<?> longest = row().cell(Column.EXPERT_NAME, "张".repeat(100)).validate();
        ValidatedRow<?> tooLong = row().cell(Column.EXPERT_NAME, "张".repeat(101)).validate();

        // then 100 pass, 101 are R18 at B12
        assertThat(longest.problems()).isEmpty();
        assertThat(problem(tooLong, R18_TEXT_TOO_LONG).column()).isEqualTo("B");
    }

    @Test
    void anUnknownCountyIsR02() {
        // given a county of another city
        ValidatedRow<?> result = row().cell(Column.COUNTY, "中牟县").validate();

        // then R02 at E12
        assertThat(codes(result)).containsExactly(R02_COUNTY_UNKNOWN);
        assertThat(problem(result, R02_COUNTY_UNKNOWN).column()).isEqualTo("E");
    }
}
