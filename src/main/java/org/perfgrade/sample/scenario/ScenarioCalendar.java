package org.perfgrade.sample.scenario;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.perfgrade.reference.CampaignCalendar;
import org.perfgrade.reference.Deadline;
import org.perfgrade.reference.WorkingCalendar;

/**
 * 场景日历: the replayed working days (the plan's date 2021-05-25 to 2021-11-15, holidays and 调休 make-up days of
 * config/calendar.yml) and the day arithmetic the scenario draws its dates with.
 */
final class ScenarioCalendar {

    static final LocalDate FIRST = LocalDate.of(2021, 5, 25);
    static final LocalDate LAST = LocalDate.of(2021, 11, 15);

    private final CampaignCalendar campaign;
    private final WorkingCalendar working;
    private final List<LocalDate> days;

    ScenarioCalendar(CampaignCalendar campaign) {
        this.campaign = campaign;
        this.working = campaign.workingDays();
        List<LocalDate> list = new ArrayList<>();
        for (LocalDate d = FIRST; !d.isAfter(LAST); d = d.plusDays(1)) {
            if (working.isWorkingDay(d)) {
                list.add(d);
            }
        }
        this.days = List.copyOf(list);
    }

    List<LocalDate> days() {
        return days;
    }

    boolean isDay(LocalDate day) {
        return !day.isBefore(FIRST) && !day.isAfter(LAST) && working.isWorkingDay(day);
    }

    /** The day itself when it is a working day, else the next one. */
    LocalDate onOrAfter(LocalDate day) {
        return working.isWorkingDay(day) ? day : working.plusWorkingDays(day, 1);
    }

    /** The day itself when it is a working day, else the one before. */
    LocalDate onOrBefore(LocalDate day) {
        return working.isWorkingDay(day) ? day : working.plusWorkingDays(day, -1);
    }

    LocalDate plus(LocalDate day, int workingDays) {
        return working.plusWorkingDays(day, workingDays);
    }

    /** A working day drawn evenly from {@code from} … {@code to} (both moved onto working days), inside the replay. */
    LocalDate between(Random random, LocalDate from, LocalDate to) {
        List<LocalDate> choice = days.stream().filter(d -> !d.isBefore(onOrAfter(from)) && !d.isAfter(onOrBefore(to)))
                .toList();
        if (choice.isEmpty()) {
            return clamp(onOrAfter(from));
        }
        return choice.get(random.nextInt(choice.size()));
    }

    LocalDate clamp(LocalDate day) {
        return day.isAfter(LAST) ? LAST : day.isBefore(FIRST) ? FIRST : day;
    }

    /** The due date of the calendar's deadline {@code code}. */
    LocalDate due(String code) {
        return campaign.deadlines().stream().filter(d -> d.code().equals(code)).map(Deadline::due).findFirst()
                .orElseThrow(() -> new IllegalStateException("config/calendar.yml has no deadline " + code));
    }

    /** The review batches' deadlines, batch 1 first. */
    List<Deadline> batches() {
        return campaign.deadlines().stream().filter(d -> d.batch() > 0)
                .sorted(java.util.Comparator.comparingInt(Deadline::batch)).toList();
    }

    List<Deadline> deadlines() {
        return campaign.deadlines();
    }
}
