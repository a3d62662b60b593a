package org.perfgrade.sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.perfgrade.document.xlsx.WorkbookStamp;
import org.perfgrade.sample.WorkbookSupport.Column;
import org.perfgrade.sample.WorkbookSupport.Styles;

/**
 * 县区报表样例: a county workbook of the simple kinds — 申报及评审结果, 环境违法问题, 专家（第三方）名单 — in the county's
 * usual shape: merged title, 日期 line, bordered header in row 3, one row of text cells per item; byte-stable for the
 * same content and date.
 */
public final class TableWorkbookWriter {

    private TableWorkbookWriter() {
    }

    /** A column: its header and width in characters. */
    public record TableColumn(String header, int width) {
    }

    /**
     * Writes the workbook: {@code title}, 日期 {@code asOf}, the columns and the rows (texts, null or empty: a blank
     * cell; a 序号 column is numbered); dated {@code asOf} and written by {@code author}.
     */
    public static void write(Path file, String sheetName, String title, List<TableColumn> columns,
                             List<List<String>> rows, LocalDate asOf, WorkbookStamp stamp, String author)
            throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        List<Column> cols = columns.stream().map(c -> new Column(c.header(), c.width())).toList();
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            Styles styles = new Styles(workbook);
            Sheet sheet = workbook.createSheet(sheetName);
            WorkbookSupport.writeHeading(sheet, styles, title, "填报单位：" + author + "　　日期："
                    + WorkbookSupport.chineseDate(asOf), cols);
            for (int i = 0; i < rows.size(); i++) {
                Row row = sheet.createRow(WorkbookSupport.HEADING_ROWS + i);
                List<String> values = rows.get(i);
                for (int c = 0; c < cols.size(); c++) {
                    if ("序号".equals(cols.get(c).header())) {
                        WorkbookSupport.number(row, c, i + 1, styles.integer);
                    } else {
                        WorkbookSupport.text(row, c, c < values.size() ? values.get(c) : null, styles.centred);
                    }
                }
            }
            WorkbookSupport.save(workbook, file, stamp, asOf, author);
        }
    }

    /** A date as county files write it: 2021年6月10日. */
    public static String chineseDate(LocalDate date) {
        return WorkbookSupport.chineseDate(date);
    }
}
