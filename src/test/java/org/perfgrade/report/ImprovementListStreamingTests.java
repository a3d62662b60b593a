package org.perfgrade.report;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfgrade.document.xlsx.WorkbookStamp;

import static org.assertj.core.api.Assertions.assertThat;

/** The streaming writer on a big list: 100,000 lines, read back with a streaming reader. */
class ImprovementListStreamingTests {

    static final int LINES = 100_000;

    @TempDir
    Path dir;

    /** {@code LINES} synthetic lines with texts of realistic length. */
    static List<ImprovementListRow> bigList(int lines) {
        List<ImprovementListRow> rows = new ArrayList<>(lines);
        String problem = "废气收集效率不足，无组织排放控制措施不到位，监测监控设施未联网。".repeat(3);
        String measure = "实施全密闭改造，新建RTO焚烧装置，安装CEMS在线监测并与生态环境部门联网，完善台账记录。".repeat(3);
        for (int i = 1; i <= lines; i++) {
            rows.add(new ImprovementListRow(i, "开封市", "兰考县", "兰考县第" + i + "号示范企业有限公司", "家具制造",
                    null, i % 7 == 0 ? ImprovementListQuery.UNGRADED : "C", "B", "VOCs治理：第" + (i % 97) + "项",
                    i == 5 ? "=1+1" : problem, measure, LocalDate.of(2021, 12, 31), "同时涉及工业涂装", i, i, "411025"));
        }
        return rows;
    }

    @Test
    void aHundredThousandLinesStreamOut() throws Exception {
        // given
        List<ImprovementListRow> rows = bigList(LINES);
        Path file = dir.resolve("big.xlsx");
        // when
        try (OutputStream out = Files.newOutputStream(file)) {
            ImprovementListWorkbook.write(out, WorkbookStamp.inDefaultZone(), LocalDate.of(2021, 8, 16), rows,
                    "开封市环境污染防治攻坚战领导小组办公室");
        }
        // then
        try (ReadableWorkbook book = new ReadableWorkbook(file.toFile());
             Stream<Row> sheetRows = book.getFirstSheet().openStream()) {
            assertThat(book.getFirstSheet().getName()).isEqualTo("提升企业清单");
            long[] count = { 0 };
            String[] last = { null };
            sheetRows.forEach(r -> {
                count[0]++;
                last[0] = r.getCellText(3);
            });
            assertThat(count[0]).isEqualTo(LINES + 3);
            assertThat(last[0]).isEqualTo("兰考县第" + LINES + "号示范企业有限公司");
        }
    }

    @Test
    void widthsAndLinesCountChineseAsTwo() {
        assertThat(SheetText.displayWidth("差异化指标")).isEqualTo(10);
        assertThat(SheetText.displayWidth("VOCs治理")).isEqualTo(8);
        assertThat(SheetText.lines("一二三四五", 4)).isEqualTo(3);
        assertThat(SheetText.lines("ab\ncd", 10)).isEqualTo(2);
        assertThat(SheetText.lines(null, 10)).isEqualTo(1);
    }
}
