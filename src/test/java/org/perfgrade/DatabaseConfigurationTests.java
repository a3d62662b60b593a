package org.perfgrade;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseConfigurationTests {

    @TempDir
    Path workspace;

    @Test
    void givenAHeapThenH2sPageCacheIsAnEighthOfItWithinBounds() {
        assertThat(DatabaseConfiguration.h2CacheKb(1024L << 20)).isEqualTo(128 * 1024);
        assertThat(DatabaseConfiguration.h2CacheKb(64L << 20)).as("never below H2's own 16 MB").isEqualTo(16 * 1024);
        assertThat(DatabaseConfiguration.h2CacheKb(64L << 30)).as("at most 1 GB").isEqualTo(1024 * 1024);
    }

    @Test
    void givenTheEmbeddedDatabaseWhenOpenedThenItHasThatCache() throws Exception {
        // given no database URL
        DatabaseProperties embedded = new DatabaseProperties(null, null, null);

        // when
        try (HikariDataSource pool = new DatabaseConfiguration().dataSource(embedded, workspace(workspace));
             Connection connection = pool.getConnection();
             ResultSet settings = connection.createStatement().executeQuery(
                     "SELECT SETTING_NAME, SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS "
                             + "WHERE SETTING_NAME = 'info.CACHE_MAX_SIZE'")) {
            // then
            java.util.Map<String, String> values = new java.util.HashMap<>();
            while (settings.next()) {
                values.put(settings.getString(1), settings.getString(2));
            }
            assertThat(values).containsEntry("info.CACHE_MAX_SIZE",
                    String.valueOf(DatabaseConfiguration.h2CacheKb(Runtime.getRuntime().maxMemory()) / 1024));
        }
    }

    private static WorkspaceProperties workspace(Path dir) {
        return new WorkspaceProperties(dir.resolve("data"), dir.resolve("out"), dir.resolve("inbox"),
                java.time.ZoneId.of("Asia/Shanghai"), "");
    }
}
