package org.perfgrade.report.late;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.perfgrade.DatabaseTest;
import org.perfgrade.document.ArchivedDocument;
import org.perfgrade.document.DocumentArchive;
import org.perfgrade.ledger.asof.UnappliedPlan;
import org.perfgrade.reference.County;
import org.perfgrade.reference.ReferenceData;
import org.perfgrade.snapshot.LateItem;
import org.perfgrade.snapshot.OverdueItem;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** 《逾期事项清单》 read back with POI: sheets, headers, cells, order, a county's extract and formula-like text. */
@DatabaseTest
class LateItemsWorkbookTests {

    private static final LocalDate AS_OF = LocalDate.of(2021, 8, 20);
    private static final String BATCH_1 = "第一批：涉VOCs行业审核认定";
    private static final String BATCH_2 = "第二批：金属类行业审核认定";
    private static final String LIST = "重点行业绩效提升企业清单（方案附件2）上报市生态环境局备案";

    @Autowired
    LateItemsWorkbook workbook;

    @Autowired
    DocumentArchive archive;

    @Autowired
    ReferenceData reference;

    private LateOverview overview(County countyOrNull) {
        // given: 兰考县 owes both batches, 杞县 the second; 尉氏县 sent its 附件2 six days late; two plans past their
        // 拟完成时间, one of an enterprise whose name a county typed as a formula
        List<OverdueItem> overdue = List.of(
                OverdueItem.on(AS_OF, "兰考县", BATCH_2, LocalDate.of(2021, 8, 15)),
                OverdueItem.on(AS_OF, "兰考县", BATCH_1, LocalDate.of(2021, 8, 5)),
                OverdueItem.on(AS_OF, "杞县", BATCH_2, LocalDate.of(2021, 8, 15)));
        List<LateItem> late = List.of(LateItem.of("尉氏县", LIST, LocalDate.of(2021, 6, 14), LocalDate.of(2021, 6, 20)));
        List<UnappliedPlan> plans = List.of(
                new UnappliedPlan(1, "410225", "兰考县", "=HYPERLINK(\"http://x\",\"点击\")", "91410225MA00000001",
                        "包装印刷", "其他印刷", "C", "B", LocalDate.of(2021, 7, 31)),
                new UnappliedPlan(2, "410221", "杞县", "杞县铸造有限公司", "91410221MA00000002", "铸造", null, null, "A",
                        LocalDate.of(2021, 8, 10)));
        return LateOverviews.assemble(reference, AS_OF, overdue, late, plans, countyOrNull);
    }

    private XSSFWorkbook read(ArchivedDocument document) throws IOException {
        try (InputStream in = Files.newInputStream(archive.outDir().resolve(document.path()))) {
            return new XSSFWorkbook(in);
        }
    }

