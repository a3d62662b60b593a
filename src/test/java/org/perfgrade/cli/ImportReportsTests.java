package org.perfgrade.cli;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.perfgrade.ingest.ImportReport;

import static org.assertj.core.api.Assertions.assertThat;

/** The import report printed for people cannot be rewritten by a hostile file name. */
class ImportReportsTests {

    @Test
    void controlCharactersOfAFileNameArePrintedAsQuestionMarks() {
        // given a file whose name carries a bell, a terminal colour escape and a line break that forges a report line
        ImportReport report = new ImportReport("inbox/兰考县/清单\u0007\u001b[31m.xlsx\n/x.xlsx：兰考县，已导入", 1L,
                "兰考县", "improvement", ImportReport.IMPORTED, 2, 2, 0, 0, List.of(), List.of(), null, null);
        // when
        List<String> lines = ImportReports.lines(List.of(report));
        // then one line, without control characters
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0)).doesNotContainPattern("\\p{Cntrl}").startsWith("inbox/兰考县/清单??[31m.xlsx?/x.xlsx");
    }
}
