package org.perfgrade.web;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * 作业启动请求: what the city asked for on {@code /jobs} — the business date and the values of the kind's further
 * fields ({@link JobOption}), by field name; an unticked checkbox is absent.
 */
public record JobRequest(LocalDate asOf, Map<String, String> options) {

    public JobRequest {
        Objects.requireNonNull(asOf, "asOf");
        options = options == null ? Map.of() : Map.copyOf(options);
    }

    /** The field's value, blank as absent. */
    public Optional<String> option(String name) {
        return Optional.ofNullable(options.get(name)).map(String::strip).filter(v -> !v.isEmpty());
    }

    /** Whether a checkbox field was ticked. */
    public boolean flag(String name) {
        return option(name).map(v -> v.equals("true") || v.equals("on")).orElse(false);
    }
}
