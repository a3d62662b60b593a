package org.perfgrade.snapshot;

import java.text.Collator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.perfgrade.reference.County;
import org.perfgrade.reference.ReferenceData;
import org.perfgrade.snapshot.AsOfLedger.GradeMove;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 变化情况: what changed since the previous snapshot — the grade of each ledger line whose grade events took effect
 * after the previous snapshot's date up to this one (its grade on both days, so a change undone in between is not
 * listed), the county targets and city goals newly met or missed, and the newly overdue items. Without a previous
 * snapshot there is nothing to compare and the list is empty. Order: grade changes by county (附件1), enterprise
 * and industry (Chinese collation), then targets, then overdue items. See {@link Change} for the kinds.
 */
@Component
public class SnapshotChanges {

    private final AsOfLedger ledger;
    private final ReferenceData data;
    private final GradeRanking ranking;

    SnapshotChanges(AsOfLedger ledger, ReferenceData data, CountingRules rules) {
        this.ledger = ledger;
        this.data = data;
        this.ranking = new GradeRanking(data, rules);
    }

    /** The changes from {@code previous} to {@code current}. */
    @Transactional(readOnly = true)
    public List<Change> between(Optional<Snapshot> previous, Snapshot current) {
        if (previous.isEmpty() || !previous.get().asOf().isBefore(current.asOf())) {
            return List.of();
        }
        Snapshot before = previous.get();
        List<Change> changes = new ArrayList<>(gradeChanges(before, current));
        changes.addAll(targetChanges(before, current));
        Set<String> wasOverdue = new HashSet<>();
        before.overdue().forEach(o -> wasOverdue.add(o.county() + "\n" + o.item()));
        for (OverdueItem item : current.overdue()) {
            if (!wasOverdue.contains(item.county() + "\n" + item.item())) {
                changes.add(new Change("overdue", item.county(), null, null, item.due().toString(), item.item()));
            }
        }
        return List.copyOf(changes);
    }

    private List<Change> gradeChanges(Snapshot before, Snapshot current) {
        Map<String, County> counties = data.countiesByCode();
        Collator collator = Collator.getInstance(Locale.CHINA);
        List<GradeMove> moves = new ArrayList<>(ledger.moves(before.asOf(), current.asOf()));
        moves.sort(Comparator.<GradeMove>comparingInt(m -> countyOrder(counties, m.countyCode()))
                .thenComparing(GradeMove::enterprise, collator)
                .thenComparing(m -> industry(m), collator));
        List<Change> changes = new ArrayList<>();
        for (GradeMove m : moves) {
            if (Objects.equals(m.from(), m.to())) {
                continue;
            }
            String county = Optional.ofNullable(counties.get(m.countyCode())).map(County::name).orElse(m.countyCode());
            changes.add(new Change(kind(m.from(), m.to()), county, m.enterprise(), industry(m), m.from(), m.to()));
        }
        return changes;
    }

    private String kind(String from, String to) {
        if (from == null) {
            return "new-grade";
        }
        if (to == null) {
            return "grade-removed";
        }
        int c = Integer.compare(ranking.rank(to), ranking.rank(from));
        return c < 0 ? "grade-up" : c > 0 ? "grade-down" : "grade-change";
    }

    private List<Change> targetChanges(Snapshot before, Snapshot current) {
        List<Change> changes = new ArrayList<>();
        for (CountySnapshot county : current.counties()) {
            Optional<CountySnapshot> was = before.county(county.county());
            for (LevelShares now : county.levels()) {
                Optional<LevelShares> then = was.flatMap(w -> w.levels().stream()
                        .filter(l -> l.level().equals(now.level())).findFirst());
                compare(changes, county.county(), now.level() + "-applied", then.map(LevelShares::appliedMet),
                        now.appliedMet(), now.appliedShare());
                compare(changes, county.county(), now.level() + "-passed", then.map(LevelShares::passedMet),
                        now.passedMet(), now.passedShare());
            }
        }
        if (current.city() != null) {
            String city = data.city().name();
            for (CityLevelShares now : current.city().levels()) {
                Optional<CityLevelShares> then = Optional.ofNullable(before.city()).flatMap(c -> c.levels().stream()
                        .filter(l -> l.level().equals(now.level())).findFirst());
                if (now.goalThreshold() != null) {
                    compare(changes, city, now.level() + "-goal", then.map(CityLevelShares::goalMet), now.goalMet(),
                            now.goalShare());
                }
            }
            if (current.city().dGoalMet() != null) {
                compare(changes, city, "d-goal", Optional.ofNullable(before.city()).map(CitySnapshot::dGoalMet),
                        current.city().dGoalMet(), BigDecimal.valueOf(current.city().dCount()));
            }
        }
        return changes;
    }

    /**
     * A target that turned met or missed. A target not assessed now (no enterprise) changes nothing; one not assessed
     * before counts as not met then.
     */
    private static void compare(List<Change> changes, String county, String metric, Optional<Boolean> then,
                                Boolean now, BigDecimal share) {
        if (now == null) {
            return;
        }
        boolean was = then.orElse(false);
        String figure = share.toPlainString();
        if (now && !was) {
            changes.add(new Change("target-met", county, null, null, metric, figure));
        }
        else if (!now && was) {
            changes.add(new Change("target-missed", county, null, null, metric, figure));
        }
    }

    private static String industry(GradeMove m) {
        return m.branch() == null ? m.industry() : m.industry() + "（" + m.branch() + "）";
    }

    private static int countyOrder(Map<String, County> counties, String code) {
        County c = counties.get(code);
        return c == null ? Integer.MAX_VALUE : c.order();
    }
}
