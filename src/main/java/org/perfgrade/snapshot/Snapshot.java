package org.perfgrade.snapshot;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * 进展快照: where the campaign stood on a business date — the shares of every county and of the city against their
 * targets and goals, the counting rules they were computed with (printed in the notes), the overdue items (逾期事项),
 * the items done after their deadline (逾期完成) and what changed since the previous snapshot. Maps 1:1 to the JSON
 * of {@code perfgrade nightly --json}.
 *
 * @param rules   the counting rules in Chinese, one sentence each ({@link CountingRules#describe})
 * @param overdue what was owed and not done by the date ({@link CampaignProgress}); days counted to {@code asOf}
 *                when a stored snapshot has none
 * @param late    what was done after its deadline by the date; empty in snapshots stored before it was recorded
 * @param changes empty until {@link SnapshotChanges} filled it in
 */
@JsonPropertyOrder({ "asOf", "rules", "counties", "city", "overdue", "late", "changes" })
public record Snapshot(LocalDate asOf, List<String> rules, List<CountySnapshot> counties, CitySnapshot city,
                       List<OverdueItem> overdue, List<LateItem> late, List<Change> changes) {

    public Snapshot {
        rules = rules == null ? List.of() : List.copyOf(rules);
        counties = counties == null ? List.of() : List.copyOf(counties);
        overdue = overdue == null ? List.of() : overdue.stream().map(o -> o.countedTo(asOf)).toList();
        late = late == null ? List.of() : List.copyOf(late);
        changes = changes == null ? List.of() : List.copyOf(changes);
    }

    /** The same snapshot with these changes. */
    public Snapshot withChanges(List<Change> newChanges) {
        return new Snapshot(asOf, rules, counties, city, overdue, late, newChanges);
    }

    /** A county's figures by its name. */
    public Optional<CountySnapshot> county(String name) {
        return counties.stream().filter(c -> c.county().equals(name)).findFirst();
    }
}
