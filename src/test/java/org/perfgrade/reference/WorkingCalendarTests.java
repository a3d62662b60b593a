package org.perfgrade.reference;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The 2021 working calendar of config/calendar.yml: holidays, 调休 and the arithmetic counted on them. */
class WorkingCalendarTests {

    @TempDir
    Path noOverrides;

    private WorkingCalendar calendar() {
        return new ReferenceDataReader(new ConfigFiles(List.of(noOverrides))).read().calendar().workingDays();
    }

    private static LocalDate day(int month, int dayOfMonth) {
        return LocalDate.of(2021, month, dayOfMonth);
    }

    @Test
    void theDragonBoatFestivalEndsOnMonday14June() {
        // given
        WorkingCalendar calendar = calendar();
        // then: 6/12–6/14 off, 6/14 a Monday
        assertThat(day(6, 14).getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(calendar.isWorkingDay(day(6, 11))).isTrue();
        assertThat(calendar.isWorkingDay(day(6, 12))).isFalse();
        assertThat(calendar.isWorkingDay(day(6, 14))).isFalse();
        assertThat(calendar.isWorkingDay(day(6, 15))).isTrue();
        assertThat(calendar.plusWorkingDays(day(6, 11), 1)).isEqualTo(day(6, 15));
        assertThat(calendar.workingDaysBetween(day(6, 11), day(6, 15))).isEqualTo(1);
    }

    @Test
    void midAutumnAndNationalDayCountTheMakeUpWeekendsAsWorkingDays() {
        // given
        WorkingCalendar calendar = calendar();
        // then: 9/18 (Saturday) worked, 9/19–9/21 off, 9/26 (Sunday) worked, 10/1–10/7 off, 10/9 (Saturday) worked
        assertThat(day(9, 18).getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
        assertThat(day(9, 26).getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(day(10, 9).getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
        assertThat(calendar.isWorkingDay(day(9, 18))).isTrue();
        assertThat(calendar.isWorkingDay(day(9, 19))).isFalse();
        assertThat(calendar.isWorkingDay(day(9, 20))).isFalse();
        assertThat(calendar.isWorkingDay(day(9, 21))).isFalse();
        assertThat(calendar.isWorkingDay(day(9, 25))).isFalse();
        assertThat(calendar.isWorkingDay(day(9, 26))).isTrue();
        assertThat(calendar.isWorkingDay(day(10, 1))).isFalse();
        assertThat(calendar.isWorkingDay(day(10, 4))).isFalse();
        assertThat(calendar.isWorkingDay(day(10, 7))).isFalse();
        assertThat(calendar.isWorkingDay(day(10, 8))).isTrue();
        assertThat(calendar.isWorkingDay(day(10, 9))).isTrue();
        assertThat(calendar.isWorkingDay(day(10, 10))).isFalse();
        // and the arithmetic steps over the holidays and onto the make-up days
        assertThat(calendar.plusWorkingDays(day(9, 17), 1)).isEqualTo(day(9, 18));
        assertThat(calendar.plusWorkingDays(day(9, 17), 2)).isEqualTo(day(9, 22));
        assertThat(calendar.plusWorkingDays(day(9, 24), 1)).isEqualTo(day(9, 26));
        assertThat(calendar.plusWorkingDays(day(9, 30), 1)).isEqualTo(day(10, 8));
        assertThat(calendar.plusWorkingDays(day(9, 30), 3)).isEqualTo(day(10, 11));
        assertThat(calendar.plusWorkingDays(day(10, 8), -1)).isEqualTo(day(9, 30));
        assertThat(calendar.plusWorkingDays(day(9, 22), -2)).isEqualTo(day(9, 17));
        assertThat(calendar.plusWorkingDays(day(10, 2), 0)).isEqualTo(day(10, 2));
        assertThat(calendar.workingDaysBetween(day(9, 16), day(9, 24))).isEqualTo(5);
        assertThat(calendar.workingDaysBetween(day(9, 30), day(10, 10))).isEqualTo(2);
        assertThat(calendar.workingDaysBetween(day(10, 10), day(9, 30))).isEqualTo(-2);
        assertThat(calendar.workingDaysBetween(day(9, 1), day(9, 30))).isEqualTo(21);
    }

    @Test
    void holdsEveryHolidayAndMakeUpDayOfTheStateCouncilNoticeFor2021() {
        // given
        WorkingCalendar calendar = calendar();
        // then: the notice's seven make-up days, and 250 working days in the year
        assertThat(calendar.makeUpDays().keySet()).containsExactly(day(2, 7), day(2, 20), day(4, 25), day(5, 8),
                day(9, 18), day(9, 26), day(10, 9));
        assertThat(calendar.holidayDates()).hasSize(3 + 7 + 3 + 5 + 3 + 3 + 7)
                .contains(day(1, 1), day(2, 11), day(2, 17), day(4, 5), day(5, 5), day(6, 14), day(9, 21), day(10, 7));
        assertThat(calendar.workingDaysBetween(day(1, 1).minusDays(1), day(12, 31))).isEqualTo(250);
        assertThat(calendar.knows(2021)).isTrue();
    }

    @Test
    void countingForwardThenBetweenGivesBackTheSameNumberAllYear() {
        // given
        WorkingCalendar calendar = calendar();
        // then
        for (LocalDate d = day(1, 1); d.getYear() == 2021; d = d.plusDays(1)) {
            for (int n = 1; n <= 8; n++) {
                LocalDate later = calendar.plusWorkingDays(d, n);
                assertThat(calendar.isWorkingDay(later)).as("%s + %d", d, n).isTrue();
                assertThat(calendar.workingDaysBetween(d, later)).as("%s + %d", d, n).isEqualTo(n);
            }
        }
    }

    @Test
    void aPublicityPeriodStartsTheWorkingDayAfterTheBusinessDate() {
        // given
        WorkingCalendar calendar = calendar();
        // when
        WorkingCalendar.Period midAutumn = calendar.periodAfter(day(9, 16), 5);
        WorkingCalendar.Period nationalDay = calendar.periodAfter(day(9, 30), 5);
        WorkingCalendar.Period friday = calendar.periodAfter(day(6, 11), 5);
        // then
        assertThat(midAutumn.first()).isEqualTo(day(9, 17));
        assertThat(midAutumn.last()).isEqualTo(day(9, 24));
        assertThat(nationalDay.first()).isEqualTo(day(10, 8));
        assertThat(nationalDay.last()).isEqualTo(day(10, 13));
        assertThat(friday.first()).isEqualTo(day(6, 15));
        assertThat(friday.last()).isEqualTo(day(6, 21));
    }

    @Test
    void aYearWithoutConfiguredHolidaysRestsOnWeekendsOnly() {
        // given
        WorkingCalendar calendar = calendar();
        LocalDate nationalDay2022 = LocalDate.of(2022, 10, 3);
        // then: Monday 2022-10-03 (a holiday in fact) counts as a working day; the weekend does not
        assertThat(calendar.knows(2022)).isFalse();
        assertThat(calendar.isWorkingDay(nationalDay2022)).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2022, 10, 1))).isFalse();
        assertThat(calendar.plusWorkingDays(LocalDate.of(2022, 9, 30), 1)).isEqualTo(nationalDay2022);
        assertThat(WorkingCalendar.weekendsOnly().isWorkingDay(day(10, 1))).isTrue();
    }
}
