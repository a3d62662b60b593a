package org.perfgrade.ingest.header;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.perfgrade.ingest.IngestFixtures;
import org.perfgrade.ingest.IngestLimits;
import org.perfgrade.ingest.problem.FileRejectedException;

/**
 * Reading rule 8 through {@link RowCursor} and {@link DataRowFilter}, in .xlsx and .xls: footers, subtotals, the
 * header printed again, column numbers and blank rows are passed over with their reason; an enterprise whose name
 * starts with 合计, and a row that has a credit code, are data; blank rows after the last data row are not listed.
 */
class DataRowFilterTests {

    static final String CREDIT_CODE = "91410225MA44XXXX1P";

    @TempDir
    Path dir;

    /** 附件2 headers with the optional credit-code column last (column N). */
    private static List<String> headers() {
        List<String> headers = new ArrayList<>(IngestFixtures.IMPROVEMENT_HEADERS);
        headers.add("统一社会信用代码");
        return headers;
    }

    private static List<Object> numbers() {
        List<Object> numbers = new ArrayList<>();
        for (int i = 1; i <= 14; i++) {
            numbers.add(i);
        }
        return numbers;
    }

    private static List<Object> cells(Object... values) {
        return Arrays.asList(values);
    }

    /** Rows 4 … 26 of a county list that mixes data with every kind of row that is not data. */
    private Path mixedList(String extension) {
        List<List<Object>> data = new ArrayList<>();
        data.add(numbers());                                                              // 4
        data.add(IngestFixtures.improvementRow(1, "开封甲铸造有限公司", "2021年9月"));          // 5
        data.add(null);                                                                   // 6
        data.add(cells(" ", "\u3000"));                                                   // 7
        data.add(IngestFixtures.improvementRow(2, "开封乙铸造有限公司", "2021年9月"));          // 8
        data.add(cells("合计", null, null, "2家"));                                         // 9
        List<Object> namedSubtotal = new ArrayList<>(IngestFixtures.improvementRow(3, "合计化工有限公司", "2021年9月"));
        namedSubtotal.set(0, null);
        namedSubtotal.set(1, null);
        namedSubtotal.set(2, null);
        data.add(namedSubtotal);                                                          // 10
        List<Object> coded = new ArrayList<>(Arrays.asList(new Object[14]));
        coded.set(0, "填报人：李四");
        coded.set(13, CREDIT_CODE);
        data.add(coded);                                                                  // 11
        data.add(new ArrayList<>(headers()));                                             // 12
        data.add(numbers());                                                              // 13
        data.add(cells(6, "开封市", "兰考县"));                                              // 14
        data.add(IngestFixtures.improvementRow(4, "开封丁铸造有限公司", "2021年9月"));          // 15
        data.add(cells("小计：3家"));                                                       // 16
        data.add(cells("注：1.按县（区）、行业类型排序。"));                                     // 17
        data.add(null);                                                                   // 18
        data.add(cells(null, "填报人：张三", null, null, "联系电话：0371-12345678"));             // 19
        data.add(cells("审核人：王五"));                                                     // 20
        data.add(cells("制表：赵六"));                                                       // 21
        data.add(cells("总  计"));                                                         // 22
        data.add(cells(" "));                                                             // 23
        data.add(cells("", ""));                                                          // 24
        data.add(cells(7, "开封市", "兰考县"));                                              // 25
        return IngestFixtures.write(dir.resolve("杂行" + extension),
                IngestFixtures.improvementSheet(headers(), data));
    }

    private static List<Integer> read(RowCursor cursor, List<SkippedRow> skipped) throws FileRejectedException {
        List<Integer> numbers = new ArrayList<>();
        for (Optional<SourceRow> row = cursor.next(); row.isPresent(); row = cursor.next()) {
            numbers.add(row.get().rowNumber());
            skipped.addAll(cursor.takeSkipped());
        }
        skipped.addAll(cursor.takeSkipped());
        return numbers;
    }

