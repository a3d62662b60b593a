package org.perfgrade.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import javax.sql.DataSource;

import org.perfgrade.DatabaseProperties;

/**
 * 写库下限: the same data rows loaded the barest ways into {@code bench_floor_row} (no index, no key): a JDBC batch
 * insert of 1,000 rows a batch in one transaction (on MySQL with rewriteBatchedStatements=true, as the pool
 * sets), and on MySQL also {@code LOAD DATA LOCAL INFILE} of the same rows.
 */
final class DatabaseLoadFloor {

    static final String JDBC_TOOL = "JDBC 批量插入（每批 1,000 行，MySQL 上 rewriteBatchedStatements=true）";
    static final String INFILE_TOOL = "LOAD DATA LOCAL INFILE";
    private static final int BATCH = 1_000;

    private final DataSource dataSource;
    private final DatabaseProperties database;

    DatabaseLoadFloor(DataSource dataSource, DatabaseProperties database) {
        this.dataSource = dataSource;
        this.database = database;
    }

    boolean mysql() {
        return database.isExternal() && (database.url().startsWith("jdbc:mysql:")
                || database.url().startsWith("jdbc:mariadb:"));
    }

    /** Empties the floor table (outside the timing). */
    void clear() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("DELETE FROM bench_floor_row");
        }
    }

    /** Inserts every row of the rows file with JDBC batches; returns the rows inserted. */
    long jdbcBatch(Path rowsFile) throws Exception {
        StringBuilder sql = new StringBuilder("INSERT INTO bench_floor_row (");
        for (int i = 1; i <= RowsFile.COLUMNS; i++) {
            sql.append(i > 1 ? ", " : "").append('c').append(i);
        }
        sql.append(") VALUES (").append("?, ".repeat(RowsFile.COLUMNS - 1)).append("?)");
        long[] rows = { 0 };
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement(sql.toString())) {
                RowsFile.read(rowsFile, cells -> {
                    try {
                        for (int i = 0; i < cells.length; i++) {
                            insert.setString(i + 1, cells[i]);
                        }
                        insert.addBatch();
                        if (++rows[0] % BATCH == 0) {
                            insert.executeBatch();
                        }
                    }
                    catch (SQLException ex) {
                        throw new IllegalStateException(ex);
                    }
                });
                insert.executeBatch();
            }
            connection.commit();
            connection.setAutoCommit(true);
        }
        return rows[0];
    }

    /** MySQL only: LOAD DATA LOCAL INFILE of the rows file on a connection that allows it; returns rows loaded. */
    long loadDataInfile(Path rowsFile) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", database.user() == null ? "" : database.user());
        properties.setProperty("password", database.password() == null ? "" : database.password());
        properties.setProperty("allowLoadLocalInfile", "true");
        properties.setProperty("characterEncoding", "UTF-8");
        String path = rowsFile.toAbsolutePath().toString().replace("\\", "/").replace("'", "''");
        try (Connection connection = DriverManager.getConnection(database.url().strip(), properties);
             Statement statement = connection.createStatement()) {
            return statement.executeLargeUpdate("LOAD DATA LOCAL INFILE '" + path + "' INTO TABLE bench_floor_row "
                    + "CHARACTER SET utf8mb4");
        }
    }
}
