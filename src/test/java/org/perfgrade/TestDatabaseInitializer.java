package org.perfgrade;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;

/** Points a test context at a fresh {@link TestDatabase} and at temporary data and output folders. */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final String INLINED = "Inlined Test Properties";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestDatabase database = TestDatabase.create();
        Path workspace;
        try {
            workspace = Files.createTempDirectory("perfgrade-test");
        }
        catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
        Map<String, Object> properties = new HashMap<>();
        properties.put("perfgrade.db.url", database.url());
        properties.put("perfgrade.db.user", database.user());
        properties.put("perfgrade.db.password", database.password());
        properties.put("perfgrade.data-dir", workspace.resolve("data").toString());
        properties.put("perfgrade.out-dir", workspace.resolve("out").toString());
        properties.put("perfgrade.inbox-dir", workspace.resolve("inbox").toString());
        MapPropertySource source = new MapPropertySource("perfgradeTestDatabase", properties);
        MutablePropertySources sources = context.getEnvironment().getPropertySources();
        if (sources.contains(INLINED)) {
            sources.addAfter(INLINED, source);
        }
        else {
            sources.addFirst(source);
        }
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent) {
                database.close();
            }
        });
    }
}
