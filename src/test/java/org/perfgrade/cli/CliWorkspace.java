package org.perfgrade.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.perfgrade.TestDatabase;

/**
 * What an in-process command-line test runs against: a fresh database of the engine under test and a data folder in
 * the test's temporary directory, as the properties a {@link CliRun} passes to the application.
 */
record CliWorkspace(TestDatabase database, Map<String, Object> properties) implements AutoCloseable {

    static CliWorkspace in(Path dir) {
        TestDatabase database = TestDatabase.create();
        Map<String, Object> properties = new HashMap<>();
        properties.put("perfgrade.data-dir", dir.resolve("data").toString());
        properties.put("perfgrade.db.url", database.url());
        properties.put("perfgrade.db.user", database.user());
        properties.put("perfgrade.db.password", database.password());
        return new CliWorkspace(database, properties);
    }

    @Override
    public void close() {
        database.close();
    }
}
