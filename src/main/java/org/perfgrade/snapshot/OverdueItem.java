package org.perfgrade.snapshot;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * 逾期事项: something a county owed by a deadline of the calendar and had not done by the snapshot's date. Once done,
 * it moves to the snapshot's {@link LateItem 逾期完成} list.
 *
 * @param county      the county's name
 * @param item        the deadline's name as in config/calendar.yml
 * @param due         the deadline (a business date, Asia/Shanghai)
 * @param daysOverdue 逾期天数: calendar days from the deadline to the snapshot's date (1 on the day after it); null
 *                    only as read from a snapshot stored before the days were recorded, which {@link Snapshot} then
 *                    fills in from its date
 */
@JsonPropertyOrder({ "county", "item", "due", "daysOverdue" })
public record OverdueItem(String county, String item, LocalDate due, Integer daysOverdue) {

    /** The item still owed on {@code asOf}, its days counted to that date. */
    public static OverdueItem on(LocalDate asOf, String county, String item, LocalDate due) {
        return new OverdueItem(county, item, due, (int) ChronoUnit.DAYS.between(due, asOf));
    }

    /** This item with its days counted to {@code asOf} when it has none. */
    OverdueItem countedTo(LocalDate asOf) {
        return daysOverdue != null || asOf == null || due == null ? this : on(asOf, county, item, due);
    }
}
