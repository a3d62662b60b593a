package org.perfgrade.report.changes;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.perfgrade.DatabaseTest;
import org.perfgrade.document.ArchivedDocument;
import org.perfgrade.document.DocumentArchive;
import org.perfgrade.reference.County;
import org.perfgrade.reference.ReferenceData;
import org.perfgrade.snapshot.Change;
import org.perfgrade.snapshot.CitySnapshot;
import org.perfgrade.snapshot.CountingRules;
import org.perfgrade.snapshot.Snapshot;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** 《变化明细》 read back with POI: every change in words, by county (附件1 order) then kind, and a county's extract. */
@DatabaseTest
class ChangesWorkbookTests {

    private static final LocalDate AS_OF = LocalDate.of(2021, 9, 6);

    @Autowired
    ChangesWorkbook workbook;

    @Autowired
    DocumentArchive archive;

    @Autowired
    ReferenceData reference;

    @Autowired
    CountingRules rules;

    private Snapshot snapshot() {
        // given: changes in 兰考县, 杞县 and the city's goal, in no particular order; one enterprise name a county typed
        // as a formula
        List<Change> changes = List.of(
                new Change("new-grade", "兰考县", "兰考县乙铸造有限公司", "铸造（黑色金属铸造）", null, "C"),
                new Change("grade-down", "兰考县", "兰考县甲水泥有限公司", "水泥", "B", "C"),
                new Change("target-met", "杞县", null, null, "national-passed", "0.2500"),
                new Change("grade-up", "兰考县", "=1+2", "水泥", "C", "B"),
                new Change("overdue", "杞县", null, null, "2021-08-30", "第三批：建材类行业审核认定"),
                new Change("target-missed", reference.city().name(), null, null, "national-goal", "0.1900"),
                new Change("grade-removed", "杞县", "杞县丙玻璃有限公司", "玻璃", "A", null));
        return new Snapshot(AS_OF, rules.describe(reference), List.of(), new CitySnapshot(List.of(), 0, 0, false),
                List.of(), List.of(), changes);
    }

    private static List<List<String>> rows(Sheet sheet) {
        DataFormatter formatter = new DataFormatter();
        List<List<String>> rows = new ArrayList<>();
        for (int r = 3; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null || row.getCell(0) == null || formatter.formatCellValue(row.getCell(0)).isEmpty()) {
                break;
            }
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < row.getLastCellNum(); c++) {
                cells.add(formatter.formatCellValue(row.getCell(c)));
            }
            rows.add(cells);
        }
        return rows;
    }

    private XSSFWorkbook read(ArchivedDocument document) throws IOException {
        try (InputStream in = Files.newInputStream(archive.outDir().resolve(document.path()))) {
            return new XSSFWorkbook(in);
        }
    }

    @Test
    void listsEveryChangeInWordsByCountyThenKind() throws IOException {
        // when
        ArchivedDocument document = workbook.render(snapshot(), null);
        // then: 杞县 before 兰考县 (附件1 order), the city's goal last; within a county 升级, 降级, 新列入 … in that order
        assertThat(document.kind()).isEqualTo("changes-xlsx");
        assertThat(document.path()).isEqualTo("reports/2021-09-06/变化明细.xlsx");
        try (XSSFWorkbook book = read(document)) {
            Sheet detail = book.getSheet("变化明细");
            assertThat(book.getSheetIndex(detail)).isZero();
            List<String> header = new ArrayList<>();
            detail.getRow(2).forEach(c -> header.add(c.getStringCellValue()));
            assertThat(header).isEqualTo(ChangesWorkbook.HEADERS);
            assertThat(rows(detail)).containsExactly(
                    List.of("1", "杞县", "退出/撤销", "杞县丙玻璃有限公司", "玻璃", "A级", "未评级"),
                    List.of("2", "杞县", "目标新达成", "国家级通过占比", "", "未达标", "达标（25.00%）"),
                    List.of("3", "杞县", "新增逾期", "第三批：建材类行业审核认定", "", "截止2021年8月30日", "逾期未完成"),
                    List.of("4", "兰考县", "升级", "=1+2", "水泥", "C级", "B级"),
                    List.of("5", "兰考县", "降级", "兰考县甲水泥有限公司", "水泥", "B级", "C级"),
                    List.of("6", "兰考县", "新列入", "兰考县乙铸造有限公司", "铸造（黑色金属铸造）", "未评级", "C级"),
                    List.of("7", reference.city().name(), "目标新未达成", "国家级全市目标", "", "达标", "未达标（19.00%）"));
            // and: the formula-like name is quote-prefixed text
            Cell formula = detail.getRow(6).getCell(3);
            assertThat(formula.getCellType()).isEqualTo(CellType.STRING);
            assertThat(formula.getCellStyle().getQuotePrefixed()).isTrue();
            // and: the tally sheet counts by kind per county, the city's goals and 合计 last
            List<List<String>> tallies = rows(book.getSheet("按县区汇总"));
            assertThat(tallies).hasSize(12);
            assertThat(tallies.get(7)).containsExactly("杞县", "0", "0", "0", "0", "1", "1", "0", "1", "0", "3");
            assertThat(tallies.get(9)).containsExactly("兰考县", "1", "1", "1", "0", "0", "0", "0", "0", "0", "3");
            assertThat(tallies.get(10)).containsExactly("全市目标", "0", "0", "0", "0", "0", "0", "1", "0", "0", "1");
            assertThat(tallies.get(11)).containsExactly("合计", "1", "1", "1", "0", "1", "1", "1", "1", "0", "7");
        }
    }

    @Test
    void aCountysExtractHoldsOnlyItsChanges() throws IOException {
        // given
        County lankao = reference.county("兰考县").orElseThrow();
        // when
        ArchivedDocument document = workbook.render(snapshot(), lankao);
        // then
        assertThat(document.path()).isEqualTo("reports/2021-09-06/兰考县/变化明细.xlsx");
        try (XSSFWorkbook book = read(document)) {
            assertThat(rows(book.getSheet("变化明细"))).extracting(r -> r.get(1)).containsOnly("兰考县").hasSize(3);
            assertThat(rows(book.getSheet("按县区汇总"))).containsExactly(
                    List.of("兰考县", "1", "1", "1", "0", "0", "0", "0", "0", "0", "3"));
        }
    }

    @Test
    void aKindNotNamedYetReadsAsOtherChange() {
        // then
        assertThat(ChangeKind.of("grade-up")).isEqualTo(ChangeKind.UP);
        assertThat(ChangeKind.of("something-new")).isEqualTo(ChangeKind.OTHER);
        assertThat(ChangeSummary.row(new Change("something-new", "杞县", "杞县甲厂", null, "x", "y")).kind().label())
                .isEqualTo("其他变化");
    }

    @Test
    void aQuietDaySaysSo() throws IOException {
        // given
        Snapshot quiet = new Snapshot(AS_OF.plusDays(1), rules.describe(reference), List.of(),
                new CitySnapshot(List.of(), 0, 0, false), List.of(), List.of(), List.of());
        // when
        try (XSSFWorkbook book = read(workbook.render(quiet, null))) {
            // then
            Sheet detail = book.getSheet("变化明细");
            assertThat(rows(detail)).isEmpty();
            assertThat(detail.getRow(4).getCell(0).getStringCellValue()).isEqualTo("截至2021年9月7日，全市与上次统计相比无变化。");
        }
    }
}
