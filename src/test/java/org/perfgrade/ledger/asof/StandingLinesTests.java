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
    void aLineCountsFromTheDayItsFileWasReceivedWhateverTheWallClockOfItsImport() {
        // given, all imported today (2026), an unrated line received five days before the day, one received ten days
        // after it graded B with effect from before the day, and one received before it graded by a file received
        // after it (a review dated before the day)
        LocalDateTime importedToday = LocalDateTime.of(2026, 12, 8, 1, 0);
        long unrated = fixtures.line(DAY.minusDays(5), importedToday, null);
        long receivedLater = fixtures.line(DAY.plusDays(10), importedToday, null);
        fixtures.event(receivedLater, DAY.minusDays(5), DAY.plusDays(10), "B");
        long reviewedLater = fixtures.line(DAY.minusDays(30), importedToday, null);
        fixtures.event(reviewedLater, DAY.minusDays(30), "C");
        fixtures.event(reviewedLater, DAY.minusDays(2), DAY.plusDays(3), "B");
        Set<Long> ours = Set.of(unrated, receivedLater, reviewedLater);
        // when / then the day shows what was received by it, in every query
        assertThat(streamed(DAY, ours)).containsOnlyKeys(unrated, reviewedLater).containsEntry(unrated, null)
                .containsEntry(reviewedLater, "C");
        assertThat(detailed(DAY, ours)).isEqualTo(streamed(DAY, ours));
        assertThat(listed(DAY, ours)).isEqualTo(streamed(DAY, ours));
        assertThat(streamed(DAY.minusDays(6), ours)).containsOnlyKeys(reviewedLater);
        assertThat(streamed(DAY.plusDays(10), ours)).containsEntry(unrated, null).containsEntry(receivedLater, "B")
                .containsEntry(reviewedLater, "B");
    }

    @Test
    void aLineRetiredAndListedAgainIsNotListedInBetween() {
        // given a line listed on 6/1, retired on 6/20 and listed again by a file received on 7/10
        long line = fixtures.line(LocalDate.of(2021, 6, 1), LocalDateTime.of(2026, 12, 8, 1, 0), null);
        fixtures.relisted(line, LocalDate.of(2021, 6, 20), LocalDate.of(2021, 7, 10));
        Set<Long> ours = Set.of(line);
        // when / then it stands before the retirement and from the new file on, not in between, in every query
        for (LocalDate day : List.of(LocalDate.of(2021, 6, 19), LocalDate.of(2021, 7, 10), LocalDate.of(2021, 8, 1))) {
            assertThat(streamed(day, ours)).as("%s", day).containsOnlyKeys(line);
            assertThat(detailed(day, ours)).as("%s", day).containsOnlyKeys(line);
            assertThat(listed(day, ours)).as("%s", day).containsOnlyKeys(line);
        }
        for (LocalDate day : List.of(LocalDate.of(2021, 6, 20), LocalDate.of(2021, 7, 9))) {
            assertThat(streamed(day, ours)).as("%s", day).isEmpty();
            assertThat(detailed(day, ours)).as("%s", day).isEmpty();
            assertThat(listed(day, ours)).as("%s", day).isEmpty();
        }
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
