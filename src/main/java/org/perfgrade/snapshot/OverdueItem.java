package org.perfgrade.snapshot;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * 逾期事项: something a county owed by a deadline of the calendar and had not done by the snapshot's date.
 *
 * @param county the county's name
 * @param item   the deadline's name as in config/calendar.yml
 * @param due    the deadline (a business date, Asia/Shanghai)
 */
@JsonPropertyOrder({ "county", "item", "due" })
public record OverdueItem(String county, String item, LocalDate due) {
}
