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
class StandingLinesTests {

    static final LocalDate DAY = LocalDate.of(2021, 7, 1);
    static final LocalDateTime BEFORE = LocalDateTime.of(2021, 3, 1, 10, 0);

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StandingLines lines;

    AsOfFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new AsOfFixtures(jdbc);
    }

    @Test
    void aLineStandsOnTheDayUnlessItWasRetiredOnOrBeforeIt() {
        // given lines retired before the day, on it, the day after, and never
        long retiredBefore = fixtures.line(BEFORE, DAY.minusDays(1));
        long retiredOnTheDay = fixtures.line(BEFORE, DAY);
        long retiredAfter = fixtures.line(BEFORE, DAY.plusDays(1));
        long neverRetired = fixtures.line(BEFORE, null);
        Set<Long> ours = Set.of(retiredBefore, retiredOnTheDay, retiredAfter, neverRetired);
        // when each query is asked for the day
        Map<Long, String> streamed = streamed(DAY, ours);
        Map<Long, String> detailed = detailed(DAY, ours);
        Map<Long, String> listed = listed(DAY, ours);
        // then exactly the lines retired after the day or never stand, in every query
        assertThat(streamed.keySet()).containsExactlyInAnyOrder(retiredAfter, neverRetired);
        assertThat(detailed).isEqualTo(streamed);
        assertThat(listed).isEqualTo(streamed);
    }

    @Test
    void aLinesGradeOnTheDayIsItsNewestEventEffectiveOnOrBeforeIt() {
        // given a line graded C in June, B on the day and A the day after; one graded twice on the day; one ungraded
        long climbing = fixtures.line(BEFORE, null);
        fixtures.event(climbing, LocalDate.of(2021, 6, 1), "C");
        fixtures.event(climbing, DAY, "B");
        fixtures.event(climbing, DAY.plusDays(1), "A");
        long correctedOnTheDay = fixtures.line(BEFORE, null);
        fixtures.event(correctedOnTheDay, DAY, "C");
        fixtures.event(correctedOnTheDay, DAY, "D");
        long ungraded = fixtures.line(BEFORE, null);
        Set<Long> ours = Set.of(climbing, correctedOnTheDay, ungraded);
        // when
        Map<Long, String> streamed = streamed(DAY, ours);
        // then the grade of the day: B, the later recorded event of the day, none
        assertThat(streamed).containsEntry(climbing, "B").containsEntry(correctedOnTheDay, "D")
                .containsEntry(ungraded, null).hasSize(3);
        assertThat(detailed(DAY, ours)).isEqualTo(streamed);
        assertThat(listed(DAY, ours)).isEqualTo(streamed);
        assertThat(streamed(DAY.minusDays(1), ours)).containsEntry(climbing, "C").containsEntry(correctedOnTheDay, null);
    }

    @Test
    void aLineRecordedAfterTheDayCountsOnlyWhenAGradeTookEffectByThen() {
        // given two lines recorded later than the day, one of them graded with an earlier business date
        LocalDateTime later = DAY.plusDays(10).atTime(9, 0);
        long gradedEarlier = fixtures.line(later, null);
        fixtures.event(gradedEarlier, DAY.minusDays(5), "B");
        long notYetListed = fixtures.line(later, null);
        Set<Long> ours = Set.of(gradedEarlier, notYetListed);
        // when / then only the graded one stands on the day, in every query
        assertThat(streamed(DAY, ours)).containsOnlyKeys(gradedEarlier).containsEntry(gradedEarlier, "B");
        assertThat(detailed(DAY, ours)).isEqualTo(streamed(DAY, ours));
        assertThat(listed(DAY, ours)).isEqualTo(streamed(DAY, ours));
    }

    @Test
    void aCountyAskedForAloneGivesItsLinesOnly() {
        // given a line of the county
        long line = fixtures.line(BEFORE, null);
        // when asked for the county and for another one
        List<StandingLine> county = new ArrayList<>();
        lines.forEach(DAY, AsOfFixtures.COUNTY, county::add);
        List<StandingLine> other = new ArrayList<>();
        lines.forEach(DAY, "410222", other::add);
        // then
        assertThat(county).extracting(StandingLine::id).contains(line);
        assertThat(county).extracting(StandingLine::countyCode).containsOnly(AsOfFixtures.COUNTY);
        assertThat(other).extracting(StandingLine::id).doesNotContain(line);
    }

    private Map<Long, String> streamed(LocalDate day, Set<Long> ours) {
        Map<Long, String> grades = new HashMap<>();
        lines.forEach(day, null, l -> {
            if (ours.contains(l.id())) {
                assertThat(l.industry()).isEqualTo(fixtures.industry());
                grades.put(l.id(), l.grade());
            }
        });
        return grades;
    }

    private Map<Long, String> detailed(LocalDate day, Set<Long> ours) {
        Map<Long, String> grades = new HashMap<>();
        lines.details(day, AsOfFixtures.COUNTY, l -> {
            if (ours.contains(l.id())) {
                grades.put(l.id(), l.grade());
            }
        });
        return grades;
    }

    private Map<Long, String> listed(LocalDate day, Set<Long> ours) {
        Map<Long, String> grades = new HashMap<>();
        lines.listed(day).stream().filter(l -> ours.contains(l.id())).forEach(l -> grades.put(l.id(), l.grade()));
        return grades;
    }
}
