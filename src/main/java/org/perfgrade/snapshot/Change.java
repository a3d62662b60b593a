package org.perfgrade.snapshot;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * 变化情况: something that changed since the previous snapshot.
 * <ul>
 * <li>{@code new-grade}, {@code grade-up}, {@code grade-down}, {@code grade-change} (another grade of the same
 * rank, e.g. C ↔ 非引领性), {@code grade-removed}: one ledger line's grade from the previous snapshot's date to this
 * one; {@code from}/{@code to} are the grades (null = 未评级), {@code industry} is the industry, with the branch in
 * full-width brackets when the line has one.</li>
 * <li>{@code target-met} / {@code target-missed}: a county target (or a city goal, county = the city's name) met
 * now and not before, or the other way; {@code from} is the metric ({@code national-passed},
 * {@code provincial-applied}, {@code national-goal} …), {@code to} the share now ("0.4000").</li>
 * <li>{@code overdue}: an overdue item that was not overdue in the previous snapshot; {@code from} is the due
 * date, {@code to} the item.</li>
 * </ul>
 */
@JsonPropertyOrder({ "kind", "county", "enterprise", "industry", "from", "to" })
public record Change(String kind, String county, String enterprise, String industry, String from, String to) {
}
