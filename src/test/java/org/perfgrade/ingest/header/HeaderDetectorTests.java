package org.perfgrade.ingest.header;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.perfgrade.ingest.IngestFixtures;
import org.perfgrade.ingest.SubmissionKind;
import org.perfgrade.ingest.problem.FileRejectedException;
import org.perfgrade.ingest.problem.ProblemCode;
import org.perfgrade.ingest.problem.ProblemLevel;
import org.perfgrade.ingest.sheet.ExcelCells;

class HeaderDetectorTests {

    private static final List<Object> ROW = IngestFixtures.improvementRow(1, "开封某铸造有限公司", "2021年9月底");

    @TempDir
    Path dir;

    private Path improvement(String name, List<String> headers, List<Object> row) {
        return IngestFixtures.write(dir.resolve(name), IngestFixtures.improvementSheet(headers, List.of(row)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"变体.xlsx", "变体.xls"})
    void matchesHeadersWithSpacesLineBreaksAndFullWidthBrackets(String name) throws Exception {
        // given headers as counties type them
        List<String> headers = List.of("序 号", "省辖市", "县（区）", "企业\n名称", "重点行业\r\n类型", "重点行业分支",
                "绩效　现状", "绩效提升目标（A/B/C/D）", "差异化指标", "存在问题", "改造措施", "*拟完成时间", "备 注");
        Path file = improvement(name, headers, ROW);
        // when detected
        DetectedSheet sheet = IngestFixtures.detect(file);
        // then it is an improvement list with all 13 columns and nothing ignored
        assertThat(sheet.kind()).isEqualTo(SubmissionKind.IMPROVEMENT);
        assertThat(sheet.headerRowNumber()).isEqualTo(3);
        assertThat(sheet.columnIndex()).hasSize(13).containsEntry(Column.COUNTY, 2).containsEntry(Column.TARGET_GRADE, 7);
        assertThat(sheet.unknownColumns()).isEmpty();
        assertThat(sheet.titleText()).isEqualTo("重点行业绩效分级提升企业清单\n日期：2021年6月10日");
        assertThat(sheet.dateText()).isEqualTo("日期：2021年6月10日");
    }

    @Test
    void findsTheHeaderUnderMergedTitleCellsOnRow5() throws IOException, FileRejectedException {
        // given a title and three more lines above the header, the title merged across the table
        Path file = dir.resolve("第五行.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet("提升企业清单");
            List<List<Object>> rows = new ArrayList<>();
            rows.add(List.of("兰考县重点行业绩效分级提升企业清单"));
            rows.add(null);
            rows.add(List.of("填报单位：兰考县生态环境分局"));
            rows.add(List.of("日期：2021年6月10日"));
            rows.add(new ArrayList<>(IngestFixtures.IMPROVEMENT_HEADERS));
            rows.add(ROW);
            IngestFixtures.fill(workbook, sheet, rows);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 12));
            sheet.addMergedRegion(new CellRangeAddress(2, 2, 0, 12));
            sheet.addMergedRegion(new CellRangeAddress(3, 3, 0, 12));
            IngestFixtures.save(workbook, file);
        }
        // when detected
        DetectedSheet sheet = IngestFixtures.detect(file);
        // then the header is row 5 and the lines above are kept for the county
        assertThat(sheet.headerRowNumber()).isEqualTo(5);
        assertThat(sheet.titleText()).contains("兰考县重点行业绩效分级提升企业清单", "填报单位：兰考县生态环境分局");
        assertThat(sheet.dateText()).isEqualTo("日期：2021年6月10日");
        assertThat(IngestFixtures.readAll(file)).extracting(SourceRow::rowNumber).containsExactly(6);
    }

    @Test
    void ignoresAnUnknownColumnWithAWarningThatNamesItsLetter() throws FileRejectedException {
        // given a 联系人 column inserted as column D
        List<String> headers = new ArrayList<>(IngestFixtures.IMPROVEMENT_HEADERS);
        headers.add(3, "联系人");
        List<Object> row = new ArrayList<>(ROW);
        row.add(3, "张三");
        // when detected
        DetectedSheet sheet = IngestFixtures.detect(improvement("多一列.xlsx", headers, row));
        // then one F12 warning at D3, and 企业名称 is column E
        assertThat(sheet.unknownColumns()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ProblemCode.F12_UNKNOWN_COLUMN);
            assertThat(p.level()).isEqualTo(ProblemLevel.WARNING);
            assertThat(p.column()).isEqualTo("D");
            assertThat(p.row()).isEqualTo(3);
            assertThat(p.title()).isEqualTo("联系人");
            assertThat(p.message()).contains("D", "联系人", "忽略");
        });
        assertThat(sheet.columnLetter(Column.ENTERPRISE_NAME)).contains("E");
    }

    @Test
    void readsColumnsInAnyOrderWithTheCreditCodeInserted() throws FileRejectedException {
        // given the columns reversed, and 统一社会信用代码 and 排污许可证编号 added
        List<String> headers = new ArrayList<>(IngestFixtures.IMPROVEMENT_HEADERS);
        List<Object> row = new ArrayList<>(ROW);
        headers.add(4, "统一社会信用代码");
        row.add(4, "91410225MA3X5LBC2K");
        headers.add("排污许可证编号");
        row.add("91410225MA3X5LBC2K001P");
        Collections.reverse(headers);
        Collections.reverse(row);
        Path file = improvement("倒序.xlsx", headers, row);
        // when detected and read
        DetectedSheet sheet = IngestFixtures.detect(file);
        SourceRow read = IngestFixtures.readAll(file).get(0);
        // then every value sits under its own column
        assertThat(sheet.kind()).isEqualTo(SubmissionKind.IMPROVEMENT);
        assertThat(sheet.columnIndex()).hasSize(15);
        assertThat(read.text(Column.ENTERPRISE_NAME)).isEqualTo("开封某铸造有限公司");
        assertThat(read.text(Column.CREDIT_CODE)).isEqualTo("91410225MA3X5LBC2K");
        assertThat(read.text(Column.PERMIT_NO)).isEqualTo("91410225MA3X5LBC2K001P");
        assertThat(read.cell(Column.SEQUENCE).ref()).isEqualTo(ExcelCells.columnLetters(14) + "4");
    }

    @Test
    void readsATwoLevelHeader() throws IOException, FileRejectedException {
        // given 绩效分级 over 绩效现状 and 绩效提升目标, the other headers merged over both rows
        Path file = dir.resolve("两行表头.xlsx");
        List<Object> upper = new ArrayList<>(IngestFixtures.IMPROVEMENT_HEADERS);
        upper.set(6, "绩效分级");
        upper.set(7, null);
        List<Object> lower = Arrays.asList(null, null, null, null, null, null, "绩效现状", "绩效提升目标");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet("Sheet1");
            IngestFixtures.fill(workbook, sheet, List.of(List.of("重点行业绩效分级提升企业清单"), upper, lower, ROW));
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 6, 7));
            IngestFixtures.save(workbook, file);
        }
        // when detected
        DetectedSheet sheet = IngestFixtures.detect(file);
        // then the header ends on row 3 and data start on row 4
        assertThat(sheet.kind()).isEqualTo(SubmissionKind.IMPROVEMENT);
        assertThat(sheet.headerRowNumber()).isEqualTo(3);
        assertThat(IngestFixtures.readAll(file)).singleElement()
                .satisfies(r -> assertThat(r.text(Column.TARGET_GRADE)).isEqualTo("B"));
    }

    @Test
    void warnsAboutARepeatedColumnAndKeepsTheFirst() throws FileRejectedException {
        // given 备注 twice
        List<String> headers = new ArrayList<>(IngestFixtures.IMPROVEMENT_HEADERS);
        headers.add("备注");
        // when detected
        DetectedSheet sheet = IngestFixtures.detect(improvement("重复列.xlsx", headers, ROW));
        // then column N is ignored as a repeat of M
        assertThat(sheet.columnLetter(Column.REMARKS)).contains("M");
        assertThat(sheet.unknownColumns()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("N", "M", "重复"));
    }

    @Test
    void refusesAHeaderThatLacksRequiredColumnsListingThemInTemplateOrder() {
        // given an improvement list without 备注 and 差异化指标
        List<String> headers = new ArrayList<>(IngestFixtures.IMPROVEMENT_HEADERS);
        headers.remove("备注");
        headers.remove("差异化指标");
        Path file = improvement("缺列.xlsx", headers, ROW.subList(0, 11));
        // when detected, then F09 names the kind and the missing columns
        assertThatThrownBy(() -> IngestFixtures.detect(file)).isInstanceOfSatisfying(FileRejectedException.class,
                ex -> {
                    assertThat(ex.problem().code()).isEqualTo(ProblemCode.F09_MISSING_COLUMNS);
                    assertThat(ex.problem().row()).isEqualTo(3);
                    assertThat(ex.getMessage()).contains("缺列.xlsx", "提升企业清单", "improvement",
                            "差异化指标、备注");
                });
    }

    @Test
    void refusesASheetWithoutAHeaderOrWithColumnsOfNoKind() {
        // given a sheet of prose, and one whose few known columns fit no kind
        Path prose = IngestFixtures.write(dir.resolve("说明.xlsx"), List.of(List.of("关于报送绩效分级材料的说明"),
                List.of("我县已完成企业排查。")));
        Path odd = IngestFixtures.write(dir.resolve("通讯录.xlsx"), List.of(List.of("序号", "企业名称", "县区", "备注",
                "联系电话")));
        // when detected, then F08 and F10
        assertThatThrownBy(() -> IngestFixtures.detect(prose)).isInstanceOfSatisfying(FileRejectedException.class,
                ex -> assertThat(ex.problem().code()).isEqualTo(ProblemCode.F08_HEADER_NOT_FOUND));
        assertThatThrownBy(() -> IngestFixtures.detect(odd)).isInstanceOfSatisfying(FileRejectedException.class,
                ex -> {
                    assertThat(ex.problem().code()).isEqualTo(ProblemCode.F10_KIND_UNKNOWN);
                    assertThat(ex.getMessage()).contains("企业名称", "县、区");
                });
    }

    @Test
    void skipsHiddenAndBlankSheets() throws IOException, FileRejectedException {
        // given a blank first sheet, a hidden ledger-like sheet, then the improvement list
        Path file = dir.resolve("多表.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("封面");
            XSSFSheet hidden = workbook.createSheet("旧表");
            IngestFixtures.fill(workbook, hidden, List.of(List.of("统一社会信用代码", "企业名称", "县、区",
                    "重点行业类型", "重点行业分支", "绩效级别", "排污许可证编号")));
            workbook.setSheetHidden(1, true);
            IngestFixtures.fill(workbook, workbook.createSheet("清单"),
                    IngestFixtures.improvementSheet(IngestFixtures.IMPROVEMENT_HEADERS, List.of(ROW)));
            IngestFixtures.save(workbook, file);
        }
        // when detected, then the visible list is used
        DetectedSheet sheet = IngestFixtures.detect(file);
        assertThat(sheet.sheetName()).isEqualTo("清单");
        assertThat(sheet.kind()).isEqualTo(SubmissionKind.IMPROVEMENT);
    }
}
