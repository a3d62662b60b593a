package org.perfgrade.filing;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfgrade.DatabaseTest;
import org.perfgrade.ledger.LedgerImport;
import org.perfgrade.batch.FilingKey;
import org.perfgrade.batch.RunDateJobKeys;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.init.ScriptUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 业务日期改名 (V19, V20): a filing run recorded while the job still called its business date "asOf" — failed, to be
 * restarted — is continued in its own job instance after the migrations, not started over as a new one.
 */
@DatabaseTest
class FilingRunDateMigrationTests {

    @Autowired
    FilingRunner runner;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LedgerImport ledger;

    @Autowired
    JobRepository jobRepository;

    @Autowired
    DataSource dataSource;

    @TempDir
    Path materials;

    @BeforeEach
    void load() throws IOException {
        FilingFixtures data = new FilingFixtures(jdbc, ledger);
        data.load();
        data.materials(materials);
    }

    @Test
    void aFailedRunRecordedUnderTheOldNameRestartsInItsOwnInstance() throws Exception {
        // given: revision 1 of a request as the runner recorded it before the rename, failed in its first step
        FilingRequest request = new FilingRequest(FilingFixtures.AS_OF, 1, true);
        JobParameters old = new JobParametersBuilder()
                .addLocalDate("asOf", request.asOf())
                .addLong(FilingKey.BATCH, 1L)
                .addString(FilingKey.ALLOW_INCOMPLETE, "true")
                .addLong(FilingKey.REVISION, 1L)
                .addString(FilingKey.MATERIALS, materials.toString(), false)
                .addString(FilingKey.WORK_ROOT, "unused", false)
                .toJobParameters();
        JobInstance instance = jobRepository.createJobInstance(FilingKey.JOB, old);
        JobExecution failed = jobRepository.createJobExecution(instance, old, new ExecutionContext());
        StepExecution collect = jobRepository.createStepExecution("collect", failed);
        collect.setStatus(BatchStatus.FAILED);
        collect.setExitStatus(ExitStatus.FAILED);
        jobRepository.update(collect);
        failed.setStatus(BatchStatus.FAILED);
        failed.setExitStatus(ExitStatus.FAILED);
        failed.setEndTime(java.time.LocalDateTime.now());
        jobRepository.update(failed);
        long instances = filingInstances();
        // when: the migrations run over it, then the same request runs again
        int rekeyed;
        try (Connection connection = dataSource.getConnection()) {
            ScriptUtils.executeSqlScript(connection, new ClassPathResource("sql/V19__business_date_is_run_date.sql"));
            rekeyed = RunDateJobKeys.rekey(connection, FilingKey.JOB);
        }
        FilingOutcome outcome = runner.run(request, materials);
        // then: the old run's parameters carry the new name, and its instance is the one that completed
        assertThat(rekeyed).isEqualTo(1);
        assertThat(jdbc.sql("SELECT PARAMETER_NAME FROM BATCH_JOB_EXECUTION_PARAMS WHERE JOB_EXECUTION_ID = :id "
                        + "AND PARAMETER_TYPE = 'java.time.LocalDate'")
                .param("id", failed.getId()).query(String.class).single()).isEqualTo(FilingKey.RUN_DATE);
        assertThat(outcome.status()).as(outcome.message()).isEqualTo(FilingOutcome.COMPLETED);
        JobExecution restarted = jobRepository.getJobExecution(outcome.jobExecutionId());
        assertThat(restarted.getJobInstance().getInstanceId()).isEqualTo(instance.getInstanceId());
        assertThat(filingInstances()).as("no new instance").isEqualTo(instances);
    }

    @Test
    void bothMigrationsRanWhenTheSchemaWasMade() {
        // when
        var applied = jdbc.sql("SELECT version FROM flyway_schema_history WHERE success = TRUE AND version IN "
                + "('19', '20') ORDER BY installed_rank").query(String.class).list();
        // then: the SQL rename and the Java re-keying (a Spring bean Flyway runs)
        assertThat(applied).containsExactly("19", "20");
    }

    private long filingInstances() {
        return jdbc.sql("SELECT COUNT(*) FROM BATCH_JOB_INSTANCE WHERE JOB_NAME = 'filingJob'").query(Long.class)
                .single();
    }
}
