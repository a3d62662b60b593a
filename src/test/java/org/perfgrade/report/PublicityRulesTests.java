package org.perfgrade.report;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.perfgrade.ledger.asof.ReportedLine;

import static org.assertj.core.api.Assertions.assertThat;

/** 上报与认定 rules line by line: which grade is listed and which grade event certifies it. */
class PublicityRulesTests {

    private static final LocalDate DAY = LocalDate.of(2021, 9, 16);
    private static final LocalDate LEDGER = LocalDate.of(2021, 6, 10);
    private static final LocalDate APPLIED = LocalDate.of(2021, 8, 3);

    private final PublicityRules rules = new PublicityRules(Set.of("A", "B", "B-", "引领性")::contains,
            Set.of("A", "B", "B-", "C", "D", "引领性", "非引领性")::contains);

    private static ReportedLine line(Long application, String county, String city, String province,
                                     LocalDate provinceDate, String gradeOnDay, String reason, LocalDate gradedOn) {
        return new ReportedLine(1, 1, "企业", null, "410225", "兰考县", "长流程联合钢铁", null, LEDGER, LEDGER,
                application, "A", county, city, province, provinceDate, application == null ? null : 7L,
                application == null ? null : APPLIED, gradeOnDay, reason, gradedOn);
    }

    @Test
    void aRefusalAtAnyLevelLeavesTheLineOutEvenWithALedgerGrade() {
        assertThat(rules.listed(line(5L, "不通过", null, null, null, "A", "COUNTY_LEDGER", LEDGER), APPLIED, DAY))
                .isEmpty();
        assertThat(rules.listed(line(5L, "A", "不通过", null, null, "A", "COUNTY_LEDGER", LEDGER), APPLIED, DAY))
                .isEmpty();
        assertThat(rules.listed(line(5L, "A", "A", "不通过", DAY, "A", "COUNTY_LEDGER", LEDGER), APPLIED, DAY))
                .isEmpty();
    }

    @Test
    void theNewestDecisionGivesTheGradeAndAProvincialResultCountsFromItsDate() {
        // the province certified B on 9/10 although A was applied for and passed below
        Optional<PublicityRules.Listed> certified = rules.listed(
                line(5L, "A", "A", "B", LocalDate.of(2021, 9, 10), "B", "REVIEW", LocalDate.of(2021, 9, 10)),
                APPLIED, DAY);
        assertThat(certified).contains(new PublicityRules.Listed("B", APPLIED, LocalDate.of(2021, 9, 10)));
        // a provincial result dated after the day does not count yet: the city's A, not certified
        Optional<PublicityRules.Listed> pending = rules.listed(
                line(5L, "A", "A", "C", DAY.plusDays(5), "C", "COUNTY_LEDGER", LEDGER), APPLIED, DAY);
        assertThat(pending).contains(new PublicityRules.Listed("A", APPLIED, null));
        // a grade below B is not listed
        assertThat(rules.listed(line(5L, "C", null, null, null, "C", "COUNTY_LEDGER", LEDGER), APPLIED, DAY))
                .isEmpty();
    }

    @Test
    void theStandingLedgerGradeCertifiesFromItsOwnDateWhenTheApplicationCameIn() {
        // held before, with or after the application: the grade the briefing counts is certified on its event's date
        assertThat(rules.listed(line(5L, "A", null, null, null, "A", "COUNTY_LEDGER", LEDGER), APPLIED, DAY))
                .contains(new PublicityRules.Listed("A", APPLIED, LEDGER));
        assertThat(rules.listed(line(5L, "A", null, null, null, "A", "COUNTY_LEDGER", APPLIED), APPLIED, DAY))
                .contains(new PublicityRules.Listed("A", APPLIED, APPLIED));
        assertThat(rules.listed(line(5L, "A", "A", null, null, "A", "COUNTY_LEDGER", DAY), APPLIED, DAY))
                .contains(new PublicityRules.Listed("A", APPLIED, DAY));
        // a grade held after a violation counts as held; a grade other than the listed one does not certify
        assertThat(rules.listed(line(null, null, null, null, null, "B", "VIOLATION", APPLIED), null, DAY))
                .contains(new PublicityRules.Listed("B", LEDGER, APPLIED));
        assertThat(rules.listed(line(5L, "A", "A", null, null, "B", "REVIEW", LEDGER), APPLIED, DAY))
                .contains(new PublicityRules.Listed("A", APPLIED, null));
        assertThat(rules.listed(line(5L, "A", null, null, null, null, null, null), APPLIED, DAY))
                .contains(new PublicityRules.Listed("A", APPLIED, null));
    }

    @Test
    void anApplicationReceivedAfterTheDayLeavesTheLineToItsLedgerGrade() {
        LocalDate late = DAY.plusDays(7);
        assertThat(rules.listed(line(5L, "A", null, null, null, "B", "COUNTY_LEDGER", LEDGER), late, DAY))
                .contains(new PublicityRules.Listed("B", LEDGER, LEDGER));
        assertThat(rules.listed(line(5L, "A", null, null, null, "C", "COUNTY_LEDGER", LEDGER), late, DAY))
                .isEmpty();
        assertThat(rules.listed(line(null, null, null, null, null, "B", "CORRECTION", DAY), null, DAY))
                .contains(new PublicityRules.Listed("B", LEDGER, DAY));
    }
}
