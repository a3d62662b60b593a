package org.perfgrade;

import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Builds the one connection pool of the application. The embedded default is an H2 file database in MySQL mode
 * (so that the same migrations run on both); a MySQL URL gets the driver settings the pipeline depends on
 * (batched inserts rewritten into multi-row statements, UTF-8, Asia/Shanghai).
 */
@Configuration(proxyBeanMethods = false)
public class DatabaseConfiguration {

    /**
     * MySQL mode, lower-case names and MySQL's NULL ordering. Not {@code LAZY_QUERY_EXECUTION}: streaming results
     * halved the time of large scans, but the million-line benchmark then failed with "Chunk … not found" while a
     * county's list was read (H2 2.4.240, h2database issue #4142: a lazy result reads pages the store has freed).
     */
    static final String H2_OPTIONS = ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    @Bean
    HikariDataSource dataSource(DatabaseProperties database, WorkspaceProperties workspace) throws Exception {
        HikariDataSource pool = new HikariDataSource();
        pool.setPoolName("perfgrade");
        pool.setMaximumPoolSize(8);
        if (database.isExternal()) {
            pool.setJdbcUrl(database.url().strip());
            pool.setUsername(database.user());
            pool.setPassword(database.password() == null ? "" : database.password());
            if (database.url().startsWith("jdbc:mysql:") || database.url().startsWith("jdbc:mariadb:")) {
                pool.addDataSourceProperty("rewriteBatchedStatements", "true");
                pool.addDataSourceProperty("characterEncoding", "UTF-8");
                pool.addDataSourceProperty("connectionTimeZone", "Asia/Shanghai");
                pool.addDataSourceProperty("connectTimeout", "10000");
            }
        }
        else {
            Path dir = workspace.dataDir().toAbsolutePath().normalize();
            Files.createDirectories(dir);
            pool.setJdbcUrl("jdbc:h2:file:" + dir.resolve("perfgrade") + H2_OPTIONS + ";CACHE_SIZE="
                    + h2CacheKb(Runtime.getRuntime().maxMemory()));
            pool.setUsername(database.user() == null || database.user().isBlank() ? "sa" : database.user());
            pool.setPassword(database.password() == null ? "" : database.password());
        }
        // Fail fast at start when the database is unreachable, with the driver's own reason.
        pool.setInitializationFailTimeout(1);
        return pool;
    }

    /**
     * H2's page cache in KB: an eighth of the heap, at least H2's own 16 MB, at most 1 GB. With the default 16 MB a
     * ledger of a million lines (several GB on disk) was read back page by page from the file for every lookup, which
     * made the snapshot and the lists several times slower per line than at a hundred thousand lines (the
     * benchmark); with an eighth of a 1 GB heap the scans of 附件2 at 100,000 lines took a third less time.
     */
    static long h2CacheKb(long maxHeapBytes) {
        long eighth = maxHeapBytes / 8 / 1024;
        return Math.max(16 * 1024, Math.min(1024 * 1024, eighth));
    }

    /** A short description of the database for messages: the URL without credentials. */
    public static String describe(DataSource dataSource) {
        return dataSource instanceof HikariDataSource hikari ? hikari.getJdbcUrl() : String.valueOf(dataSource);
    }
}
