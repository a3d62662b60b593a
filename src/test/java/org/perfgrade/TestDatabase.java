package org.perfgrade;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A fresh, empty database for one test context on the database under test: an in-memory H2 database, or a new
 * schema on the MySQL/MariaDB server (dropped again by {@link #close()}). The second Surefire pass sets
 * {@code perfgrade.test.database=mysql}; the server is {@code perfgrade.test.mysql.url} (see pom.xml).
 */
public record TestDatabase(String url, String user, String password, String mysqlSchema) implements AutoCloseable {

    public static final String SYSTEM_PROPERTY = "perfgrade.test.database";

    public static boolean isMysql() {
        return "mysql".equals(System.getProperty(SYSTEM_PROPERTY, "h2"));
    }

    public static TestDatabase create() {
        String id = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        if (!isMysql()) {
            return new TestDatabase("jdbc:h2:mem:t" + id + DatabaseConfiguration.H2_OPTIONS + ";DB_CLOSE_DELAY=-1",
                    "sa", "", null);
        }
        String schema = "perfgrade_t_" + id;
        try (Connection c = serverConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + schema + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        catch (SQLException ex) {
            throw new IllegalStateException("cannot create test database on " + serverUrl() + ": " + ex.getMessage(), ex);
        }
        return new TestDatabase(schemaUrl(schema), mysqlUser(), mysqlPassword(), schema);
    }

    @Override
    public void close() {
        if (mysqlSchema == null) {
            return;
        }
        try (Connection c = serverConnection(); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + mysqlSchema);
        }
        catch (SQLException ex) {
            // the server went away; the CI run recreates its databases
        }
    }

    static Connection serverConnection() throws SQLException {
        return DriverManager.getConnection(serverUrl(), mysqlUser(), mysqlPassword());
    }

    static String serverUrl() {
        return System.getProperty("perfgrade.test.mysql.url",
                "jdbc:mysql://127.0.0.1:3306/perfgrade_test?allowPublicKeyRetrieval=true&useSSL=false");
    }

    private static String schemaUrl(String schema) {
        String url = serverUrl();
        int query = url.indexOf('?');
        String base = query < 0 ? url : url.substring(0, query);
        String params = query < 0 ? "" : url.substring(query);
        return base.substring(0, base.lastIndexOf('/') + 1) + schema + params;
    }

    private static String mysqlUser() {
        return System.getProperty("perfgrade.test.mysql.user", "root");
    }

    private static String mysqlPassword() {
        return System.getProperty("perfgrade.test.mysql.password", "");
    }
}
