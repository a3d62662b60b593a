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

    @Test
    void correctionsAreSummedUpByCodeWithTheFirstExampleAndSkippedRowsByReason() {
        // given a file with two grade corrections, a date correction, an error and two skipped rows
        ImportReport report = new ImportReport("兰考县提升企业清单.xls", 7L, "兰考县", "improvement", ImportReport.IMPORTED,
                4, 3, 1, 3, List.of(
                        new ImportReport.Entry("warning", "Sheet1", 5, "H", "R28", "H5 绩效现状“B级企业”按“B”读取",
                                "B级企业", "B"),
                        new ImportReport.Entry("warning", "Sheet1", 6, "H", "R28", "H6 绩效现状“Ｃ”按“C”读取", "Ｃ", "C"),
                        new ImportReport.Entry("warning", "Sheet1", 5, "L", "R30",
                                "L5 拟完成时间“8月底”按 2021-08-31 读取", "8月底", "2021-08-31"),
                        new ImportReport.Entry("warning", "Sheet1", 7, "B", "R10", "B7 校验位不符", null, null),
                        new ImportReport.Entry("error", "Sheet1", 8, "D", "R01", "D8 企业名称为空", null, null)),
                List.of(new ImportReport.Skipped("Sheet1", 9, "合计行"),
                        new ImportReport.Skipped("Sheet1", 10, "空行（第10至11行）")), null, null);
        // when
        List<String> lines = ImportReports.corrections(report, "  ");
        // then one line per correction code with its count and first example, and one for the skipped rows
        assertThat(lines).containsExactly("  [更正 R28 ×2] 例：H5 绩效现状“B级企业”按“B”读取",
                "  [更正 R30 ×1] 例：L5 拟完成时间“8月底”按 2021-08-31 读取", "  [已跳过 2 行] 合计行、空行");
    }
}
