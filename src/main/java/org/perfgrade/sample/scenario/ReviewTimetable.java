package org.perfgrade.sample.scenario;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;

import org.perfgrade.reference.County;
import org.perfgrade.reference.Deadline;
import org.perfgrade.sample.scenario.ApplicationTimeline.Round;
import org.perfgrade.sample.scenario.ExpertPool.Expert;
import org.perfgrade.sample.scenario.LineFates.Applied;
import org.perfgrade.sample.scenario.LineFates.Fate;

/**
 * 审核评定阶段的日程: for each review batch, when each county applies (in the weeks before the deadline; one county
 * after it in the second batch), when the city's 会审 decides (by the deadline) and when the province certifies (a
 * couple of weeks later); a line the city refused is rectified, applied again and decided with the next batch. The expert criticised
 * is one who signed such a refused opinion; the experts signing after the bar never include him. The 附件2 plan
 * lines are applied for with their county's batch (a line whose plan is done earlier on that day, from
 * {@link #EARLIEST_PLAN_APPLICATION}), but one county never applies for one plan line of batch
 * {@value #LAGGARD_BATCH} (the laggard the overdue list shows to the end).
 */
final class ReviewTimetable {

    static final int LATE_BATCH = 2;
    /** The batch in which one county never applies for one of its 附件2 plan lines. */
    static final int LAGGARD_BATCH = 3;
    /** The first day a 附件2 plan line done early is applied for (a week after the last expert list may arrive). */
    static final LocalDate EARLIEST_PLAN_APPLICATION = LocalDate.of(2021, 7, 20);

    private final List<ApplicationTimeline> timelines = new ArrayList<>();
    private final Map<String, List<ApplicationTimeline>> byCounty = new LinkedHashMap<>();
    private final County lateCounty;
    private final Applied laggard;
    private final Expert barred;
    private final String barredCounty;

