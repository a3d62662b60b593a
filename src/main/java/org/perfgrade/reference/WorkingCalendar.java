package org.perfgrade.reference;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * 工作日历: which days are working days (工作日), from {@code config/calendar.yml} — the public holidays of the years
 * the bureau configured (国务院办公厅 holiday notice: 放假日期) and the weekend days worked instead (调休上班). The
 * 公示期 of the publicity list and the campaign replay count working days on it.
 * <p>
 * A day is a working day when it is a configured make-up working day, or a Monday to Friday that is no configured
 * holiday. A year with no configured holiday and no make-up day is <em>not known</em>: there only Saturdays and
 * Sundays are rest days (weekends only; its public holidays are not counted) — {@link #knows(int)} tells which years
 * the configuration covers.
 *
 * @param holidays the configured public holidays, each with its festival's name (元旦, 春节 …)
 * @param workdays the configured make-up working days (调休上班), each with the festival it makes up for
 */
public record WorkingCalendar(Map<LocalDate, String> holidays, Map<LocalDate, String> workdays) {

    public WorkingCalendar {
        holidays = Map.copyOf(holidays);
        workdays = Map.copyOf(workdays);
        for (LocalDate day : workdays.keySet()) {
            if (holidays.containsKey(day)) {
                throw new IllegalArgumentException(day + " is both a holiday and a working day");
            }
        }
    }

    /** No configured year: Monday to Friday are working days, every weekend is a rest. */
    public static WorkingCalendar weekendsOnly() {
        return new WorkingCalendar(Map.of(), Map.of());
    }

    /** Whether the configuration holds the holidays of the year (otherwise only weekends are rest days). */
    public boolean knows(int year) {
        return holidays.keySet().stream().anyMatch(d -> d.getYear() == year)
                || workdays.keySet().stream().anyMatch(d -> d.getYear() == year);
    }

    /** 工作日: a make-up working day, or Monday to Friday and no public holiday. */
    public boolean isWorkingDay(LocalDate day) {
        Objects.requireNonNull(day, "day");
        if (workdays.containsKey(day)) {
            return true;
        }
        if (holidays.containsKey(day)) {
            return false;
        }
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY;
    }

    /**
     * The n-th working day after {@code day} (n &gt; 0), before it (n &lt; 0), or the day itself (n = 0, working day
     * or not). {@code plusWorkingDays(d, 1)} is the next working day.
     */
    public LocalDate plusWorkingDays(LocalDate day, int n) {
        Objects.requireNonNull(day, "day");
        int step = n < 0 ? -1 : 1;
        LocalDate current = day;
        for (int left = Math.abs(n); left > 0; ) {
            current = current.plusDays(step);
            if (isWorkingDay(current)) {
                left--;
            }
        }
        return current;
    }

    /**
     * The working days after {@code from} up to and including {@code to} (negative when {@code to} is before
     * {@code from}), so that {@code workingDaysBetween(d, plusWorkingDays(d, n)) == n}.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int count = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }

    /**
     * A period of {@code workingDays} working days starting on the first working day after {@code day}: its first and
     * its last day (公示期 起止日期).
     */
    public Period periodAfter(LocalDate day, int workingDays) {
        if (workingDays < 1) {
            throw new IllegalArgumentException("a period has at least one working day: " + workingDays);
        }
        LocalDate first = plusWorkingDays(day, 1);
        return new Period(first, plusWorkingDays(first, workingDays - 1), workingDays);
    }

    /** The configured holidays in date order (for listing). */
    public Set<LocalDate> holidayDates() {
        return new TreeSet<>(holidays.keySet());
    }

    /** The configured make-up working days in date order. */
    public Map<LocalDate, String> makeUpDays() {
        return new TreeMap<>(workdays);
    }

    /**
     * A period counted in working days, both ends working days.
     *
     * @param first       the first day
     * @param last        the last day
     * @param workingDays how many working days it spans
     */
    public record Period(LocalDate first, LocalDate last, int workingDays) {
    }
}
