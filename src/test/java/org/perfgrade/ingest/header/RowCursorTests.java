package org.perfgrade.ingest.header;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.perfgrade.ingest.IngestFixtures;
import org.perfgrade.ingest.IngestLimits;
import org.perfgrade.ingest.SubmissionKind;
import org.perfgrade.ingest.problem.FileRejectedException;
import org.perfgrade.ingest.problem.ProblemCode;
import org.perfgrade.ingest.sheet.SpreadsheetFile;

class RowCursorTests {

    @TempDir
    Path dir;

    private Path list(String name, int rows) {
        List<List<Object>> data = new ArrayList<>();
        for (int i = 1; i <= rows; i++) {
            data.add(IngestFixtures.improvementRow(i, "开封第" + i + "铸造有限公司", "2021年9月"));
        }
        return IngestFixtures.write(dir.resolve(name), IngestFixtures.improvementSheet(
                IngestFixtures.IMPROVEMENT_HEADERS, data));
    }

    private static List<Integer> rowNumbers(RowCursor cursor) throws FileRejectedException {
        List<Integer> numbers = new ArrayList<>();
        for (Optional<SourceRow> row = cursor.next(); row.isPresent(); row = cursor.next()) {
            numbers.add(row.get().rowNumber());
        }
        return numbers;
    }

    @Test
    void resumesAfterTheLastRowOfTheFirstRun() throws FileRejectedException {
        // given a list of 10 rows read up to row 7 (the 4th data row), then closed
        Path file = list("续读.xlsx", 10);
        DetectedSheet sheet = IngestFixtures.detect(file);
        int stoppedAt;
        try (RowCursor first = RowCursor.open(file, sheet, IngestLimits.defaults())) {
            assertThat(first.lastRowNumber()).isEqualTo(3);
            for (int i = 0; i < 4; i++) {
                first.next().orElseThrow();
            }
            stoppedAt = first.lastRowNumber();
        }
        // when a new cursor skips to that row
        try (RowCursor second = RowCursor.open(file, sheet, IngestLimits.defaults())) {
            second.skipTo(stoppedAt);
            // then it goes on with the next row
            assertThat(stoppedAt).isEqualTo(7);
            assertThat(rowNumbers(second)).containsExactly(8, 9, 10, 11, 12, 13);
            assertThat(second.lastRowNumber()).isEqualTo(13);
        }
    }

    @Test
    void skippingPastTheEndLeavesNothing() throws FileRejectedException {
        // given a list of 3 rows
        Path file = list("短表.xlsx", 3);
        DetectedSheet sheet = IngestFixtures.detect(file);
        try (RowCursor cursor = RowCursor.open(file, sheet, IngestLimits.defaults())) {
            // when skipping beyond its end
            cursor.skipTo(100);
            // then no row is left
            assertThat(cursor.next()).isEmpty();
        }
    }

    @Test
    void refusesMoreDataRowsThanTheLimit() throws FileRejectedException {
        // given 8 data rows and a limit of 5
        Path file = list("超行.xlsx", 8);
        DetectedSheet sheet = IngestFixtures.detect(file);
        try (RowCursor cursor = RowCursor.open(file, sheet, IngestLimits.defaults().withMaxRows(5))) {
            for (int i = 0; i < 5; i++) {
                cursor.next().orElseThrow();
            }
            // when the sixth is read, then F06 names the row
            assertThatThrownBy(cursor::next).isInstanceOfSatisfying(FileRejectedException.class, ex -> {
                assertThat(ex.problem().code()).isEqualTo(ProblemCode.F06_TOO_MANY_ROWS);
                assertThat(ex.problem().row()).isEqualTo(9);
                assertThat(ex.getMessage()).contains("超行.xlsx", "5 行");
            });
        }
    }

