package org.perfgrade.reliability;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfgrade.reliability.RawXlsx.Cell;
import org.perfgrade.reliability.RawXlsx.Sheet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A sheet of 1,048,576 rows (all Excel allows) imported by the real command line in a JVM of 256 MiB: refused whole by
 * the row limit (F06) before a row is loaded, without running out of memory. Once, on the embedded database: the
 * case is slow and the limit is checked before the database sees a row.
 */
class LargeSheetMemoryTests {

    static final int EXCEL_ROWS = 1_048_576;

    @TempDir
    Path dir;

    @Test
    void aSheetOfAMillionRowsIsRefusedWholeByTheRowLimitWithin256MiB() throws Exception {
        // given a 附件2 of 兰考县 filling every row of the sheet, each row a different enterprise
        Iterable<List<Cell>> rows = () -> new Iterator<>() {
            int r;

            @Override
            public boolean hasNext() {
                return r < EXCEL_ROWS;
            }

            @Override
            public List<Cell> next() {
                r++;
                return switch (r) {
                    case 1 -> List.of(Cell.text("重点行业绩效分级提升企业清单"));
                    case 2 -> HostileFiles.HEADERS.stream().map(Cell::text).toList();
                    default -> java.util.Arrays.asList(Cell.number(r - 2), null, Cell.text("兰考县"),
                            Cell.text("兰考" + Integer.toString(r * 7919, 36) + "铸造有限公司"), Cell.text("铸造"));
                };
            }
        };
        Path file = RawXlsx.with(new Sheet("提升企业清单", false, rows, ""))
                .write(dir.resolve("inbox").resolve("兰考县").resolve("兰考县提升企业清单.xlsx"));
        assertThat(Files.size(file)).as("within the 50 MiB file limit, so the row limit is what refuses it")
                .isLessThan(50L << 20);
        try (ChildPerfgrade child = ChildPerfgrade.onH2(dir).jvm("-Xmx256m")) {
            // when
            ChildPerfgrade.Result result = child.run(Duration.ofMinutes(4), "import", "--as-of", "2021-06-10",
                    "--json");
            // then
            assertThat(result.err()).doesNotContain("OutOfMemoryError");
            assertThat(result.exitCode()).as(result.err()).isEqualTo(3);
            assertThat(result.out()).contains("\"F06\"", "兰考县提升企业清单.xlsx", "1000000");
            assertThat(child.count("SELECT COUNT(*) FROM improvement_plan")).isZero();
            assertThat(child.count("SELECT COUNT(*) FROM enterprise")).isZero();
            assertThat(child.count("SELECT COUNT(*) FROM submission WHERE status = 'REJECTED'")).isEqualTo(1);
            assertThat(dir.resolve("inbox/兰考县/rejected/兰考县提升企业清单.xlsx.原因.txt")).content().contains("1000000");
        }
    }
}
