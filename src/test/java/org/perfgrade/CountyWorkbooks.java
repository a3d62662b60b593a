package org.perfgrade;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.perfgrade.ingest.header.Column;
import org.perfgrade.ingest.SubmissionKind;
import org.perfgrade.template.TemplateWorkbookWriter;
import org.perfgrade.reference.County;
import org.perfgrade.reference.CreditCode;
import org.perfgrade.reference.ReferenceData;

/**
 * Small county files for the ownership tests (归属): perfgrade's own template of a kind for a county, filled with a
 * few rows, each a map of column to cell text.
 */
public final class CountyWorkbooks {

    private CountyWorkbooks() {
    }

    /** A valid 统一社会信用代码 numbered {@code n}. */
    public static String creditCode(int n) {
        return CreditCode.withCheckCharacter(String.format("91410200MA%07d", n));
    }

    /** A 清单台账 row: 铸造（黑色金属铸造） at the grade. */
    public static Map<Column, String> ledgerRow(String county, String creditCode, String name, String grade) {
        Map<Column, String> row = new LinkedHashMap<>();
        row.put(Column.COUNTY, county);
        row.put(Column.CREDIT_CODE, creditCode);
        row.put(Column.ENTERPRISE_NAME, name);
        row.put(Column.INDUSTRY, "铸造");
        row.put(Column.BRANCH, "黑色金属铸造");
        row.put(Column.GRADE, grade);
        return row;
    }

    /** A 附件2 row (no credit code: the enterprise is named only): 铸造（黑色金属铸造） from C to B. */
    public static Map<Column, String> planRow(String county, String name) {
        Map<Column, String> row = new LinkedHashMap<>();
        row.put(Column.CITY, "开封市");
        row.put(Column.COUNTY, county);
        row.put(Column.ENTERPRISE_NAME, name);
        row.put(Column.INDUSTRY, "铸造");
        row.put(Column.BRANCH, "黑色金属铸造");
        row.put(Column.CURRENT_GRADE, "C");
        row.put(Column.TARGET_GRADE, "B");
        row.put(Column.DIFFERENTIATING_INDEX, "颗粒物排放浓度不高于10mg/m³");
        row.put(Column.PROBLEMS, "无组织排放控制不到位");
        row.put(Column.MEASURES, "建设封闭料棚");
        row.put(Column.PLANNED_COMPLETION, "2021年9月30日");
        return row;
    }

    /** The template of the kind for the county with the rows filled in from row 4 on. */
    public static byte[] workbook(ReferenceData reference, SubmissionKind kind, County county,
                                  List<Map<Column, String>> rows) {
        ByteArrayOutputStream template = new ByteArrayOutputStream();
        try {
            new TemplateWorkbookWriter(reference).write(kind, county, template);
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template.toByteArray()))) {
                XSSFSheet sheet = workbook.getSheet(kind.sheetName());
                Row header = sheet.getRow(2);
                for (int i = 0; i < rows.size(); i++) {
                    Row row = sheet.getRow(3 + i) == null ? sheet.createRow(3 + i) : sheet.getRow(3 + i);
                    for (Cell cell : header) {
                        for (var entry : rows.get(i).entrySet()) {
                            if (cell.getStringCellValue().equals(entry.getKey().title())) {
                                row.createCell(cell.getColumnIndex()).setCellValue(entry.getValue());
                            }
                        }
                    }
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                workbook.write(out);
                return out.toByteArray();
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** As {@link #workbook}, written to the file. */
    public static Path write(Path file, ReferenceData reference, SubmissionKind kind, County county,
                             List<Map<Column, String>> rows) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            return Files.write(file, workbook(reference, kind, county, rows));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