    /** The data rows under the header, each cell as shown (dates as 2021年8月5日), up to the first empty row. */
    static List<List<String>> rows(Sheet sheet) {
        DataFormatter formatter = new DataFormatter();
        List<List<String>> rows = new ArrayList<>();
        for (int r = 3; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null || row.getCell(0) == null || formatter.formatCellValue(row.getCell(0)).isEmpty()) {
                break;
            }
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < row.getLastCellNum(); c++) {
                Cell cell = row.getCell(c);
                cells.add(cell != null && cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)
                        ? LateTexts.chineseDate(cell.getLocalDateTimeCellValue().toLocalDate())
                        : formatter.formatCellValue(cell));
            }
            rows.add(cells);
        }
        return rows;
    }

    private static List<String> header(Sheet sheet) {
        List<String> cells = new ArrayList<>();
        sheet.getRow(2).forEach(c -> cells.add(c.getStringCellValue()));
        return cells;
    }

    @Test
    void cityWideListHasATallySheetPerCountyAndPerItemAndOneSheetPerList() throws IOException {
        // when
        ArchivedDocument document = workbook.render(overview(null));
        // then
        assertThat(document.kind()).isEqualTo("late-items-xlsx");
        assertThat(document.path()).isEqualTo("reports/2021-08-20/逾期事项清单.xlsx");
        try (XSSFWorkbook book = read(document)) {
            assertThat(List.of(book.getSheetName(0), book.getSheetName(1), book.getSheetName(2), book.getSheetName(3),
                    book.getSheetName(4))).containsExactly("按县区汇总", "按事项汇总", "逾期未完成", "逾期完成",
                    "超过拟完成时间未申报");
            Sheet counties = book.getSheet("按县区汇总");
            assertThat(header(counties)).isEqualTo(LateItemsWorkbook.COUNTY_HEADERS);
            assertThat(rows(counties)).hasSize(11);
            assertThat(rows(counties).get(9)).containsExactly("兰考县", "2", "15", "0", "", "1", "20");
            assertThat(rows(counties).get(10)).containsExactly("合计", "3", "15", "1", "6", "2", "20");
            assertThat(rows(counties)).extracting(r -> r.get(0)).startsWith("城乡一体化示范区", "龙亭区");
            // per item, by due date: the 附件2, then the batches with the counties still owing them
            assertThat(rows(book.getSheet("按事项汇总"))).containsExactly(
                    List.of(LIST, "", "2021年6月14日", "0", "", "1", "6"),
                    List.of(BATCH_1, "第一批", "2021年8月5日", "1", "15", "0", ""),
                    List.of(BATCH_2, "第二批", "2021年8月15日", "2", "5", "0", ""));
            // overdue by county (附件1: 杞县 before 兰考县), then due date; dates are real dates
            Sheet overdue = book.getSheet("逾期未完成");
            assertThat(header(overdue)).containsExactly("序号", "县区", "批次", "事项", "截止日期", "逾期天数");
            assertThat(rows(overdue)).containsExactly(
                    List.of("1", "杞县", "第二批", BATCH_2, "2021年8月15日", "5"),
                    List.of("2", "兰考县", "第一批", BATCH_1, "2021年8月5日", "15"),
                    List.of("3", "兰考县", "第二批", BATCH_2, "2021年8月15日", "5"));
            assertThat(overdue.getRow(3).getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(rows(book.getSheet("逾期完成"))).containsExactly(
                    List.of("1", "尉氏县", "", LIST, "2021年6月14日", "2021年6月20日", "6"));
            assertThat(rows(book.getSheet("超过拟完成时间未申报"))).extracting(r -> r.get(1), r -> r.get(4), r -> r.get(5),
                    r -> r.get(6), r -> r.get(7), r -> r.get(8)).containsExactly(
                    tuple("杞县", "铸造", "未评级", "A级", "2021年8月10日", "10"),
                    tuple("兰考县", "包装印刷（其他印刷）", "C级", "B级", "2021年7月31日", "20"));
        }
    }

    @Test
    void textThatLooksLikeAFormulaStaysText() throws IOException {
        // when
        try (XSSFWorkbook book = read(workbook.render(overview(null)))) {
            // then: the enterprise name is a quote-prefixed text cell, never a formula
            Cell name = book.getSheet("超过拟完成时间未申报").getRow(4).getCell(2);
            assertThat(name.getCellType()).isEqualTo(CellType.STRING);
            assertThat(name.getStringCellValue()).startsWith("=HYPERLINK");
            assertThat(name.getCellStyle().getQuotePrefixed()).isTrue();
        }
    }

    @Test
    void aCountysExtractCarriesOnlyItsLines() throws IOException {
        // given
        County qixian = reference.county("杞县").orElseThrow();
        // when
        ArchivedDocument document = workbook.render(overview(qixian));
        // then
        assertThat(document.path()).isEqualTo("reports/2021-08-20/杞县/逾期事项清单.xlsx");
        assertThat(document.county()).isIn(qixian.name(), qixian.code());
        try (XSSFWorkbook book = read(document)) {
            assertThat(rows(book.getSheet("按县区汇总"))).containsExactly(List.of("杞县", "1", "5", "0", "", "1", "10"));
            assertThat(rows(book.getSheet("逾期未完成"))).extracting(r -> r.get(1)).containsExactly("杞县");
            assertThat(rows(book.getSheet("逾期完成"))).isEmpty();
            assertThat(book.getSheet("逾期完成").getRow(4).getCell(0).getStringCellValue())
                    .isEqualTo("截至2021年8月20日，杞县没有逾期完成的事项。");
            assertThat(rows(book.getSheet("超过拟完成时间未申报"))).extracting(r -> r.get(2))
                    .containsExactly("杞县铸造有限公司");
        }
    }
}
