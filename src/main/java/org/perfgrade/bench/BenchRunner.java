package org.perfgrade.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.perfgrade.WorkspaceProperties;
import org.perfgrade.document.ArchivedDocument;
import org.perfgrade.document.DocumentRequest;
import org.perfgrade.reference.ReferenceData;

import org.springframework.stereotype.Service;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * 性能基准 ({@code perfgrade bench}): generates about N enterprise lines over the configured counties, then measures
 * every stage of the pipeline — import (the real import job, validation included), snapshot, the improvement-list
 * and emergency-list workbooks, the improvement-list PDF, the filing package — each after an untimed warm-up pass, at least once (three
 * times by default, median reported), and beside each its floor: the fastest bare way to do the same I/O, on the
 * same data in the same JVM, and the filing package of every A/B enterprise of the data.
 */
@Service
public class BenchRunner {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final ReferenceData reference;
    private final BenchStages stages;
    private final DataSource dataSource;
    private final Clock clock;
    private final Path workDir;

    BenchRunner(ReferenceData reference, BenchStages stages, DataSource dataSource, Clock clock,
                WorkspaceProperties workspace) {
        this.workDir = workspace.dataDir().resolve("bench-work");
        this.reference = reference;
        this.stages = stages;
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** Runs the benchmark; {@code progress} gets a line per step (for stderr). */
    public BenchReport run(BenchOptions options, Consumer<String> progress) throws Exception {
        String db = database();
        stages.database().checkOnlyBenchData(db);
        LocalDate asOf = businessDate();
        Files.createDirectories(workDir);
        List<String> notes = new ArrayList<>();
        try {
            if (options.warmupLines() > 0) {
                progress.accept("预热：生成约 " + options.warmupLines() + " 行并运行每个阶段一次（不计时）…");
                Path dir = workDir.resolve("warmup");
                BenchInbox warm = BenchInbox.prepare(reference, options.warmupLines(), options.seed() + 1, asOf, dir);
                new BenchPass(stages, warm, asOf, options, dir).run(1);
                warm.delete();
            }
            progress.accept("生成约 " + options.lines() + " 行基准数据 …");
            Path dir = workDir.resolve("data");
            BenchInbox inbox = BenchInbox.prepare(reference, options.lines(), options.seed(), asOf, dir);
            progress.accept("生成 " + inbox.ledgerLines() + " 条台账行、" + inbox.planLines() + " 条提升企业清单行，共 "
                    + inbox.files().size() + " 个文件；逐阶段测量 " + options.repetitions() + " 次 …");
            BenchPass pass = new BenchPass(stages, inbox, asOf, options, dir).run(options.repetitions());
            notes.addAll(pass.notes());
            pass.results().stream().filter(s -> !s.withinTarget()).forEach(s -> notes.add(
                    s.stage() + " 的倍数 " + s.ratio() + " 超出目标 ≤ " + s.target()));
            BenchReport report = new BenchReport(inbox.ledgerLines(), db, options.repetitions(),
                    options.warmupLines(), pass.results(), pass.floors(), machine(), notes);
            inbox.delete();
            return report;
        }
        finally {
            deleteTree(workDir);
        }
    }

    /** Writes {@code bench/bench.json} through the archive (manifest kind {@value BenchReport#KIND}). */
    public ArchivedDocument store(BenchReport report) {
        DocumentRequest request = DocumentRequest.cityWide(BenchReport.KIND, businessDate(), "bench/bench.json");
        return stages.archive().store(request, out -> out.write(JSON.writeValueAsBytes(report)));
    }

    /**
     * Today (in the configured zone): every generated line is then listed in the ledger by the business date, so
     * every list holds all of them.
     */
    private LocalDate businessDate() {
        return LocalDate.now(clock);
    }

    private String database() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            return meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
        }
    }

    private static BenchReport.Machine machine() {
        Runtime runtime = Runtime.getRuntime();
        return new BenchReport.Machine(runtime.availableProcessors(), System.getProperty("java.vm.name") + " "
                + System.getProperty("java.runtime.version"), runtime.maxMemory() / 1048576,
                ManagementFactory.getRuntimeMXBean().getInputArguments(),
                System.getProperty("os.name") + " " + System.getProperty("os.arch"));
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
