package org.perfgrade.snapshot;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * 进展历史: the stored snapshots of a date range side by side — the city's goal shares against the goals and each
 * county's counts, shares, met flags and gaps per date and level — as {@code perfgrade history} prints it. Shares
 * are decimal strings with four places as in {@code nightly --json}; a level not assessed has null shares and flags.
 *
 * @param from  the first date asked for, else the first snapshot's date (null without snapshots)
 * @param to    the last date asked for, else the last snapshot's date (null without snapshots)
 * @param dates the snapshot dates in the range, oldest first
 */
@JsonPropertyOrder({ "from", "to", "dates", "city", "counties" })
public record SnapshotHistory(LocalDate from, LocalDate to, List<LocalDate> dates, List<CityPoint> city,
                              List<CountySeries> counties) {

    public SnapshotHistory {
        dates = List.copyOf(dates);
        city = List.copyOf(city);
        counties = List.copyOf(counties);
    }

    /** 全市: one date and level against the city goal. */
    @JsonPropertyOrder({ "date", "level", "appliedShare", "passedShare", "goalShare", "goalMet", "dCount" })
    public record CityPoint(LocalDate date, String level,
                            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal appliedShare,
                            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal passedShare,
                            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal goalShare,
                            Boolean goalMet, int dCount) {
    }

    /** One county's figures over the dates, in 附件1 order. */
    @JsonPropertyOrder({ "county", "series" })
    public record CountySeries(String county, List<CountyPoint> series) {

        public CountySeries {
            series = List.copyOf(series);
        }
    }

    /** 县区: one date and level of a county against its 附件1 targets. */
    @JsonPropertyOrder({ "date", "level", "counted", "applied", "passed", "appliedShare", "passedShare", "appliedMet",
            "passedMet", "appliedGap", "passedGap" })
    public record CountyPoint(LocalDate date, String level, int counted, int applied, int passed,
                              @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal appliedShare,
                              @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal passedShare,
                              Boolean appliedMet, Boolean passedMet, Integer appliedGap, Integer passedGap) {

        /** The 申报占比 against its target. */
        public TargetVerdict appliedVerdict() {
            return counted == 0 ? TargetVerdict.NOT_ASSESSED : TargetVerdict.of(appliedMet);
        }

        /** The 通过占比 against its target. */
        public TargetVerdict passedVerdict() {
            return counted == 0 ? TargetVerdict.NOT_ASSESSED : TargetVerdict.of(passedMet);
        }
    }

    /**
     * The history of the snapshots (oldest first), the counties in the given order (附件1); with {@code onlyCounty}
     * just that county.
     */
    public static SnapshotHistory of(LocalDate from, LocalDate to, List<Snapshot> snapshots, List<String> countyOrder,
                                     String onlyCounty) {
        List<LocalDate> dates = snapshots.stream().map(Snapshot::asOf).toList();
        List<CityPoint> city = new ArrayList<>();
        Map<String, List<CountyPoint>> byCounty = new LinkedHashMap<>();
        for (String name : countyOrder) {
            if (onlyCounty == null || onlyCounty.equals(name)) {
                byCounty.put(name, new ArrayList<>());
            }
        }
        for (Snapshot s : snapshots) {
            if (s.city() != null) {
                for (CityLevelShares c : s.city().levels()) {
                    city.add(new CityPoint(s.asOf(), c.level(), c.appliedShare(), c.passedShare(), c.goalShare(),
                            c.goalMet(), c.dCount()));
                }
            }
            for (CountySnapshot county : s.counties()) {
                if (onlyCounty != null && !onlyCounty.equals(county.county())) {
                    continue;
                }
                List<CountyPoint> series = byCounty.computeIfAbsent(county.county(), k -> new ArrayList<>());
                for (LevelShares l : county.levels()) {
                    series.add(new CountyPoint(s.asOf(), l.level(), l.counted(), l.applied(), l.passed(),
                            l.appliedShare(), l.passedShare(), l.appliedMet(), l.passedMet(), l.appliedGap(),
                            l.passedGap()));
                }
            }
        }
        List<CountySeries> counties = byCounty.entrySet().stream()
                .filter(e -> !e.getValue().isEmpty())
                .map(e -> new CountySeries(e.getKey(), e.getValue())).toList();
        return new SnapshotHistory(from != null ? from : dates.isEmpty() ? null : dates.get(0),
                to != null ? to : dates.isEmpty() ? null : dates.get(dates.size() - 1), dates, city, counties);
    }
}
