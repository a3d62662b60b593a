package org.perfgrade.snapshot;

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
}
