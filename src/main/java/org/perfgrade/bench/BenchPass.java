package org.perfgrade.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.perfgrade.document.xlsx.CellSpool;
import org.perfgrade.ingest.ImportReport;
import org.perfgrade.report.EmergencyListWorkbook;
import org.perfgrade.report.ImprovementListReport;
import org.perfgrade.report.ImprovementListRow;
import org.perfgrade.report.ImprovementListWorkbook;

/**
 * 一轮测量: every stage of the pipeline on one generated data set, each repetition of a stage followed by its
 * floor on the same data, so that stage and floor see the same machine load.
 */
final class BenchPass {

    private final BenchStages stages;
    private final BenchInbox inbox;
    private final LocalDate asOf;
    private final BenchOptions options;
    private final Path scratch;
    private final List<StageResult> results = new ArrayList<>();
    private final List<FloorResult> floors = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    BenchPass(BenchStages stages, BenchInbox inbox, LocalDate asOf, BenchOptions options, Path scratch) {
        this.stages = stages;
        this.inbox = inbox;
        this.asOf = asOf;
        this.options = options;
        this.scratch = scratch;
    }

    List<StageResult> results() {
        return results;
    }

    List<FloorResult> floors() {
        return floors;
    }

    List<String> notes() {
        return notes;
    }

    BenchPass run(int repetitions) throws Exception {
        importStage(repetitions);
        snapshotStage(repetitions);
        improvementListXlsx(repetitions);
        emergencyListXlsx(repetitions);
        improvementListPdf(repetitions);
        filingPackage(repetitions);
        return this;
    }

    private void importStage(int repetitions) throws Exception {
        Measurement importing = new Measurement();
        Measurement reading = new Measurement();
        Measurement loading = new Measurement();
        Measurement infile = new Measurement();
        List<Path> files = inbox.files().stream().map(BenchInbox.CountyFile::file).toList();
        DatabaseLoadFloor load = stages.load();
        String infileProblem = null;
        for (int r = 0; r < repetitions; r++) {
            stages.database().clear();
            importing.time(this::importAll);
            reading.time(() -> XlsxReadFloor.countCells(files));
            load.clear();
            loading.time(() -> load.jdbcBatch(inbox.rowsFile()));
            check("数据库写入下限", loading.lastCount(), inbox.rows());
            if (load.mysql() && infileProblem == null) {
                load.clear();
                try {
                    infile.time(() -> load.loadDataInfile(inbox.rowsFile()));
                }
                catch (java.sql.SQLException ex) {
                    infileProblem = ex.getMessage();
                }
            }
            load.clear();
        }
        long cells = reading.lastCount();
        floors.add(FloorResult.of("xlsx-read", XlsxReadFloor.TOOL, inbox.rows(), cells, reading));
        floors.add(FloorResult.of("db-load-jdbc", DatabaseLoadFloor.JDBC_TOOL, inbox.rows(), cells, loading));
        if (load.mysql()) {
            if (infileProblem == null) {
                floors.add(FloorResult.of("db-load-infile", DatabaseLoadFloor.INFILE_TOOL, inbox.rows(), cells,
                        infile));
            } else {
                notes.add("LOAD DATA LOCAL INFILE 未测：" + infileProblem);
            }
        }
        results.add(StageResult.of("import", inbox.rows(), importing, new Measurement[] { reading, loading }, 2.0,
                "xlsx-read + db-load-jdbc"));
    }

    /**
     * Imports the inbox county by county side by side (the partitioned import job), checks that every line was
     * accepted; returns rows read.
     */
    private long importAll() {
        long rows = 0;
        long ledger = 0;
        long plans = 0;
        List<ImportReport> reports = stages.importer().importInbox(inbox.inbox(), asOf, BenchDatabase.SOURCE, false);
        check("导入的文件", reports.size(), inbox.files().size());
        for (ImportReport report : reports) {
            if (ImportReport.REJECTED.equals(report.status())) {
                throw new IllegalStateException("基准数据 " + report.file() + " 被拒收：" + report.errors());
            }
            rows += report.rows();
            if ("ledger".equals(report.kind())) {
                ledger += report.accepted();
            } else {
                plans += report.accepted();
            }
        }
        check("导入的台账行", ledger, inbox.ledgerLines());
        check("导入的提升企业清单行", plans, inbox.planLines());
        check("读取的数据行", rows, inbox.rows());
        return rows;
    }

    private void snapshotStage(int repetitions) throws Exception {
        Measurement snapshot = new Measurement();
        for (int r = 0; r < repetitions; r++) {
            snapshot.time(() -> stages.snapshots().run(asOf).counties().size());
        }
        results.add(StageResult.of("snapshot", inbox.ledgerLines(), snapshot, new Measurement[0], null,
                "（无下限；目标：100 万行 ≤ 10 s）"));
    }

