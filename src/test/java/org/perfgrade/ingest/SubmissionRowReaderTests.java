package org.perfgrade.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfgrade.ingest.header.SkippedRow;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * The reader's part in recording skipped rows: the rows after the last data row, read by a last chunk that holds
 * no row, are recorded when the chunk's state is saved, and a run restarted from that saved state does not record
 * them again.
 */
class SubmissionRowReaderTests {

    @TempDir
    Path dir;

    @Test
    void theRowsAfterTheLastDataRowAreRecordedOnceAlsoWhenTheStepRunsAgainFromItsSavedState() throws Exception {
        // given a list whose only rows below the header are a 合计 line and a 填报人 line
        List<List<Object>> data = new ArrayList<>();
        data.add(List.of("合计：0家"));
        data.add(List.of("填报人：张三"));
        Path file = IngestFixtures.write(dir.resolve("附件2.xlsx"),
                IngestFixtures.improvementSheet(IngestFixtures.IMPROVEMENT_HEADERS, data));
        SubmissionRepository submissions = mock(SubmissionRepository.class);
        when(submissions.find(7L)).thenReturn(new SubmissionRepository.Submission(7, "a".repeat(64), "附件2.xlsx",
                "410225", "IMPROVEMENT", SubmissionStatus.RECEIVED, 0, 0, 0, 0, null));
        OriginalFiles originals = mock(OriginalFiles.class);
        when(originals.archived("a".repeat(64), "附件2.xlsx")).thenReturn(file);
        when(originals.receiptRows("a".repeat(64))).thenReturn(dir.resolve("rows.bin"));
        ExecutionContext context = new ExecutionContext();
        // when the step reads to the end and saves its state (no chunk write: no data row)
        SubmissionRowReader first = new SubmissionRowReader(7L, submissions, originals, IngestLimits.defaults());
        first.open(context);
        assertThat(first.read()).isNull();
        first.update(context);
        first.close();
        // then both rows are recorded
        verify(submissions).addSkipped(7L, List.of(new SkippedRow("Sheet1", 4, "合计行"),
                new SkippedRow("Sheet1", 5, "表尾（填报人）")));
        // and when the step runs again from that state (a crash before the step was marked complete)
        SubmissionRowReader again = new SubmissionRowReader(7L, submissions, originals, IngestLimits.defaults());
        again.open(context);
        assertThat(again.read()).isNull();
        again.update(context);
        again.close();
        // then nothing is recorded a second time
        verify(submissions).addSkipped(anyLong(), anyList());
    }
}
