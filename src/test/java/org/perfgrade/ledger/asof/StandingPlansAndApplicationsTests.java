package org.perfgrade.ledger.asof;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.perfgrade.DatabaseTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@DatabaseTest
class StandingPlansAndApplicationsTests {

    static final LocalDate DAY = LocalDate.of(2021, 7, 1);
    static final LocalDateTime BEFORE = LocalDateTime.of(2021, 3, 1, 10, 0);

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StandingPlans plans;

    @Autowired
    StandingApplications applications;

    @Autowired
    GradedLines graded;

    AsOfFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new AsOfFixtures(jdbc);
    }

    @Test
    void aPlanStandsWhenNeitherItNorItsLineWasRetiredOnOrBeforeTheDay() {
        // given plans retired before the day, after it, never, one on a line retired on the day, and one received
        // (imported today) the day after
        long retiredPlan = fixtures.plan(fixtures.line(BEFORE, null), "B", DAY.minusDays(1));
        long laterRetiredPlan = fixtures.plan(fixtures.line(BEFORE, null), "B", DAY.plusDays(1));
        long standingPlan = fixtures.plan(fixtures.line(BEFORE, null), "A", null);
        long planOnRetiredLine = fixtures.plan(fixtures.line(BEFORE, DAY), "A", null);
        long receivedLater = fixtures.plan(fixtures.line(BEFORE, null), "B", DAY.plusDays(1), null);
        Set<Long> ours = Set.of(retiredPlan, laterRetiredPlan, standingPlan, planOnRetiredLine, receivedLater);
        // when
        List<Long> standing = new ArrayList<>();
        plans.forEach(DAY, AsOfFixtures.COUNTY, p -> {
            if (ours.contains(p.id())) {
                standing.add(p.id());
            }
        });
        // then
        assertThat(standing).containsExactlyInAnyOrder(laterRetiredPlan, standingPlan);
    }

    @Test
    void anApplicationStandsUnlessRetiredOnOrBeforeTheDayAndGoesWithItsLinesGradeOfTheDay() {
        // given two graded lines applying for A, one application retired before the day
        long applying = fixtures.line(BEFORE, null);
        fixtures.event(applying, DAY.minusDays(10), "B");
        fixtures.event(applying, DAY.plusDays(1), "A");
        fixtures.application(applying, "A", null);
        long withdrawn = fixtures.line(BEFORE, null);
        fixtures.application(withdrawn, "A", DAY.minusDays(1));
        Set<Long> ours = Set.of(applying, withdrawn);
        // when
        Map<Long, String> applied = new HashMap<>(applications.appliedGrades(DAY, 2021));
        applied.keySet().retainAll(ours);
        Map<Long, LineApplication> withLines = new HashMap<>();
        applications.withLines(DAY, a -> {
            if (ours.contains(a.lineId())) {
                withLines.put(a.lineId(), a);
            }
        });
        // then the standing application counts; both lines stand, the withdrawn one without its application
        assertThat(applied).containsOnlyKeys(applying).containsEntry(applying, "A");
        assertThat(withLines).containsOnlyKeys(applying, withdrawn);
        assertThat(withLines.get(applying).appliedGrade()).isEqualTo("A");
        assertThat(withLines.get(applying).gradeOnDay()).isEqualTo("B");
        assertThat(withLines.get(withdrawn).appliedGrade()).isNull();
        assertThat(withLines.get(withdrawn).gradeOnDay()).isNull();
    }

    @Test
    void anApplicationCountsFromTheDayItsFileWasReceivedNotFromItsImport() {
        // given, imported today (2026), an application received three days after the day
        long line = fixtures.line(BEFORE, null);
        fixtures.application(line, "B", DAY.plusDays(3), null);
        Set<Long> ours = Set.of(line);
        // when / then the day knows the line, not its application; three days later it counts
        Map<Long, String> onTheDay = new HashMap<>(applications.appliedGrades(DAY, 2021));
        onTheDay.keySet().retainAll(ours);
        assertThat(onTheDay).isEmpty();
        Map<Long, String> later = new HashMap<>(applications.appliedGrades(DAY.plusDays(3), 2021));
        later.keySet().retainAll(ours);
        assertThat(later).containsOnlyKeys(line).containsEntry(line, "B");
        List<String> appliedWithLine = new ArrayList<>();
        applications.withLines(DAY, a -> {
            if (a.lineId() == line) {
                appliedWithLine.add(String.valueOf(a.appliedGrade()));
            }
        });
        assertThat(appliedWithLine).containsExactly("null");
    }

    @Test
    void theLinesHoldingAGradeOnTheDayComeWithTheDayItTookEffect() {
        // given a line B from June and A the day after, and a line B whose line was retired before the day
        long b = fixtures.line(BEFORE, null);
        fixtures.event(b, LocalDate.of(2021, 6, 3), "B");
        fixtures.event(b, DAY.plusDays(1), "A");
        long retired = fixtures.line(BEFORE, DAY.minusDays(1));
        fixtures.event(retired, LocalDate.of(2021, 6, 3), "B");
        // when
        List<GradedLine> holdingB = graded.holding(DAY, AsOfFixtures.COUNTY, List.of("B")).stream()
                .filter(l -> l.id() == b || l.id() == retired).toList();
        List<GradedLine> holdingA = graded.holding(DAY, null, List.of("A")).stream()
                .filter(l -> l.id() == b || l.id() == retired).toList();
        // then
        assertThat(holdingB).singleElement().satisfies(l -> {
            assertThat(l.id()).isEqualTo(b);
            assertThat(l.grade()).isEqualTo("B");
            assertThat(l.gradedOn()).isEqualTo(LocalDate.of(2021, 6, 3));
        });
        assertThat(holdingA).isEmpty();
    }
}