    private static List<String> listed(List<SkippedRow> skipped) {
        return skipped.stream().map(s -> s.row() + " " + s.reason()).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = { ".xlsx", ".xls" })
    void rowsThatAreNotDataArePassedOverWithTheirReasonAndTrailingBlankRowsAreNotListed(String extension)
            throws FileRejectedException {
        // given a list mixing data rows with footers, subtotals, a repeated header, column numbers and blank rows
        Path file = mixedList(extension);
        DetectedSheet sheet = IngestFixtures.detect(file);
        List<SkippedRow> skipped = new ArrayList<>();
        // when read
        List<Integer> data;
        try (RowCursor cursor = RowCursor.open(file, sheet, IngestLimits.defaults())) {
            data = read(cursor, skipped);
        }
        // then the enterprise named 合计…有限公司 and the footer-like row with a credit code are data
        assertThat(data).containsExactly(5, 8, 10, 11, 15);
        // and every other row is listed once, in order, with its reason; the blank rows 18, 23, 24 and the
        // pre-filled row 25 after the last data row are not
        assertThat(skipped).allSatisfy(s -> assertThat(s.sheet()).isEqualTo("Sheet1"));
        assertThat(listed(skipped)).containsExactly(
                "4 列序号行",
                "6 空行（第6至7行）",
                "9 合计行",
                "12 重复的表头行（分页打印）",
                "13 列序号行",
                "14 空行（仅有序号、省辖市、县区等预填内容）",
                "16 小计行",
                "17 表尾（注）",
                "19 表尾（填报人）",
                "20 表尾（审核人）",
                "21 表尾（制表）",
                "22 总计行");
    }

    @ParameterizedTest
    @ValueSource(strings = { ".xlsx", ".xls" })
    void aRestartAfterADataRowListsOnlyTheRowsPassedOverAfterIt(String extension) throws FileRejectedException {
        // given the same list, read again after row 8 (a restart after a committed chunk)
        Path file = mixedList(extension);
        DetectedSheet sheet = IngestFixtures.detect(file);
        List<SkippedRow> skipped = new ArrayList<>();
        List<Integer> data;
        try (RowCursor cursor = RowCursor.open(file, sheet, IngestLimits.defaults())) {
            // when it skips to row 8 and reads on
            cursor.skipTo(8);
            data = read(cursor, skipped);
        }
        // then rows 4 and 6 (before row 8) are not listed again; the rest are, once
        assertThat(data).containsExactly(10, 11, 15);
        assertThat(listed(skipped)).first().isEqualTo("9 合计行");
        assertThat(listed(skipped)).hasSize(10).doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @ValueSource(strings = { ".xlsx", ".xls" })
    void aFooterAfterASequenceNumberOrWithACreditCodeIsData(String extension) throws FileRejectedException {
        // given a 合计 row whose first cell is a 序号, a 注塑 enterprise, and a 联系电话 row with a credit code
        List<List<Object>> data = new ArrayList<>();
        data.add(cells(1, null, null, "合计"));
        List<Object> moulding = new ArrayList<>(IngestFixtures.improvementRow(2, "注塑车间", "2021年9月"));
        moulding.set(0, null);
        moulding.set(1, null);
        moulding.set(2, null);
        data.add(moulding);
        List<Object> coded = new ArrayList<>(Arrays.asList(new Object[14]));
        coded.set(0, "联系电话：0371-12345678");
        coded.set(13, CREDIT_CODE);
        data.add(coded);
        Path file = IngestFixtures.write(dir.resolve("数据" + extension),
                IngestFixtures.improvementSheet(headers(), data));
        // when read
        List<SkippedRow> skipped = new ArrayList<>();
        List<Integer> rows;
        try (RowCursor cursor = RowCursor.open(file, IngestFixtures.detect(file), IngestLimits.defaults())) {
            rows = read(cursor, skipped);
        }
        // then all three are data rows (the validators say what is wrong with them), none is skipped
        assertThat(rows).containsExactly(4, 5, 6);
        assertThat(skipped).isEmpty();
    }
}
