package org.perfgrade.snapshot;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.perfgrade.reference.County;
import org.perfgrade.reference.IndustryLevel;
import org.perfgrade.reference.ReferenceData;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * 快照存档: the stored snapshots, one per business date. Storing replaces the date's snapshot and its lines in one
 * transaction, so a date never has two. The JSON payload is the snapshot itself; {@code snapshot_line} holds the
 * figures per county (and city) and level for history queries.
 */
@Repository
public class SnapshotRepository {

    private static final int RULES_LENGTH = 4000;

    private final JdbcClient jdbc;
    private final ReferenceData data;
    private final Clock clock;

    SnapshotRepository(JdbcClient jdbc, ReferenceData data, Clock clock) {
        this.jdbc = jdbc;
        this.data = data;
        this.clock = clock;
    }

    /** Stores the snapshot, replacing the one of its date if any. */
    @Transactional
    public void store(Snapshot snapshot) {
        LocalDate asOf = snapshot.asOf();
        jdbc.sql("DELETE FROM snapshot_line WHERE as_of = :day").param("day", asOf).update();
        jdbc.sql("DELETE FROM snapshot WHERE as_of = :day").param("day", asOf).update();
        String rules = String.join("\n", snapshot.rules());
        jdbc.sql("INSERT INTO snapshot (as_of, computed_at, rules, payload) VALUES (:day, :at, :rules, :payload)")
                .param("day", asOf).param("at", LocalDateTime.now(clock))
                .param("rules", rules.length() > RULES_LENGTH ? rules.substring(0, RULES_LENGTH - 1) + "…" : rules)
                .param("payload", SnapshotJson.write(snapshot)).update();
        for (CountySnapshot county : snapshot.counties()) {
            String code = data.county(county.county()).map(County::code).orElse(county.county());
            for (LevelShares l : county.levels()) {
                insertLine(asOf, code, l.level(), l.counted(), l.applied(), l.passed(), l.dCount(), l.appliedShare(),
                        l.passedShare(), l.appliedMet(), l.passedMet(), l.appliedGap(), l.passedGap(), null);
            }
        }
        if (snapshot.city() != null) {
            for (CityLevelShares l : snapshot.city().levels()) {
                insertLine(asOf, data.city().code(), l.level(), l.counted(), l.applied(), l.passed(), l.dCount(),
                        l.appliedShare(), l.passedShare(), l.appliedMet(), l.passedMet(), l.appliedGap(),
                        l.passedGap(), l.goalMet());
            }
        }
    }

    /** The snapshot of the date. */
    public Optional<Snapshot> find(LocalDate asOf) {
        return jdbc.sql("SELECT payload FROM snapshot WHERE as_of = :day").param("day", asOf).query(String.class)
                .optional().map(SnapshotJson::read);
    }

    /** The latest snapshot before the date. */
    public Optional<Snapshot> previous(LocalDate asOf) {
        return jdbc.sql("SELECT payload FROM snapshot WHERE as_of < :day ORDER BY as_of DESC LIMIT 1")
                .param("day", asOf).query(String.class).optional().map(SnapshotJson::read);
    }

    /**
     * The figures (date, counties, city — {@link SnapshotJson#readFigures}) of the snapshots dated from {@code from}
     * to {@code to} (both inclusive; null leaves that end open), oldest first.
     */
    public List<Snapshot> figuresBetween(LocalDate from, LocalDate to) {
        return jdbc.sql("SELECT payload FROM snapshot WHERE as_of >= :from AND as_of <= :to ORDER BY as_of")
                .param("from", from == null ? LocalDate.of(1, 1, 1) : from)
                .param("to", to == null ? LocalDate.of(9999, 12, 31) : to)
                .query(String.class).list().stream().map(SnapshotJson::readFigures).toList();
    }

    /** The dates with a snapshot, oldest first. */
    public List<LocalDate> dates() {
        return jdbc.sql("SELECT as_of FROM snapshot ORDER BY as_of").query(LocalDate.class).list();
    }

    /** The stored figures of a county (or the city's code) at a level, oldest first. */
    public List<SnapshotLine> history(String countyCode, IndustryLevel level) {
        return jdbc.sql("SELECT as_of, county_code, industry_level, counted, applied, passed, d_count, applied_share, "
                + "passed_share, applied_met, passed_met, applied_gap, passed_gap, goal_met FROM snapshot_line "
                + "WHERE county_code = :county AND industry_level = :level ORDER BY as_of")
                .param("county", countyCode).param("level", level.name())
                .query((rs, n) -> new SnapshotLine(rs.getObject("as_of", LocalDate.class), rs.getString("county_code"),
                        IndustryLevel.valueOf(rs.getString("industry_level")), rs.getInt("counted"),
                        rs.getInt("applied"), rs.getInt("passed"), rs.getInt("d_count"),
                        rs.getBigDecimal("applied_share"), rs.getBigDecimal("passed_share"),
                        rs.getObject("applied_met", Boolean.class), rs.getObject("passed_met", Boolean.class),
                        rs.getObject("applied_gap", Integer.class), rs.getObject("passed_gap", Integer.class),
                        rs.getObject("goal_met", Boolean.class)))
                .list();
    }

    private void insertLine(LocalDate asOf, String code, String level, int counted, int applied, int passed,
                            int dCount, BigDecimal appliedShare, BigDecimal passedShare, Boolean appliedMet,
                            Boolean passedMet, Integer appliedGap, Integer passedGap, Boolean goalMet) {
        jdbc.sql("INSERT INTO snapshot_line (as_of, county_code, industry_level, counted, applied, passed, d_count, "
                + "applied_share, passed_share, applied_met, passed_met, applied_gap, passed_gap, goal_met) VALUES "
                + "(:day, :county, :level, :counted, :applied, :passed, :d, :appliedShare, :passedShare, :appliedMet, "
                + ":passedMet, :appliedGap, :passedGap, :goalMet)")
                .param("day", asOf).param("county", code).param("level", LevelShares.level(level).name())
                .param("counted", counted).param("applied", applied).param("passed", passed).param("d", dCount)
                .param("appliedShare", appliedShare).param("passedShare", passedShare)
                .param("appliedMet", appliedMet).param("passedMet", passedMet).param("appliedGap", appliedGap)
                .param("passedGap", passedGap).param("goalMet", goalMet).update();
    }
}
