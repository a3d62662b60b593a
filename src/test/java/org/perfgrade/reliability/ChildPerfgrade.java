package org.perfgrade.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.perfgrade.TestDatabase;

/**
 * The real command line in a child JVM, for faults an in-process test cannot make: {@code kill -9} in the middle of
 * a job, a heap of 256 MiB. The child works in its own folder ({@code ./data}, {@code ./out}, {@code ./inbox}) on
 * the database under test: the embedded H2 file database there, or a fresh MySQL/MariaDB schema passed as
 * {@code PERFGRADE_DB_URL}. Its stdout and stderr go to files, so a test can watch its progress.
 */
final class ChildPerfgrade implements AutoCloseable {

    /** A finished run. */
    record Result(int exitCode, String out, String err) {
    }

    private final Path dir;
    private final TestDatabase database;
    private final List<String> jvmOptions = new ArrayList<>();
    private final AtomicInteger runs = new AtomicInteger();
    private String databaseUrl;

    private ChildPerfgrade(Path dir, TestDatabase database) {
        this.dir = dir;
        this.database = database;
        this.databaseUrl = database == null ? null : database.url();
    }

    /** A child on the database under test (H2 file database in the folder, or a new MySQL schema). */
    static ChildPerfgrade in(Path dir) {
        return new ChildPerfgrade(dir, TestDatabase.isMysql() ? TestDatabase.create() : null);
    }

    /** A child on the embedded H2 database, whatever the pass. */
    static ChildPerfgrade onH2(Path dir) {
        return new ChildPerfgrade(dir, null);
    }

    ChildPerfgrade jvm(String... options) {
        jvmOptions.addAll(List.of(options));
        return this;
    }

    /** Points the child at another database URL (e.g. through a proxy); null for the embedded one. */
    ChildPerfgrade databaseUrl(String url) {
        this.databaseUrl = url;
        return this;
    }

    Path dir() {
        return dir;
    }

    Path out() {
        return dir.resolve("out");
    }

    /** Starts a command; its stdout and stderr go to {@code run-N.out} / {@code run-N.err} in the folder. */
    Running start(String... args) {
        int n = runs.incrementAndGet();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of("-Djava.awt.headless=true", "-Dfile.encoding=UTF-8", "-Duser.timezone=Asia/Shanghai",
                "-XX:TieredStopAtLevel=1", "-Xshare:auto"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.perfgrade.cli.PerfgradeMain"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(dir.resolve("run-" + n + ".out").toFile())
                .redirectError(dir.resolve("run-" + n + ".err").toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(k -> k.startsWith("PERFGRADE_"));
        if (databaseUrl != null) {
            env.put("PERFGRADE_DB_URL", databaseUrl);
            env.put("PERFGRADE_DB_USER", database.user());
            env.put("PERFGRADE_DB_PASSWORD", database.password());
        }
        try {
            Files.createDirectories(dir);
            return new Running(builder.start(), dir.resolve("run-" + n + ".out"), dir.resolve("run-" + n + ".err"));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** Runs a command to its end. */
    Result run(Duration timeout, String... args) {
        return start(args).await(timeout);
    }

    /** A connection to the child's database, for checking what it left (close it before the child runs again). */
    Connection connect() throws SQLException {
        if (database != null) {
            return DriverManager.getConnection(database.url(), database.user(), database.password());
        }
        return DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("data").resolve("perfgrade").toAbsolutePath()
                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", "sa", "");
    }

    long count(String sql) throws SQLException {
        try (Connection c = connect(); var s = c.createStatement(); var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Override
    public void close() {
        if (database != null) {
            database.close();
        }
    }

    /** A started child. */
    record Running(Process process, Path outFile, Path errFile) {

        String err() {
            return read(errFile);
        }

        /** Waits until the condition holds (polled), or fails when the child ends first or the time runs out. */
        void awaitUntil(Duration timeout, String what, Check condition) {
            long end = System.nanoTime() + timeout.toNanos();
            try {
                while (System.nanoTime() < end) {
                    if (condition.holds()) {
                        return;
                    }
                    if (!process.isAlive()) {
                        throw new AssertionError("the child ended (exit " + process.exitValue() + ") before " + what
                                + ":\n" + err());
                    }
                    Thread.sleep(20);
                }
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
            catch (Exception ex) {
                throw new AssertionError("while waiting for " + what + ": " + ex, ex);
            }
            process.destroyForcibly();
            throw new AssertionError("timed out waiting for " + what + ":\n" + err());
        }

        /** kill -9. */
        void kill() {
            process.destroyForcibly();
            try {
                process.waitFor(30, TimeUnit.SECONDS);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
        }

        Result await(Duration timeout) {
            try {
                if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly();
                    throw new AssertionError("the child did not end within " + timeout + ":\n" + err());
                }
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw new AssertionError(ex);
            }
            return new Result(process.exitValue(), read(outFile), read(errFile));
        }

        private static String read(Path file) {
            try {
                return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
            }
            catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }
    }

    /** A condition checked while waiting. */
    @FunctionalInterface
    interface Check {
        boolean holds() throws Exception;
    }
}
