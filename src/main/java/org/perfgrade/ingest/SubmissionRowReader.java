package org.perfgrade.ingest;

import java.nio.file.Path;
import java.util.Optional;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Streams the data rows of a submission's archived original. It remembers the last row handed out in the step's
 * execution context, so a restart after a crash resumes right after the last committed chunk.
 */
@Component
@StepScope
class SubmissionRowReader implements ItemStreamReader<SourceRow> {

    private static final String LAST_ROW = "lastRow";

    private final long submissionId;
    private final SubmissionRepository submissions;
    private final OriginalFiles originals;
    private final IngestLimits limits;
    private SpreadsheetFile file;
    private RowCursor cursor;
    private DetectedSheet sheet;
    private int lastRow;

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
            if (lastRow > 0) {
                cursor.skipTo(lastRow);
            }
        }
        catch (FileRejectedException ex) {
            throw new ItemStreamException("无法重新打开已通过检查的文件 " + s.fileName() + "：" + ex.getMessage(), ex);
        }
    }

    /** The sheet being read (header row, column letters), for the step's writer; set once the reader is open. */
    public DetectedSheet sheet() {
        return sheet;
    }

    @Override
    public SourceRow read() throws FileRejectedException {
        Optional<SourceRow> row = cursor.next();
        row.ifPresent(r -> lastRow = r.rowNumber());
        return row.orElse(null);
    }

    @Override
    public void update(ExecutionContext context) {
        context.putInt(LAST_ROW, lastRow);
    }

    @Override
    public void close() {
        if (cursor != null) {
            cursor.close();
        }
        if (file != null) {
            file.close();
        }
    }
}
