package org.perfgrade.ingest.receipt;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfgrade.ingest.SubmissionStatus;
import org.perfgrade.ingest.IngestFixtures;
import org.perfgrade.ingest.IngestLimits;
import org.perfgrade.ingest.SubmissionRepository;
import org.perfgrade.ingest.header.SkippedRow;
import org.perfgrade.ingest.problem.Problem;
import org.perfgrade.ingest.problem.ProblemCode;

/**
 * The receipt's sheets read back with POI: a correction's 原文 and 读取为 in 逐行回执, the 已跳过 rows with their
 * reasons, and the 说明 sheet explaining every problem code — corrections as taken, or refused in strict mode.
 */
class ReceiptWorkbookWriterTests {

    @TempDir
    Path dir;

    private static final Problem PLANNED_DATE = new Problem(ProblemCode.R30_PLANNED_DATE_READ, "Sheet1", 4, "L",
            "拟完成时间", "8月底", "L4 拟完成时间“8月底”按 2021-08-31 读取。", "8月底", "2021-08-31", null);
    private static final Problem CHECK_CHARACTER = new Problem(ProblemCode.R10_CREDIT_CODE_CHECK, "Sheet1", 5,
            null, null, null, "第 5 行：统一社会信用代码校验位不符，请核实。");

    private XSSFWorkbook receipt(boolean strict) throws Exception {
        List<List<Object>> data = List.of(IngestFixtures.improvementRow(1, "开封甲铸造有限公司", "8月底"),
                IngestFixtures.improvementRow(2, "开封乙铸造有限公司", "2021年9月30日"),
                List.of("填报人：张三"));
        Path original = IngestFixtures.write(dir.resolve("附件2.xlsx"),
                IngestFixtures.improvementSheet(IngestFixtures.IMPROVEMENT_HEADERS, data));
        SubmissionRepository.Submission submission = new SubmissionRepository.Submission(1, "0".repeat(64),
                "附件2.xlsx", "410225", "IMPROVEMENT", SubmissionStatus.IMPORTED, 2, 2, 0, 2, null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ReceiptWorkbookWriter(submission, List.of(PLANNED_DATE, CHECK_CHARACTER),
                List.of(new SkippedRow("Sheet1", 6, "表尾（填报人）")), strict, null, original, null,
                IngestLimits.defaults()).write(out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    private static List<List<String>> cells(Sheet sheet) {
        DataFormatter text = new DataFormatter();
        List<List<String>> rows = new ArrayList<>();
        for (Row row : sheet) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < row.getLastCellNum(); c++) {
                cells.add(row.getCell(c) == null ? "" : text.formatCellValue(row.getCell(c)));
            }
            rows.add(cells);
        }
        return rows;
    }

    /** Code → [类别, 含义, 怎么办] from the table of the 说明 sheet. */
    private static Map<String, List<String>> notes(Sheet sheet) {
        Map<String, List<String>> notes = new LinkedHashMap<>();
        for (List<String> row : cells(sheet)) {
            if (row.size() == 4 && row.get(0).matches("[FR]\\d\\d")) {
                notes.put(row.get(0), row.subList(1, 4));
            }
        }
        return notes;
    }

    @Test
    void aCorrectionShowsTheOriginalTextAndTheValueReadBesideTheRow() throws Exception {
        // given a receipt with a planned-date correction on row 4 and a plain warning on row 5
        try (XSSFWorkbook workbook = receipt(false)) {
            // when the rows sheet is read back
            List<List<String>> rows = cells(workbook.getSheet("逐行回执"));
            // then 原文 and 读取为 stand before 状态 and 问题说明
            List<String> header = rows.get(0);
            int original = header.indexOf("原文");
            assertThat(header.subList(original, header.size())).containsExactly("原文", "读取为", "状态", "问题说明");
            assertThat(rows.get(1).get(0)).isEqualTo("4");
            assertThat(rows.get(1).get(original)).isEqualTo("拟完成时间：8月底");
            assertThat(rows.get(1).get(original + 1)).isEqualTo("拟完成时间：2021-08-31");
            assertThat(rows.get(1).get(original + 2)).isEqualTo("已接收（有提示）");
            assertThat(rows.get(1).get(original + 3)).isEqualTo("[R30] L4 拟完成时间“8月底”按 2021-08-31 读取。");
            // and a warning that is no correction leaves them empty
            assertThat(rows.get(2).get(0)).isEqualTo("5");
            assertThat(rows.get(2).get(original)).isEmpty();
            assertThat(rows.get(2).get(original + 1)).isEmpty();
            assertThat(rows).hasSize(3);
        }
    }

    @Test
    void theSkippedRowsAreListedWithTheirReasonAndCountedInTheSummary() throws Exception {
        // given a receipt with one footer skipped
        try (XSSFWorkbook workbook = receipt(false)) {
            // when read back
            List<List<String>> skipped = cells(workbook.getSheet("已跳过"));
            List<List<String>> summary = cells(workbook.getSheet("汇总"));
            // then
            assertThat(skipped).containsExactly(List.of("工作表", "行号", "原因"), List.of("Sheet1", "6", "表尾（填报人）"));
            assertThat(summary).anySatisfy(row -> assertThat(String.join("", row)).startsWith("跳过行数1（"));
            assertThat(workbook.getSheetName(0)).isEqualTo("汇总");
            assertThat(workbook.getSheetName(3)).isEqualTo("说明");
        }
    }

    @Test
    void theNotesSheetExplainsEveryCodeAndTellsThatCorrectionsWereTakenAsRead() throws Exception {
        // given a receipt in the default mode
        try (XSSFWorkbook workbook = receipt(false)) {
            // when its notes are read back
            Map<String, List<String>> notes = notes(workbook.getSheet("说明"));
            // then every code is there with a meaning and what to do
            assertThat(notes.keySet()).containsExactlyElementsOf(
                    java.util.Arrays.stream(ProblemCode.values()).map(ProblemCode::code).toList());
            assertThat(notes.values()).allSatisfy(note -> assertThat(note).doesNotContain(""));
            // and each correction R26–R32 was taken as read, while R33 is an error
            for (String code : List.of("R26", "R28", "R29", "R30", "R31", "R32")) {
                assertThat(notes.get(code).get(0)).as(code).isEqualTo("更正：已按读取结果接收");
                assertThat(notes.get(code).get(2)).as(code).isEqualTo("已按读取结果接收，如读取有误请改正后重新报送。");
            }
            assertThat(notes.get("R27").get(2)).contains("补填重点行业分支");
            assertThat(notes.get("R33").get(0)).isEqualTo("错误：该行未接收");
            assertThat(notes.get("R33").get(2)).contains("联系市生态环境局");
            assertThat(cells(workbook.getSheet("说明"))).anySatisfy(row -> assertThat(String.join("", row))
                    .contains("也可以要求各县（区）自行改正不规范的写法").contains("均已按读取结果录入"));
        }
    }

    @Test
    void inStrictModeTheNotesSayTheCorrectionsWereRefused() throws Exception {
        // given a receipt written under the city's strict choice
        try (XSSFWorkbook workbook = receipt(true)) {
            // when its notes are read back
            Map<String, List<String>> notes = notes(workbook.getSheet("说明"));
            // then corrections are errors there, and the paragraph says so
            assertThat(notes.get("R30").get(0)).contains("按错误处理", "未接收");
            assertThat(notes.get("R30").get(2)).isEqualTo("请改正写法后重新报送。");
            assertThat(notes.get("R10").get(0)).isEqualTo("提示：该行已接收");
            assertThat(cells(workbook.getSheet("说明"))).anySatisfy(row -> assertThat(String.join("", row))
                    .contains("市生态环境局要求各县（区）自行改正不规范的写法"));
        }
    }

    @Test
    void noteTextsAreInPlainChineseWithoutTheSettingName() {
        // given / when the notes of both modes
        List<String> texts = new ArrayList<>(ReceiptNotes.paragraphs(true));
        texts.addAll(ReceiptNotes.paragraphs(false));
        ReceiptNotes.notes(true).forEach(n -> texts.addAll(List.of(n.kind(), n.meaning(), n.action())));
        // then no setting name reaches the county
        assertThat(texts).noneMatch(t -> t.contains("perfgrade") || t.contains("strict"));
    }

    @Test
    void aFileRefusedWholeHasNoRowsSheet() throws Exception {
        // given a submission refused whole, with no rows read
        SubmissionRepository.Submission refused = new SubmissionRepository.Submission(2, "1".repeat(64), "坏.xlsx",
                null, null, SubmissionStatus.REJECTED, 0, 0, 0, 0, "文件已损坏");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ReceiptWorkbookWriter(refused, List.of(Problem.ofFile(ProblemCode.F02_CORRUPT, "文件已损坏。")), List.of(),
                false, null, dir.resolve("坏.xlsx"), null, IngestLimits.defaults()).write(out);
        // when read back, then 汇总 and 说明 only
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
            assertThat(workbook.getSheetName(1)).isEqualTo("说明");
        }
    }
}