    @Test
    void passesOverBlankRowsColumnNumbersPrefilledCellsAndNotes() throws FileRejectedException {
        // given a column-number row, a blank row, a row with only 省辖市/县、区, a 注 block and a 填报人 line
        List<List<Object>> data = new ArrayList<>();
        data.add(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13));
        data.add(IngestFixtures.improvementRow(1, "开封甲铸造有限公司", "2021年9月"));
        data.add(null);
        data.add(Arrays.asList(null, "开封市", "兰考县"));
        data.add(IngestFixtures.improvementRow(2, "", "2021年9月"));
        data.add(List.of("注：1.重点行业类型及重点行业分支，应严格对照技术指南填报。"));
        data.add(Arrays.asList(null, "填报人：张三", null, null, "联系电话：0371-12345678"));
        Path file = IngestFixtures.write(dir.resolve("杂行.xlsx"), IngestFixtures.improvementSheet(
                IngestFixtures.IMPROVEMENT_HEADERS, data));
        // when read
        List<SourceRow> rows = IngestFixtures.readAll(file);
        // then the two enterprise rows come back (the one without a name too: that is the validator's finding)
        assertThat(rows).extracting(SourceRow::rowNumber).containsExactly(5, 8);
        assertThat(rows.get(1).text(Column.ENTERPRISE_NAME)).isEmpty();
        assertThat(rows.get(1).text(Column.INDUSTRY)).isEqualTo("铸造");
    }

    @Test
    void countsTheValuesOfTheCountyColumn() throws FileRejectedException {
        // given rows from 兰考县 and two from 杞县
        List<List<Object>> data = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            List<Object> row = new ArrayList<>(IngestFixtures.improvementRow(i, "企业" + i, "2021年9月"));
            row.set(2, i <= 2 ? "杞县" : " 兰考县 ");
            data.add(row);
        }
        Path file = IngestFixtures.write(dir.resolve("计数.xlsx"), IngestFixtures.improvementSheet(
                IngestFixtures.IMPROVEMENT_HEADERS, data));
        // when counted
        try (SpreadsheetFile spreadsheet = SpreadsheetFile.open(file, IngestLimits.defaults())) {
            DetectedSheet sheet = new HeaderDetector().detect(spreadsheet);
            Map<String, Long> counts = RowCursor.countyColumnCounts(spreadsheet, sheet);
            // then trimmed values with their counts
            assertThat(counts).containsExactly(Map.entry("杞县", 2L), Map.entry("兰考县", 3L));
        }
    }

    @Test
    void streamsALargeXlsxRowByRow() throws IOException, FileRejectedException {
        // given a ledger of 10,000 rows (the reading path is fastexcel's pull stream; memory and speed are shown by
        // the benchmark, never by a unit test)
        streamsALedgerOf(10_000);
    }

    @Test
    @EnabledIfSystemProperty(named = "perfgrade.test.big", matches = "true")
    void streamsALedgerOf100000Rows() throws IOException, FileRejectedException {
        // given a ledger of 100,000 rows (over 10 s on a busy machine: run with -Dperfgrade.test.big=true)
        streamsALedgerOf(100_000);
    }

    private void streamsALedgerOf(int rows) throws IOException, FileRejectedException {
        // written with SXSSF
        Path file = dir.resolve("大台账.xlsx");
        List<String> headers = List.of("序号", "统一社会信用代码", "企业名称", "县、区", "重点行业类型", "重点行业分支",
                "绩效级别", "排污许可证编号");
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100);
             OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("清单台账");
            sheet.createRow(0).createCell(0).setCellValue("兰考县重点行业绩效分级清单台账");
            Row header = sheet.createRow(1);
            for (int i = 0; i < headers.size(); i++) {
                header.createCell(i).setCellValue(headers.get(i));
            }
            for (int r = 0; r < rows; r++) {
                Row row = sheet.createRow(r + 2);
                row.createCell(0).setCellValue(r + 1);
                row.createCell(1).setCellValue("91410225MA" + String.format("%08d", r));
                row.createCell(2).setCellValue("开封第" + r + "号企业有限公司");
                row.createCell(3).setCellValue("兰考县");
                row.createCell(4).setCellValue("铸造");
                row.createCell(5).setCellValue("黑色金属铸造");
                row.createCell(6).setCellValue("C");
                row.createCell(7).setCellValue("91410225MA" + r + "001P");
            }
            workbook.write(out);
        }
        // when every row is pulled through the cursor
        DetectedSheet sheet = IngestFixtures.detect(file);
        long count = 0;
        int last = 0;
        try (RowCursor cursor = RowCursor.open(file, sheet, IngestLimits.defaults())) {
            for (Optional<SourceRow> row = cursor.next(); row.isPresent(); row = cursor.next()) {
                count++;
                last = row.get().rowNumber();
            }
        }
        // then all come back, numbered as in Excel
        assertThat(sheet.kind()).isEqualTo(SubmissionKind.LEDGER);
        assertThat(count).isEqualTo(rows);
        assertThat(last).isEqualTo(rows + 2);
    }
}