    ReviewTimetable(ScenarioCalendar calendar, List<County> counties, LineFates fates, ExpertPool experts,
                    Random random, Random planRandom) {
        List<County> withLate = counties.stream().filter(c -> fates.applied().stream()
                .anyMatch(a -> a.batch() == LATE_BATCH && a.enterprise().countyCode().equals(c.code()))).toList();
        lateCounty = withLate.isEmpty() ? null : withLate.get(random.nextInt(withLate.size()));
        List<Applied> lagging = fates.planned().stream().filter(a -> a.batch() == LAGGARD_BATCH
                && a.fate() != Fate.CONFIRMED
                && (lateCounty == null || !a.enterprise().countyCode().equals(lateCounty.code()))).toList();
        laggard = lagging.isEmpty() ? null : lagging.get(planRandom.nextInt(lagging.size()));
        Expert criticised = null;
        String criticisedCounty = null;
        Map<Integer, LocalDate> dues = new TreeMap<>();
        Map<Integer, LocalDate> provinces = new TreeMap<>();
        for (Deadline deadline : calendar.batches()) {
            LocalDate due = calendar.onOrBefore(deadline.due());
            dues.put(deadline.batch(), due);
            provinces.put(deadline.batch(), calendar.plus(due, 8 + random.nextInt(3)));
        }
        for (Deadline deadline : calendar.batches()) {
            LocalDate due = dues.get(deadline.batch());
            LocalDate province = provinces.get(deadline.batch());
            for (County county : counties) {
                List<Applied> modelLines = fates.applied().stream().filter(a -> a.batch() == deadline.batch()
                        && a.enterprise().countyCode().equals(county.code())).toList();
                List<Applied> planLines = fates.planned().stream().filter(a -> a.batch() == deadline.batch()
                        && a.enterprise().countyCode().equals(county.code()) && a != laggard).toList();
                if (modelLines.isEmpty() && planLines.isEmpty()) {
                    continue;
                }
                // the model's lines draw from random as they always did; a batch of plan lines alone from planRandom
                Random dates = modelLines.isEmpty() ? planRandom : random;
                boolean late = county.equals(lateCounty) && deadline.batch() == LATE_BATCH;
                LocalDate applied = late ? calendar.plus(due, 3 + dates.nextInt(3))
                        : calendar.between(dates, due.minusDays(20), due.minusDays(9));
                LocalDate city = late ? calendar.plus(applied, 4) : calendar.plus(due, -dates.nextInt(3));
                LocalDate certified = late ? calendar.plus(city, 8) : province;
                LocalDate listed = calendar.plus(certified, dates.nextInt(3));
                int k = byCounty.getOrDefault(county.code(), List.of()).size();
                List<Applied> lines = new ArrayList<>(modelLines);
                lines.addAll(planLines);
                for (Applied line : lines) {
                    List<Expert> signing = experts.signing(county.code(), k++, null);
                    // a plan line whose 拟完成时间 comes before the batch's applications is applied for when it is
                    // done (not before EARLIEST_PLAN_APPLICATION); the late county's late batch all arrives together
                    LocalDate own = applied;
                    LocalDate planDate = fates.planDate(line);
                    if (planDate != null && !late) {
                        LocalDate ready = calendar.onOrAfter(planDate.isBefore(EARLIEST_PLAN_APPLICATION)
                                ? EARLIEST_PLAN_APPLICATION : planDate);
                        own = ready.isBefore(applied) ? ready : applied;
                    }
                    LocalDate signed = calendar.plus(own, -2 - (modelLines.contains(line) ? random : planRandom)
                            .nextInt(4));
                    // the late county's experts sign on the day it applies: its batch is done that day
                    LocalDate opinion = late ? applied : signed;
                    Fate fate = line.fate();
                    boolean decided = fate != Fate.CONFIRMED && fate != Fate.RAISED_LATER;
                    Round round1 = new Round(own, opinion, signing, city, fate != Fate.RAISED_LATER,
                            decided ? certified : null, decided ? listed : null, fate != Fate.REFUSED, late);
                    Round round2 = null;
                    if (fate == Fate.RAISED_LATER) {
                        if (criticised == null) {
                            criticised = signing.get(0);
                            criticisedCounty = county.code();
                        }
                        // rectified, applied again and decided with the next batch (after the last: on its own)
                        LocalDate again = calendar.plus(city, 5 + random.nextInt(4));
                        LocalDate nextDue = dues.get(deadline.batch() + 1);
                        LocalDate city2 = nextDue != null && nextDue.isAfter(calendar.plus(again, 2))
                                ? nextDue : calendar.plus(again, 4);
                        LocalDate province2 = nextDue != null && nextDue.isAfter(calendar.plus(again, 2))
                                ? provinces.get(deadline.batch() + 1) : calendar.plus(city2, 8);
                        round2 = new Round(again, calendar.plus(again, -2), experts.signing(county.code(), k, criticised),
                                city2, true, province2, calendar.plus(province2, 1), true, false);
                    }
                    ApplicationTimeline timeline = new ApplicationTimeline(line, round1, round2);
                    timelines.add(timeline);
                    byCounty.computeIfAbsent(county.code(), c -> new ArrayList<>()).add(timeline);
                }
            }
        }
        barred = criticised;
        barredCounty = criticisedCounty;
    }

    List<ApplicationTimeline> timelines() {
        return timelines;
    }

    /** The county's applications, in the order its list carries them (by batch, then ledger order). */
    List<ApplicationTimeline> of(String countyCode) {
        return byCounty.getOrDefault(countyCode, List.of());
    }

    /** The county that applies after the deadline of batch {@value #LATE_BATCH}, or null. */
    County lateCounty() {
        return lateCounty;
    }

    /** The 附件2 plan line (batch {@value #LAGGARD_BATCH}, not the late county's) never applied for, or null. */
    Applied laggard() {
        return laggard;
    }

    /** The expert the city criticises (he signed an opinion the city's 会审 refused), or null. */
    Expert barred() {
        return barred;
    }

    String barredCounty() {
        return barredCounty;
    }

    /** The last day an opinion signed by the criticised expert is dated. */
    LocalDate lastOpinionOf(Expert expert) {
        return timelines.stream().flatMap(t -> t.round2() == null ? java.util.stream.Stream.of(t.round1())
                        : java.util.stream.Stream.of(t.round1(), t.round2()))
                .filter(r -> r.experts().contains(expert)).map(Round::opinion).max(LocalDate::compareTo)
                .orElse(ScenarioCalendar.FIRST);
    }

    /** The days each county's list changes, by county code. */
    Map<String, TreeSet<LocalDate>> listDays() {
        Map<String, TreeSet<LocalDate>> days = new TreeMap<>();
        byCounty.forEach((county, lines) -> lines.forEach(t -> days.computeIfAbsent(county, c -> new TreeSet<>())
                .addAll(t.days())));
        return days;
    }
}
