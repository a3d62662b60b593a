package org.perfgrade.reliability;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfgrade.RunsOnEachDatabase;
import org.perfgrade.TestDatabase;
import org.perfgrade.cli.CliEnvironment;
import org.perfgrade.cli.ExitCodes;
import org.perfgrade.cli.PerfgradeMain;
import org.perfgrade.reference.ConfigFiles;
import org.perfgrade.reference.ReferenceData;
import org.perfgrade.reference.ReferenceDataReader;
import org.perfgrade.sample.SampleDataset;
import org.perfgrade.sample.SampleFileKind;
import org.perfgrade.sample.SampleSubmissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The database unreachable when a command starts, and gone for a moment in the middle of the nightly run (a TCP
 * proxy between perfgrade and MariaDB, cut): a clear Chinese message and exit code 1, the run marked failed, and the
 * next run of the date continuing from the failed step to the same result as an undisturbed run.
 */
@RunsOnEachDatabase
class DatabaseOutageTests {

    private static final LocalDate DAY = LocalDate.of(2021, 9, 27);

    @TempDir
    Path dir;

    private record Run(int exitCode, String out, String err) {
    }

    private Run cli(Map<String, Object> properties, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = PerfgradeMain.run(args, new CliEnvironment(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of(), properties));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Map<String, Object> workspace(String url, String user, String password) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("perfgrade.data-dir", dir.resolve("data").toString());
        properties.put("perfgrade.out-dir", dir.resolve("out").toString());
        properties.put("perfgrade.db.url", url);
        properties.put("perfgrade.db.user", user);
        properties.put("perfgrade.db.password", password);
        return properties;
    }

    @Test
    void anUnreachableDatabaseAtStartIsAClearFailureAndWritesNothing() throws Exception {
        // given a database server that does not answer (a closed port)
        int closed;
        try (var socket = new java.net.ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        String url = TestDatabase.isMysql() ? "jdbc:mysql://127.0.0.1:" + closed + "/perfgrade?connectTimeout=2000"
                : "jdbc:h2:tcp://127.0.0.1:" + closed + "/perfgrade";
        Files.createDirectories(dir.resolve("inbox"));
        // when the nightly run starts
        Run run = cli(workspace(url, "root", ""), "nightly", "--as-of", DAY.toString(), "--inbox",
                dir.resolve("inbox").toString());
        // then
        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(run.err()).contains("无法连接数据库", "127.0.0.1:" + closed, "PERFGRADE_DB_URL");
        assertThat(run.out()).isEmpty();
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void theDatabaseGoingAwayInTheMiddleFailsTheRunWhichThenContinuesFromTheFailedStep() throws Exception {
        assumeTrue(TestDatabase.isMysql(), "the embedded H2 database cannot go away on its own; a TCP proxy cuts MariaDB");
        // given the inbox of every county, and MariaDB reached through a proxy
        ReferenceData reference = new ReferenceDataReader(new ConfigFiles(List.of(
                Files.createDirectories(dir.resolve("no-config"))))).read();
        SampleSubmissions samples = SampleSubmissions.withScale(reference, 31, 80);
        List<Path> files = samples.writeInbox(dir.resolve("inbox"), DAY);
        SampleDataset dataset = samples.generate();
        try (TestDatabase database = TestDatabase.create();
             TcpProxy proxy = proxyTo(database)) {
            URI server = URI.create(database.url().substring(5));
            String viaProxy = database.url().replace(":" + server.getPort() + "/", ":" + proxy.port() + "/");
            Map<String, Object> properties = workspace(viaProxy, database.user(), database.password());
            String[] nightly = { "nightly", "--as-of", DAY.toString(), "--inbox", dir.resolve("inbox").toString() };
            // when the connection is cut while the fourth file is imported, and back a second later
            CompletableFuture<Run> running = CompletableFuture.supplyAsync(() -> cli(properties, nightly));
            try (Connection direct = DriverManager.getConnection(database.url(), database.user(),
                    database.password())) {
                long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
                while (count(direct, "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '"
                        + database.mysqlSchema() + "' AND table_name = 'submission'") == 0
                        || count(direct, "SELECT COUNT(*) FROM submission") < 4) {
                    assertThat(System.nanoTime()).as("the run reached the fourth file").isLessThan(end);
                    assertThat(running).isNotDone();
                    Thread.sleep(10);
                }
                proxy.cut();
                Thread.sleep(1000);
                proxy.resume();
                Run failed = running.get(3, TimeUnit.MINUTES);
                // then: a clear failure, the run marked failed — or UNKNOWN when even its failure could not be rolled
                // back, which the next run treats as failed — and not left running
                assertThat(failed.exitCode()).as(failed.err()).isEqualTo(ExitCodes.FAILURE);
                assertThat(failed.err()).contains("夜间作业", "失败", "从失败的步骤继续");
                assertThat(text(direct, "SELECT e.STATUS FROM BATCH_JOB_EXECUTION e JOIN BATCH_JOB_INSTANCE i "
                        + "ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID WHERE i.JOB_NAME = 'nightlyJob' "
                        + "ORDER BY e.JOB_EXECUTION_ID DESC LIMIT 1")).as(failed.err())
                        .isIn("FAILED", "UNKNOWN");

                // when the date runs again
                Run again = cli(properties, nightly);
                // then it continues and ends as an undisturbed run would
                assertThat(again.exitCode()).as(again.err()).isZero();
                assertThat(again.err()).contains("继续第1次运行中未完成的步骤");
                assertThat(count(direct, "SELECT COUNT(*) FROM submission WHERE status IN ('IMPORTED', 'PARTIAL')"))
                        .isEqualTo(files.size());
                long cleanLedgerLines = dataset.ledgerLines().size() + dataset.defects().stream()
                        .filter(d -> d.fileKind() == SampleFileKind.LEDGER && d.warning()).count();
                assertThat(count(direct, "SELECT COUNT(*) FROM ledger_line WHERE retired_on IS NULL"))
                        .isEqualTo(cleanLedgerLines);
                assertThat(count(direct, "SELECT COUNT(*) FROM snapshot")).isEqualTo(1);
                assertThat(count(direct, "SELECT COUNT(*) FROM BATCH_JOB_EXECUTION WHERE STATUS IN ('STARTING', "
                        + "'STARTED')")).isZero();
            }
        }
    }

    private static TcpProxy proxyTo(TestDatabase database) {
        URI server = URI.create(database.url().substring(5));
        return new TcpProxy(server.getHost(), server.getPort());
    }

    private static String text(Connection connection, String sql) throws Exception {
        try (var statement = connection.createStatement(); var rs = statement.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private static long count(Connection connection, String sql) throws Exception {
        try (var statement = connection.createStatement(); var rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
