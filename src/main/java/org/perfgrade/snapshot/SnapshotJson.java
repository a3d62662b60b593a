package org.perfgrade.snapshot;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * 快照 JSON: a snapshot as the JSON of {@code perfgrade nightly --json} and of the stored payload. Records map 1:1;
 * dates are ISO ({@code 2021-06-15}), shares and targets decimal strings with four places, absent values null.
 */
public final class SnapshotJson {

    private static final JsonMapper COMPACT = JsonMapper.builder().build();
    private static final JsonMapper INDENTED = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private SnapshotJson() {
    }

    /** One line of JSON (the stored payload). */
    public static String write(Snapshot snapshot) {
        return COMPACT.writeValueAsString(snapshot);
    }

    /** Indented JSON, for printing. */
    public static String writeIndented(Snapshot snapshot) {
        return INDENTED.writeValueAsString(snapshot);
    }

    public static Snapshot read(String json) {
        return COMPACT.readValue(json, Snapshot.class);
    }

    /**
     * The figures of a stored payload only — the date, the counties and the city — skipping the rules, overdue and
     * late items and changes, for the history of many dates ({@link SnapshotHistories}).
     */
    public static Snapshot readFigures(String json) {
        return COMPACT.readValue(json, Figures.class).snapshot();
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    private record Figures(LocalDate asOf, List<CountySnapshot> counties, CitySnapshot city) {

        Snapshot snapshot() {
            return new Snapshot(asOf, List.of(), counties, city, List.of(), List.of(), List.of());
        }
    }
}