    private void improvementListXlsx(int repetitions) throws Exception {
        try (CellSpool cells = stages.improvementCells(asOf)) {
            long rows = cells.rows();
            check("附件2 行", rows, inbox.planLines());
            Measurement stage = new Measurement();
            Measurement floor = new Measurement();
            Path bare = scratch.resolve("floor-improvement-list.xlsx");
            for (int r = 0; r < repetitions; r++) {
                stage.time(() -> Files.size(stages.outDir().resolve(stages.improvementXlsx(asOf).path())));
                floor.time(() -> XlsxWriteFloor.write(bare, ImprovementListWorkbook.HEADERS, cells.read()));
            }
            floors.add(FloorResult.of("xlsx-write-improvement", XlsxWriteFloor.TOOL, rows,
                    rows * ImprovementListWorkbook.HEADERS.size(), floor));
            results.add(StageResult.of("improvement-list-xlsx", rows, stage, new Measurement[] { floor }, 1.5,
                    "xlsx-write-improvement"));
        }
    }

    private void emergencyListXlsx(int repetitions) throws Exception {
        try (CellSpool cells = stages.emergencyCells(asOf)) {
            long rows = cells.rows();
            check("应急减排清单行", rows, inbox.ledgerLines());
            Measurement stage = new Measurement();
            Measurement floor = new Measurement();
            Path bare = scratch.resolve("floor-emergency-list.xlsx");
            for (int r = 0; r < repetitions; r++) {
                stage.time(() -> Files.size(stages.outDir().resolve(stages.emergencyXlsx(asOf).path())));
                floor.time(() -> XlsxWriteFloor.write(bare, EmergencyListWorkbook.HEADERS, cells.read()));
            }
            floors.add(FloorResult.of("xlsx-write-emergency", XlsxWriteFloor.TOOL, rows,
                    rows * EmergencyListWorkbook.HEADERS.size(), floor));
            results.add(StageResult.of("emergency-list-xlsx", rows, stage, new Measurement[] { floor }, 1.5,
                    "xlsx-write-emergency"));
        }
    }

    private void improvementListPdf(int repetitions) throws Exception {
        List<ImprovementListRow> rows = stages.improvementRows(asOf, options.pdfLines());
        Measurement stage = new Measurement();
        Measurement floor = new Measurement();
        Path bare = scratch.resolve("floor-improvement-list.pdf");
        PdfFont font = stages.tableFont();
        for (int r = 0; r < repetitions; r++) {
            stage.time(() -> Files.size(stages.outDir().resolve(stages.improvementPdf(asOf, rows.size()).path())));
            floor.time(() -> PdfFloor.write(bare, font.bytes(), font.name(), ImprovementListReport.columnWidths(),
                    ImprovementListWorkbook.HEADERS, rows, ImprovementListReport::texts));
        }
        floors.add(FloorResult.of("pdf-improvement", PdfFloor.TOOL, rows.size(),
                rows.size() * (long) ImprovementListWorkbook.HEADERS.size(), floor));
        results.add(StageResult.of("improvement-list-pdf", rows.size(), stage, new Measurement[] { floor }, 3.0,
                "pdf-improvement"));
    }

    /**
     * The filing package the issue measures, for about {@value BenchInbox#FILING_ENTERPRISES} enterprises: the review
     * batch the generated data was steered to hold that many filed enterprises, or every batch when the data has no
     * more (no floor: the issue sets none).
     */
    private void filingPackage(int repetitions) throws Exception {
        Integer batch = inbox.filingBatch();
        long enterprises = stages.filingEnterprises(asOf, batch);
        String scope = batch == null ? "全部批次" : "第" + batch + "批";
        Measurement stage = new Measurement();
        Path materials = Files.createDirectories(scratch.resolve("materials"));
        try {
            for (int r = 0; r < repetitions; r++) {
                stage.time(() -> stages.filingPackage(asOf, batch, materials));
            }
        }
        catch (IllegalStateException ex) {
            // a package that cannot be made at this scale is a finding, not a reason to lose the other stages
            notes.add("报省备案材料包阶段失败（" + scope + "，" + enterprises + " 家企业）：" + ex.getMessage());
            return;
        }
        results.add(StageResult.of("filing-package", enterprises, stage, new Measurement[0], null,
                "（无下限；lines 为材料包中的企业数，" + scope + "）"));
    }

    private static void check(String what, long actual, long expected) {
        if (actual != expected) {
            throw new IllegalStateException("基准自检失败：" + what + "应为 " + expected + "，实为 " + actual);
        }
    }

    /** The 表格 role's font file, for the PDF floor. */
    record PdfFont(String name, byte[] bytes) {
    }
}
