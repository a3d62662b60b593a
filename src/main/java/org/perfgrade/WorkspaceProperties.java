package org.perfgrade;

import java.nio.file.Path;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where perfgrade keeps its things on disk, and the time zone of business dates.
 *
 * @param dataDir  the embedded H2 database (default {@code ./data})
 * @param outDir   documents and {@code manifest.json} (default {@code ./out}; {@code --out} on each command)
 * @param inboxDir county submissions to import (default {@code ./inbox})
 * @param zone     the zone in which business dates are counted and documents dated ({@value #DEFAULT_ZONE}):
 *                 the one place every stage takes it from (the clock, workbook and manifest stamps)
 * @param configDir a folder whose reference-data files override the defaults ({@code PERFGRADE_CONFIG_DIR})
 */
@ConfigurationProperties("perfgrade")
public record WorkspaceProperties(@DefaultValue("./data") Path dataDir,
                                  @DefaultValue("./out") Path outDir,
                                  @DefaultValue("./inbox") Path inboxDir,
                                  @DefaultValue(WorkspaceProperties.DEFAULT_ZONE) ZoneId zone,
                                  @DefaultValue("") String configDir) {

    /** The business zone when {@code perfgrade.zone} is not set: Beijing time. */
    public static final String DEFAULT_ZONE = "Asia/Shanghai";
}
