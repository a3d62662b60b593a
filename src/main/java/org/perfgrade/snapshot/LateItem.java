package org.perfgrade.snapshot;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * 逾期完成事项: something a county owed by a deadline of the calendar and did after it, on or before the snapshot's
 * date. Kept in the snapshot so that 调度考核 sees who was late and by how many days after the item has left the
 * {@link OverdueItem overdue} list.
 *
 * @param county   the county's name
 * @param item     the deadline's name as in config/calendar.yml
 * @param due      the deadline (a business date, Asia/Shanghai)
 * @param done     the business date it was done: the first submission of the kind received, or for a review batch
 *                 the day the last of the batch's lines that had none by the deadline had its application
 * @param daysLate 逾期天数: calendar days from {@code due} to {@code done}
 */
@JsonPropertyOrder({ "county", "item", "due", "done", "daysLate" })
public record LateItem(String county, String item, LocalDate due, LocalDate done, int daysLate) {

    /** The item done on {@code done} after its deadline {@code due}, its days late counted. */
    public static LateItem of(String county, String item, LocalDate due, LocalDate done) {
        return new LateItem(county, item, due, done, (int) ChronoUnit.DAYS.between(due, done));
    }
}
