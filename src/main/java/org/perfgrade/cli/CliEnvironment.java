package org.perfgrade.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.perfgrade.PerfgradeApplication;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What a command runs in: its output streams, the process environment, and the way to start the Spring
 * application (database migrated, reference data loaded) when the command needs it. Commands stay thin: parse,
 * start, call a stage, print.
 */
public final class CliEnvironment {

    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> env;
    private final Map<String, Object> overrides;

    /**
     * @param env       the process environment (PERFGRADE_* variables)
     * @param overrides application properties that take precedence (tests use them instead of the environment)
     */
    public CliEnvironment(PrintStream out, PrintStream err, Map<String, String> env, Map<String, Object> overrides) {
        this.out = out;
        this.err = err;
        this.env = Map.copyOf(env);
        this.overrides = Map.copyOf(overrides);
    }

    public PrintStream out() {
        return out;
    }

    public PrintStream err() {
        return err;
    }

    /** Starts the application for one command; {@code outDir} null keeps the configured output folder. */
    public ConfigurableApplicationContext start(Path outDir) {
        return start(outDir, WebApplicationType.NONE, Map.of());
    }

    /** As {@link #start(Path)} with extra application properties (overrides given to the environment still win). */
    public ConfigurableApplicationContext start(Path outDir, Map<String, Object> properties) {
        return start(outDir, WebApplicationType.NONE, properties);
    }

    /**
     * Starts the web console ({@code perfgrade serve} only): a servlet application on the port. Every other command
     * starts without a web server.
     */
    public ConfigurableApplicationContext startConsole(int port) {
        return start(null, WebApplicationType.SERVLET, Map.of("server.port", port, "perfgrade.console", true));
    }

    private ConfigurableApplicationContext start(Path outDir, WebApplicationType type, Map<String, Object> extra) {
        Map<String, Object> properties = new HashMap<>();
        String configDir = env.get("PERFGRADE_CONFIG_DIR");
        if (configDir != null && !configDir.isBlank()) {
            properties.put("spring.config.additional-location", "optional:file:" + configDir.strip() + "/");
        }
        if (outDir != null) {
            properties.put("perfgrade.out-dir", outDir.toString());
        }
        properties.putAll(extra);
        properties.putAll(overrides);
        // as command-line arguments: they take precedence over config/application.yml and the environment
        String[] args = properties.entrySet().stream()
                .map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        return new SpringApplicationBuilder(PerfgradeApplication.class)
                .web(type)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .run(args);
    }

    /** The database a start would use, for messages: the URL, or the embedded H2 folder. */
    public String databaseDescription() {
        Object url = overrides.getOrDefault("perfgrade.db.url", env.get("PERFGRADE_DB_URL"));
        if (url != null && !url.toString().isBlank()) {
            return url.toString();
        }
        Object dataDir = overrides.getOrDefault("perfgrade.data-dir", "./data");
        return "内嵌 H2 数据库（" + dataDir + "）";
    }

    public boolean debug() {
        return "1".equals(env.get("PERFGRADE_DEBUG")) || "true".equalsIgnoreCase(env.get("PERFGRADE_DEBUG"));
    }
}
