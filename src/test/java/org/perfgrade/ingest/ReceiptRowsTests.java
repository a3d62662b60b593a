package org.perfgrade.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfgrade.DatabaseTest;
import org.perfgrade.LedgerTables;
import org.perfgrade.document.DocumentArchive;
import org.perfgrade.ingest.county.CountyHint;
import org.perfgrade.ingest.receipt.ReceiptRows;
import org.perfgrade.ingest.receipt.ReceiptWorkbookWriter;
import org.perfgrade.ledger.LedgerImport;
import org.perfgrade.reference.ReferenceData;
import org.perfgrade.sample.SampleDataset;
import org.perfgrade.sample.SampleFileKind;
import org.perfgrade.sample.SampleSubmissions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * The receipt written from the rows {@code loadRows} kept ({@link ReceiptRows}) is the receipt written from the
 * original, also after a crash in the middle of the rows and a restart, and also when the kept rows are lost; the
 * rows skipped as not data (已跳过) are recorded once across the crash.
 */
@DatabaseTest
class ReceiptRowsTests {

    static final LocalDate AS_OF = LocalDate.of(2021, 6, 10);

    @Autowired
    SubmissionImporter importer;

    @Autowired
    ReferenceData reference;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SubmissionRepository submissions;

    @Autowired
    OriginalFiles originals;

    @Autowired
    IngestLimits limits;

    @Autowired
    DocumentArchive archive;

    @MockitoSpyBean
    LedgerImport ledger;

    @TempDir
    Path inbox;

    Path ledgerFile;

    @BeforeEach
    void writeALedgerOfTwoChunks() throws IOException {
        // about 900 ledger rows in each county: two chunks of 500
        SampleSubmissions samples = SampleSubmissions.withScale(reference, 11, 9_000).withoutDefects();
        samples.writeInbox(inbox, AS_OF);
        SampleDataset dataset = samples.generate();
        String county = reference.county("尉氏县").orElseThrow().code();
        ledgerFile = inbox.resolve("尉氏县").resolve(dataset.fileName(county, SampleFileKind.LEDGER));
        LedgerTables.clear(jdbc);
    }

    @Test
    void givenACrashInTheSecondChunkWhenRestartedThenTheReceiptFromTheKeptRowsIsTheReceiptFromTheOriginal()
            throws Exception {
        // given rows that are not data in each chunk and after the last line, and the second chunk's ledger writes
        // failing once
        List<String> skipped = plantRowsThatAreNotData(ledgerFile);
        failSecondChunkOnce();
        assertThatThrownBy(() -> importer.importFile(ledgerFile, CountyHint.option("尉氏县"), AS_OF, false))
                .isInstanceOf(ImportFailedException.class);
        SubmissionRepository.Submission failed = submissionOf(ledgerFile);
        Path kept = originals.receiptRows(failed.sha256());
        assertThat(kept).as("the first chunk's rows are kept").isNotEmptyFile();
        assertThat(skippedRows(failed.id())).as("the first chunk's skipped row is committed with it")
                .containsExactly(skipped.get(0));

        // when
        ImportReport report = importer.importFile(ledgerFile, CountyHint.option("尉氏县"), AS_OF, false);

        // then
        assertThat(report.status()).isEqualTo(ImportReport.IMPORTED);
        assertThat(report.rows()).as("more than one chunk").isGreaterThan(ImportJobConfiguration.CHUNK_SIZE);
        List<List<String>> receipt = receiptRows(archive.outDir().resolve(report.receipt()));
        assertThat(receipt).hasSize(report.rows());
        assertThat(receipt).isEqualTo(receiptRows(fromOriginal(submissionOf(ledgerFile))));
        assertThat(kept).as("deleted once the receipt is stored").doesNotExist();
        assertThat(skippedRows(failed.id())).as("each skipped row recorded once").isEqualTo(skipped);
        assertThat(report.skipped()).extracting(s -> s.row() + " " + s.reason()).isEqualTo(skipped);
    }

    /**
     * Makes row 100 (first chunk) a 小计 line and row 700 (second chunk) blank, and adds a 填报人 line below a blank
     * row after the last line; returns the rows to be listed as skipped (“row reason”).
     */
    private static List<String> plantRowsThatAreNotData(Path file) throws IOException {
        int last;
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            Row subtotal = sheet.getRow(99);
            for (int c = subtotal.getLastCellNum() - 1; c >= 0; c--) {
                if (subtotal.getCell(c) != null) {
                    subtotal.removeCell(subtotal.getCell(c));
                }
            }
            subtotal.createCell(0).setCellValue("小计");
            sheet.removeRow(sheet.getRow(699));
            last = sheet.getLastRowNum();
            sheet.createRow(last + 2).createCell(0).setCellValue("填报人：张三");
            try (java.io.OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        return List.of("100 小计行", "700 空行", (last + 3) + " 表尾（填报人）");
    }

    private List<String> skippedRows(long submission) {
        return jdbc.sql("SELECT row_no, reason FROM skipped_row WHERE submission_id = :id ORDER BY row_no")
                .param("id", submission).query((rs, n) -> rs.getInt(1) + " " + rs.getString(2)).list();
    }

    @Test
    void givenTheKeptRowsLostAfterACrashWhenRestartedThenTheReceiptIsReadFromTheOriginal() throws Exception {
        // given a crash in the second chunk, and the kept rows deleted
        failSecondChunkOnce();
        assertThatThrownBy(() -> importer.importFile(ledgerFile, CountyHint.option("尉氏县"), AS_OF, false))
                .isInstanceOf(ImportFailedException.class);
        Files.delete(originals.receiptRows(submissionOf(ledgerFile).sha256()));

        // when
        ImportReport report = importer.importFile(ledgerFile, CountyHint.option("尉氏县"), AS_OF, false);

        // then every row once, as the original has it
        List<List<String>> receipt = receiptRows(archive.outDir().resolve(report.receipt()));
        assertThat(receipt).hasSize(report.rows());
        assertThat(receipt).isEqualTo(receiptRows(fromOriginal(submissionOf(ledgerFile))));
    }

    private void failSecondChunkOnce() {
        AtomicInteger calls = new AtomicInteger();
        doAnswer(invocation -> {
            if (calls.incrementAndGet() == 2) {
                throw new IllegalStateException("模拟故障：数据库连接中断");
            }
            return invocation.callRealMethod();
        }).when(ledger).applyLedgerRows(any(), any());
    }

    private SubmissionRepository.Submission submissionOf(Path file) throws IOException {
        String sha = originals.keep(file).sha256();
        return submissions.findBySha(sha).orElseThrow();
    }

    /** The receipt of the submission as written from its original, for comparison. */
    private Path fromOriginal(SubmissionRepository.Submission submission) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ReceiptWorkbookWriter(submission, submissions.problems(submission.id()), List.of(), false, null,
                originals.archived(submission.sha256(), submission.fileName()), null, limits).write(out);
        Path file = inbox.resolve("from-original.xlsx");
        Files.write(file, out.toByteArray());
        return file;
    }

    /** The cells of the 逐行回执 sheet below its header, as text. */
    private static List<List<String>> receiptRows(Path receipt) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        DataFormatter text = new DataFormatter();
        try (InputStream in = Files.newInputStream(receipt); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheet("逐行回执");
            for (Row row : sheet) {
                if (row.getRowNum() == 0) {
                    continue;
                }
                List<String> cells = new ArrayList<>();
                row.forEach(cell -> cells.add(text.formatCellValue(cell)));
                rows.add(cells);
            }
        }
        return rows;
    }
}
