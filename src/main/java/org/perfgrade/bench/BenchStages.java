package org.perfgrade.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.perfgrade.DatabaseProperties;
import org.perfgrade.document.ArchivedDocument;
import org.perfgrade.document.DocumentArchive;
import org.perfgrade.document.DocumentFonts;
import org.perfgrade.document.FontRole;
import org.perfgrade.document.xlsx.CellSpool;
import org.perfgrade.filing.FilingOutcome;
import org.perfgrade.filing.FilingRequest;
import org.perfgrade.filing.FilingRunner;
import org.perfgrade.ingest.IntakeTables;
import org.perfgrade.ingest.PartitionedInboxImport;
import org.perfgrade.ledger.facts.GuaranteeType;
import org.perfgrade.ledger.LedgerTables;
import org.perfgrade.ledger.ReviewBatches;
import org.perfgrade.ledger.asof.GradedLines;
import org.perfgrade.reference.Deadline;
import org.perfgrade.report.EmergencyListQuery;
import org.perfgrade.report.EmergencyListWorkbook;
import org.perfgrade.report.ImprovementListQuery;
import org.perfgrade.report.ImprovementListReport;
import org.perfgrade.report.ImprovementListRow;
import org.perfgrade.report.ImprovementListWorkbook;
import org.perfgrade.snapshot.SnapshotRunner;

import org.springframework.stereotype.Component;

/** 被测阶段: the real stages the benchmark drives (the same beans the nightly run uses) and its own helpers. */
@Component
class BenchStages {

    private final PartitionedInboxImport importer;
    private final SnapshotRunner snapshots;
    private final ImprovementListQuery improvementQuery;
    private final ImprovementListWorkbook improvementXlsx;
    private final ImprovementListReport improvementPdf;
    private final EmergencyListQuery emergencyQuery;
    private final EmergencyListWorkbook emergencyXlsx;
    private final DocumentArchive archive;
    private final DocumentFonts fonts;
    private final BenchDatabase database;
    private final DatabaseLoadFloor load;
    private final FilingRunner filing;
    private final GradedLines gradedLines;
    private final ReviewBatches reviewBatches;

    BenchStages(PartitionedInboxImport importer, SnapshotRunner snapshots, ImprovementListQuery improvementQuery,
                ImprovementListWorkbook improvementXlsx, ImprovementListReport improvementPdf,
                EmergencyListQuery emergencyQuery, EmergencyListWorkbook emergencyXlsx, DocumentArchive archive,
                DocumentFonts fonts, IntakeTables intakeTables, LedgerTables ledgerTables, GradedLines gradedLines,
                DataSource dataSource, DatabaseProperties databaseProperties, FilingRunner filing,
                ReviewBatches reviewBatches) {
        this.filing = filing;
        this.reviewBatches = reviewBatches;
        this.gradedLines = gradedLines;
        this.importer = importer;
        this.snapshots = snapshots;
        this.improvementQuery = improvementQuery;
        this.improvementXlsx = improvementXlsx;
        this.improvementPdf = improvementPdf;
        this.emergencyQuery = emergencyQuery;
        this.emergencyXlsx = emergencyXlsx;
        this.archive = archive;
        this.fonts = fonts;
        this.database = new BenchDatabase(intakeTables, ledgerTables);
        this.load = new DatabaseLoadFloor(dataSource, databaseProperties);
    }

    PartitionedInboxImport importer() {
        return importer;
    }

    SnapshotRunner snapshots() {
        return snapshots;
    }

    BenchDatabase database() {
        return database;
    }

    DatabaseLoadFloor load() {
        return load;
    }

    DocumentArchive archive() {
        return archive;
    }

    Path outDir() {
        return archive.outDir();
    }

    /**
     * The cells of 附件2 as the workbook holds them, streamed from the query into a temporary file (the write floor
     * reads them from there, so that a million rows need not fit in the heap); the caller closes it.
     */
    CellSpool improvementCells(LocalDate asOf) {
        CellSpool spool = new CellSpool(ImprovementListWorkbook.HEADERS.size());
        try {
            improvementQuery.forEach(asOf, null, row -> spool.add(ImprovementListWorkbook.cells(row)));
        }
        catch (RuntimeException ex) {
            closeQuietly(spool, ex);
            throw ex;
        }
        return spool;
    }

    /** As {@link #improvementCells} for the 应急减排清单. */
    CellSpool emergencyCells(LocalDate asOf) {
        CellSpool spool = new CellSpool(EmergencyListWorkbook.HEADERS.size());
        try {
            emergencyQuery.forEach(asOf, null, row -> spool.add(EmergencyListWorkbook.cells(row)));
        }
        catch (RuntimeException ex) {
            closeQuietly(spool, ex);
            throw ex;
        }
        return spool;
    }

    /** The first {@code limit} rows of 附件2 in document order (the PDF stage renders no more). */
    List<ImprovementListRow> improvementRows(LocalDate asOf, int limit) {
        return improvementQuery.rows(asOf, null, limit);
    }

    ArchivedDocument improvementXlsx(LocalDate asOf) {
        return improvementXlsx.render(asOf, null);
    }

    ArchivedDocument emergencyXlsx(LocalDate asOf) {
        return emergencyXlsx.render(asOf, null);
    }

    ArchivedDocument improvementPdf(LocalDate asOf, int lines) {
        return improvementPdf.render(asOf, null, lines);
    }

    /**
     * 报省备案材料包 of a review batch (null: all batches) on the date (gaps allowed: the sample has no expert opinions
     * or scans), the scanned materials taken from {@code materials}; returns the ZIP's size.
     */
    long filingPackage(LocalDate asOf, Integer batch, Path materials) throws IOException {
        FilingOutcome outcome = filing.run(new FilingRequest(asOf, batch, true), materials);
        if (!outcome.completed()) {
            throw new IllegalStateException("报省备案材料包未生成：" + outcome.message());
        }
        return Files.size(outcome.packagePath());
    }

    /**
     * The enterprises a filing package of the batch (null: all) lists: those with a line graded A、B（含B-）or 引领性 on
     * the date whose review batch ({@link ReviewBatches}) is the package's.
     */
    long filingEnterprises(LocalDate asOf, Integer batch) {
        Set<Long> enterprises = new HashSet<>();
        gradedLines.abClass(asOf, line -> {
            String guarantee = line.guaranteeType();
            if (batch == null || reviewBatches.batch(line.industry(), guarantee == null || guarantee.isBlank() ? null
                    : GuaranteeType.valueOf(guarantee)).map(Deadline::batch).orElse(-1).equals(batch)) {
                enterprises.add(line.enterpriseId());
            }
        });
        return enterprises.size();
    }

    private static void closeQuietly(CellSpool spool, RuntimeException failure) {
        try {
            spool.close();
        }
        catch (IOException ex) {
            failure.addSuppressed(ex);
        }
    }

    /** The regular face of the 表格 (宋体) role, as the reports embed it. */
    BenchPass.PdfFont tableFont() throws IOException {
        String file = fonts.roleFamilies().get(FontRole.TABLE.ordinal()).getNormalFace().getTtf();
        Path path = Path.of(file);
        if (Files.isRegularFile(path)) {
            return new BenchPass.PdfFont(path.getFileName().toString(), Files.readAllBytes(path));
        }
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(file)) {
            if (in == null) {
                throw new IOException("找不到表格字体文件 " + file);
            }
            return new BenchPass.PdfFont(Path.of(file).getFileName().toString(), in.readAllBytes());
        }
    }
}
