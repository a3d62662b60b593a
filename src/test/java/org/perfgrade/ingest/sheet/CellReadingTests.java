package org.perfgrade.ingest.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.perfgrade.ingest.IngestFixtures;
import org.perfgrade.ingest.header.Column;
import org.perfgrade.ingest.header.SourceRow;

/** Cells read the same from .xlsx and .xls: dates, text dates, numbers as Excel shows them, formula results. */
class CellReadingTests {

    @TempDir
    Path dir;

    /** An expert list whose 报送日期 and 备注 cells carry the values under test, one row each. */
    private Path expertList(String name) throws IOException {
        Path file = dir.resolve(name);
        try (Workbook workbook = name.endsWith(".xls") ? new HSSFWorkbook() : new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("专家名单");
            IngestFixtures.fill(workbook, sheet, List.of(List.of("绩效分级评审专家（第三方）名单"),
                    List.of("序号", "姓名", "工作单位", "专业领域", "县、区", "报送日期", "备注")));
            CellStyle chineseDate = workbook.createCellStyle();
            chineseDate.setDataFormat(workbook.createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
            CellStyle builtinDate = workbook.createCellStyle();
            builtinDate.setDataFormat((short) 14);
            CellStyle chineseBuiltin = workbook.createCellStyle();
            chineseBuiltin.setDataFormat((short) 31);
            CellStyle twoDecimals = workbook.createCellStyle();
            twoDecimals.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
            row(sheet, 2, LocalDate.of(2021, 8, 15), chineseDate, 12.5, twoDecimals);
            row(sheet, 3, LocalDate.of(2021, 8, 16), builtinDate, 12.0, null);
            row(sheet, 4, LocalDate.of(2021, 8, 17), chineseBuiltin, 0.1 + 0.2, null);
            row(sheet, 5, "2021年8月18日", null, 1e10, null);
            row(sheet, 6, "8.19", null, "1+1", null);
            row(sheet, 7, null, null, "\"兰\"&\"考\"", null);
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            IngestFixtures.save(workbook, file);
        }
        return file;
    }

    private static void row(Sheet sheet, int index, Object date, CellStyle dateStyle, Object remark,
                            CellStyle remarkStyle) {
        Row row = sheet.createRow(index);
        row.createCell(0).setCellValue(index - 1);
        row.createCell(1).setCellValue("专家" + index);
        row.createCell(2).setCellValue("河南省环境科学研究院");
        row.createCell(3).setCellValue("铸造");
        row.createCell(4).setCellValue("兰考县");
        Cell due = row.createCell(5);
        if (date instanceof LocalDate d) {
            due.setCellValue(d);
        } else if (date != null) {
            due.setCellValue(date.toString());
        }
        if (dateStyle != null) {
            due.setCellStyle(dateStyle);
        }
        Cell cell = row.createCell(6);
        if (remark instanceof Double d) {
            cell.setCellValue(d);
        } else {
            cell.setCellFormula(remark.toString());
        }
        if (remarkStyle != null) {
            cell.setCellStyle(remarkStyle);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"专家.xlsx", "专家.xls"})
    void readsDateCellsAsDatesAndTextDatesAsText(String name) throws Exception {
        // given date cells in three formats (custom, built-in 14, Chinese built-in 31) and two text dates
        List<SourceRow> rows = IngestFixtures.readAll(expertList(name));
        // when read, then date cells carry their date and the ISO text; text stays text
        assertThat(rows).hasSize(6);
        assertThat(rows.subList(0, 3)).extracting(r -> r.cell(Column.REPORTED_ON).date())
                .containsExactly(LocalDate.of(2021, 8, 15), LocalDate.of(2021, 8, 16), LocalDate.of(2021, 8, 17));
        assertThat(rows.get(0).cell(Column.REPORTED_ON)).isEqualTo(new SourceCell("F3", "2021-08-15",
                LocalDate.of(2021, 8, 15), null));
        assertThat(rows.get(3).cell(Column.REPORTED_ON)).isEqualTo(new SourceCell("F6", "2021年8月18日", null, null));
        assertThat(rows.get(4).text(Column.REPORTED_ON)).isEqualTo("8.19");
        assertThat(rows.get(5).cell(Column.REPORTED_ON).isBlank()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"数值.xlsx", "数值.xls"})
    void readsNumbersAsExcelShowsThemAndFormulasByTheirResult(String name) throws Exception {
        // given 12.5 (format 0.00), 12.0, 0.1+0.2, 1e10 and two formulas
        List<SourceRow> rows = IngestFixtures.readAll(expertList(name));
        // when read, then plain numbers without binary noise or trailing zeros
        assertThat(rows).extracting(r -> r.text(Column.REMARKS))
                .containsExactly("12.5", "12", "0.3", "10000000000", "2", "兰考");
        assertThat(rows.get(0).cell(Column.REMARKS).number()).isEqualByComparingTo("12.5");
        assertThat(rows.get(2).cell(Column.REMARKS).number()).isEqualTo(new BigDecimal("0.3"));
        assertThat(rows.get(4).cell(Column.REMARKS).number()).isEqualByComparingTo("2");
        assertThat(rows.get(5).cell(Column.REMARKS).number()).isNull();
        assertThat(rows.get(0).cell(Column.SEQUENCE).text()).isEqualTo("1");
    }
}
