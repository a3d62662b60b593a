package org.perfgrade.batch;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

import org.springframework.batch.core.job.DefaultJobKeyGenerator;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.stereotype.Component;

/**
 * Flyway V20, 业务日期改名后的作业键: after V19 renamed filingJob's identifying "asOf" to "runDate", each filingJob
 * instance's key (BATCH_JOB_INSTANCE.JOB_KEY, Spring Batch's MD5 over the identifying names and values) is computed
 * again from its first execution's parameters, so that running the same request again finds — and restarts — the run
 * recorded before the rename instead of starting a new one.
 */
@Component
public class RunDateJobKeys implements JavaMigration {

    private static final String PARAMETERS = """
            SELECT i.JOB_INSTANCE_ID, p.PARAMETER_NAME, p.PARAMETER_TYPE, p.PARAMETER_VALUE
            FROM BATCH_JOB_INSTANCE i
            JOIN BATCH_JOB_EXECUTION e ON e.JOB_INSTANCE_ID = i.JOB_INSTANCE_ID
            JOIN BATCH_JOB_EXECUTION_PARAMS p ON p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID
            WHERE i.JOB_NAME = ? AND p.IDENTIFYING = 'Y'
              AND e.JOB_EXECUTION_ID = (SELECT MIN(f.JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION f
                                        WHERE f.JOB_INSTANCE_ID = i.JOB_INSTANCE_ID)
            ORDER BY i.JOB_INSTANCE_ID""";

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("20");
    }

    @Override
    public String getDescription() {
        return "run date job keys";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        rekey(context.getConnection(), FilingKey.JOB);
    }

    /** Recomputes the key of every instance of the job; how many keys changed. */
    public static int rekey(Connection connection, String jobName) throws SQLException {
        Map<Long, JobParametersBuilder> instances = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement(PARAMETERS)) {
            select.setString(1, jobName);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    JobParametersBuilder builder = instances.computeIfAbsent(rows.getLong(1),
                            id -> new JobParametersBuilder());
                    add(builder, rows.getString(2), rows.getString(3), rows.getString(4));
                }
            }
        }
        int changed = 0;
        DefaultJobKeyGenerator keys = new DefaultJobKeyGenerator();
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE BATCH_JOB_INSTANCE SET JOB_KEY = ? WHERE JOB_INSTANCE_ID = ? AND JOB_KEY <> ?")) {
            for (Map.Entry<Long, JobParametersBuilder> instance : instances.entrySet()) {
                String key = keys.generateKey(instance.getValue().toJobParameters());
                update.setString(1, key);
                update.setLong(2, instance.getKey());
                update.setString(3, key);
                changed += update.executeUpdate();
            }
        }
        return changed;
    }

    private static void add(JobParametersBuilder builder, String name, String type, String value) {
        switch (type) {
            case "java.time.LocalDate" -> builder.addLocalDate(name, LocalDate.parse(value));
            case "java.lang.Long" -> builder.addLong(name, Long.valueOf(value));
            case "java.lang.Double" -> builder.addDouble(name, Double.valueOf(value));
            case "java.lang.String" -> builder.addString(name, value);
            default -> throw new IllegalStateException("作业参数 " + name + " 的类型 " + type + " 无法重算作业键");
        }
    }
}
