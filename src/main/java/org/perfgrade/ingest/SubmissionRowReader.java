package org.perfgrade.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.perfgrade.ingest.header.Column;
import org.perfgrade.ingest.header.DetectedSheet;
import org.perfgrade.ingest.header.HeaderDetector;
import org.perfgrade.ingest.header.RowCursor;
import org.perfgrade.ingest.header.SkippedRow;
import org.perfgrade.ingest.header.SourceRow;
import org.perfgrade.ingest.problem.FileRejectedException;
import org.perfgrade.ingest.receipt.ReceiptRows;
import org.perfgrade.ingest.sheet.SpreadsheetFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Streams the data rows of a submission's archived original. It remembers the last row handed out in the step's
 * execution context, so a restart after a crash resumes right after the last committed chunk. It also keeps each row
 * as the receipt shows it ({@link ReceiptRows}), with the file's committed length in the same context, and records
 * the finished file's length under {@value #RECEIPT_ROWS} (promoted to the job's context) once the sheet is read.
 * <p>
 * The rows passed over as not data (已跳过) wait here until the step's writer records them with the chunk they
 * precede ({@link #takeSkipped()}), in the chunk's transaction; those after the last data row, when the last chunk
 * holds no row, are recorded by {@link #update} in that chunk's transaction. The last row recorded is kept in the
 * context ({@value #SKIPPED_THROUGH}), so a restart never records a row twice.
 */
@Component
@StepScope
public class SubmissionRowReader implements ItemStreamReader<SourceRow> {

    private static final String LAST_ROW = "lastRow";
    private static final String RECEIPT_ROWS_BYTES = "receiptRowsBytes";
    private static final String SKIPPED_THROUGH = "skippedThrough";
    /** The length of the complete receipt rows file (promoted to the job's execution context). */
    public static final String RECEIPT_ROWS = "receiptRows";
    private static final Logger log = LoggerFactory.getLogger(SubmissionRowReader.class);

    private final long submissionId;
    private final SubmissionRepository submissions;
    private final OriginalFiles originals;
    private final IngestLimits limits;
    private SpreadsheetFile file;
    private RowCursor cursor;
    private DetectedSheet sheet;
    private int lastRow;
    private List<Column> receiptColumns;
    private ReceiptRows.Writer receiptRows;
    private boolean ended;
    private final List<SkippedRow> skipped = new ArrayList<>();
    private int skippedThrough;

    SubmissionRowReader(@Value("#{jobParameters['submission']}") Long submissionId, SubmissionRepository submissions,
                        OriginalFiles originals, IngestLimits limits) {
        this.submissionId = submissionId;
        this.submissions = submissions;
        this.originals = originals;
        this.limits = limits;
    }

    @Override
    public void open(ExecutionContext context) {
        SubmissionRepository.Submission s = submissions.find(submissionId);
        Path path = originals.archived(s.sha256(), s.fileName());
        try {
            file = SpreadsheetFile.open(path, limits);
            sheet = new HeaderDetector().detect(file);
            cursor = RowCursor.open(file, sheet);
            lastRow = context.getInt(LAST_ROW, 0);
            skippedThrough = context.getInt(SKIPPED_THROUGH, 0);
            if (lastRow > 0) {
                cursor.skipTo(lastRow);
            }
            receiptColumns = ReceiptRows.columns(sheet);
            receiptRows = openReceiptRows(originals.receiptRows(s.sha256()),
                    lastRow > 0 ? context.getLong(RECEIPT_ROWS_BYTES, -1L) : 0L);
        }
        catch (FileRejectedException ex) {
            throw new ItemStreamException("无法重新打开已通过检查的文件 " + s.fileName() + "：" + ex.getMessage(), ex);
        }
    }

    /**
     * The receipt rows file cut back to the committed length; null (the receipt will parse the original) when that
     * length is unknown or the file is shorter, or it cannot be written.
     */
    private static ReceiptRows.Writer openReceiptRows(Path file, long committed) {
        try {
            if (committed >= 0 && (committed == 0 || Files.isRegularFile(file) && Files.size(file) >= committed)) {
                return new ReceiptRows.Writer(file, committed);
            }
            Files.deleteIfExists(file);
        }
        catch (IOException ex) {
            log.warn("回执行缓存不可用（{}），回执将重新读取原件：{}", file, ex.getMessage());
        }
        return null;
    }

    /** The sheet being read (header row, column letters), for the step's writer; set once the reader is open. */
    public DetectedSheet sheet() {
        return sheet;
    }

    @Override
    public SourceRow read() throws FileRejectedException {
        Optional<SourceRow> row = cursor.next();
        cursor.takeSkipped().stream().filter(r -> r.row() > skippedThrough).forEach(skipped::add);
        if (row.isEmpty()) {
            ended = true;
            return null;
        }
        lastRow = row.get().rowNumber();
        if (receiptRows != null) {
            try {
                receiptRows.add(lastRow, ReceiptRows.values(row.get(), receiptColumns));
            }
            catch (IOException ex) {
                log.warn("回执行缓存写入失败，回执将重新读取原件：{}", ex.getMessage());
                closeReceiptRows();
            }
        }
        return row.get();
    }

    /** The rows passed over as not data since the last call, for the writer to record in the chunk's transaction. */
    List<SkippedRow> takeSkipped() {
        List<SkippedRow> taken = List.copyOf(skipped);
        skipped.clear();
        if (!taken.isEmpty()) {
            skippedThrough = Math.max(skippedThrough, taken.get(taken.size() - 1).row());
        }
        return taken;
    }

    @Override
    public void update(ExecutionContext context) {
        if (ended && !skipped.isEmpty()) {
            // the rows after the last data row, read by a last chunk without rows: no writer call takes them
            submissions.addSkipped(submissionId, takeSkipped());
        }
        context.putInt(LAST_ROW, lastRow);
        context.putInt(SKIPPED_THROUGH, skippedThrough);
        context.remove(RECEIPT_ROWS_BYTES);
        if (receiptRows != null) {
            try {
                long length = receiptRows.flush();
                context.putLong(RECEIPT_ROWS_BYTES, length);
                if (ended) {
                    context.putLong(RECEIPT_ROWS, length);
                }
            }
            catch (IOException ex) {
                log.warn("回执行缓存写入失败，回执将重新读取原件：{}", ex.getMessage());
                closeReceiptRows();
            }
        }
    }

    private void closeReceiptRows() {
        try {
            receiptRows.close();
        }
        catch (IOException ignored) {
            // the file is not used without its committed length
        }
        receiptRows = null;
    }

    @Override
    public void close() {
        if (receiptRows != null) {
            closeReceiptRows();
        }
        if (cursor != null) {
            cursor.close();
        }
        if (file != null) {
            file.close();
        }
    }
}
