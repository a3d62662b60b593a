package org.perfgrade.replay;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.perfgrade.snapshot.LateItem;
import org.perfgrade.snapshot.OverdueItem;
import org.perfgrade.snapshot.Snapshot;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The invariants every replay of the campaign keeps, checked on its days and their stored snapshots (issue #18,
 * "Scenario invariants"): shares change only on days with new data; a deadline's overdue items appear the day after
 * it and turn into late items, kept, once done; grades go down only on days with a violation (or a city act), and
 * every violation day has a downgrade; notice numbers increase with their issue dates.
 */
final class ReplayInvariants {

    private static final Pattern NUMBER = Pattern.compile("〔(\\d{4})〕(\\d+)号");

    private final List<ReplayedDay> days;
    private final Map<LocalDate, Snapshot> snapshots;

    ReplayInvariants(List<ReplayedDay> days, Map<LocalDate, Snapshot> snapshots) {
        this.days = List.copyOf(days);
        this.snapshots = Map.copyOf(snapshots);
    }

    private boolean newData(ReplayedDay day) {
        return !day.files().isEmpty() || day.cityActions() > 0;
    }

    /** A day without files or city acts has the shares of the day before; returns the days checked that way. */
    int sharesChangeOnlyOnDaysWithNewData() {
        int quiet = 0;
        for (int i = 1; i < days.size(); i++) {
            ReplayedDay day = days.get(i);
            if (!newData(day)) {
                assertThat(shares(snapshots.get(day.date()))).as("shares on " + day.date() + " (no new data)")
                        .isEqualTo(shares(snapshots.get(days.get(i - 1).date())));
                quiet++;
            }
        }
        return quiet;
    }

    /**
     * Each overdue item first appears on the first replayed day after its deadline; once it is no longer overdue it
     * is a late item done since the day before, and stays one. Returns the items that turned late.
     */
    List<LateItem> overdueFromTheDayAfterAndLateOnceDone() {
        Map<String, LocalDate> firstOverdue = new HashMap<>();
        List<LateItem> turned = new ArrayList<>();
        Set<String> previous = Set.of();
        LocalDate previousDay = null;
        for (ReplayedDay day : days) {
            Snapshot snapshot = snapshots.get(day.date());
            Set<String> now = snapshot.overdue().stream().map(ReplayInvariants::key).collect(Collectors.toSet());
            for (OverdueItem o : snapshot.overdue()) {
                assertThat(o.due()).as(key(o)).isBefore(day.date());
                firstOverdue.putIfAbsent(key(o), day.date());
                if (firstOverdue.get(key(o)).equals(day.date())) {
                    // the first replayed day after the deadline, unless the deadline fell before the replay began
                    LocalDate firstAfter = days.stream().map(ReplayedDay::date).filter(d -> d.isAfter(o.due()))
                            .findFirst().orElseThrow();
                    assertThat(day.date()).as("first overdue " + key(o)).isEqualTo(firstAfter);
                }
            }
            for (String gone : previous) {
                if (!now.contains(gone)) {
                    LocalDate since = previousDay;
                    LateItem late = snapshot.late().stream().filter(l -> key(l).equals(gone)).findFirst()
                            .orElseThrow(() -> new AssertionError(gone + " is no longer overdue on " + day.date()
                                    + " but not late"));
                    assertThat(late.done()).as(gone).isAfter(since).isBeforeOrEqualTo(day.date());
                    turned.add(late);
                }
            }
            for (LateItem l : turned) {
                assertThat(snapshot.late()).as("late items kept on " + day.date()).contains(l);
            }
            previous = now;
            previousDay = day.date();
        }
        return turned;
    }

    /**
     * Grades go down only on a day with new data, and on each day a violation list is received a grade goes down.
     * Returns the days with a downgrade.
     */
    List<LocalDate> downgradesOnTheDaysOfTheViolations() {
        List<LocalDate> downgraded = new ArrayList<>();
        for (int i = 1; i < days.size(); i++) {
            ReplayedDay day = days.get(i);
            boolean down = snapshots.get(day.date()).changes().stream().anyMatch(c -> c.kind().equals("grade-down"));
            boolean violation = day.files().stream().anyMatch(f -> f.contains("环境违法"));
            if (violation) {
                assertThat(down).as("a downgrade on " + day.date() + ", the day of a violation").isTrue();
            }
            if (down) {
                assertThat(newData(day)).as("a downgrade on " + day.date() + " without new data").isTrue();
                downgraded.add(day.date());
            }
        }
        return downgraded;
    }

    /** The notices' numbers, in the order of their issue dates, increase; returns them in that order. */
    List<String> noticeNumbersIncreaseWithIssueDates() {
        List<String> numbers = new ArrayList<>();
        int last = 0;
        for (ReplayedDay day : days) {
            for (String n : day.notices()) {
                Matcher m = NUMBER.matcher(n);
                assertThat(m.find()).as(n).isTrue();
                int number = Integer.parseInt(m.group(2));
                assertThat(number).as(day.date() + " " + n).isGreaterThan(last);
                last = number;
                numbers.add(day.date() + " " + n);
            }
        }
        return numbers;
    }

    /** Every county's and the city's counts and shares, as {@code history --json} lists them. */
    static List<Object> shares(Snapshot snapshot) {
        List<Object> shares = new ArrayList<>();
        snapshot.counties().forEach(c -> shares.add(List.of(c.county(), c.levels())));
        shares.add(snapshot.city());
        return shares;
    }

    private static String key(OverdueItem o) {
        return o.county() + "|" + o.item() + "|" + o.due();
    }

    private static String key(LateItem l) {
        return l.county() + "|" + l.item() + "|" + l.due();
    }
}
