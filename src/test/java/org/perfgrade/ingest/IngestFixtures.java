package org.perfgrade.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.perfgrade.ingest.header.DetectedSheet;
import org.perfgrade.ingest.header.HeaderDetector;
import org.perfgrade.ingest.header.RowCursor;
import org.perfgrade.ingest.header.SourceRow;
import org.perfgrade.ingest.problem.FileRejectedException;
import org.perfgrade.ingest.sheet.SpreadsheetFile;
import org.perfgrade.reference.ConfigFiles;
import org.perfgrade.reference.ReferenceData;
import org.perfgrade.reference.ReferenceDataReader;

/** Test material: the packaged reference data, and small county workbooks written cell by cell. */
public final class IngestFixtures {

    public static final List<String> IMPROVEMENT_HEADERS = List.of("序号", "省辖市", "县、区", "企业名称", "重点行业类型",
            "重点行业分支", "绩效现状", "绩效提升目标", "差异化指标", "存在问题", "改造措施", "拟完成时间", "备注");

    private static ReferenceData reference;

    private IngestFixtures() {
    }

    /** The packaged defaults (an empty override folder). */
    public static synchronized ReferenceData reference() {
        if (reference == null) {
            try {
                Path empty = Files.createTempDirectory("perfgrade-ingest-config");
                reference = new ReferenceDataReader(new ConfigFiles(List.of(empty))).read();
            }
            catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }
        return reference;
    }

    /** An improvement-list data row for 兰考县, with the due date as given (a LocalDate or text). */
    public static List<Object> improvementRow(int number, String enterprise, Object due) {
        return Arrays.asList(number, "开封市", "兰考县", enterprise, "铸造", "黑色金属铸造", "C", "B",
                "颗粒物排放浓度不高于10mg/m³", "无组织排放控制不到位", "建设封闭料棚", due, "");
    }

    /** The rows of a plain improvement list: title, date line, header, then the data rows. */
    public static List<List<Object>> improvementSheet(List<String> headers, List<List<Object>> data) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("重点行业绩效分级提升企业清单"));
        rows.add(List.of("日期：2021年6月10日"));
        rows.add(new ArrayList<>(headers));
        rows.addAll(data);
        return rows;
    }

    /**
     * Writes one sheet: each value a cell (String text, Number numeric, LocalDate a date formatted
     * yyyy"年"m"月"d"日", null none); row i of the list is Excel row i+1.
     */
    public static Path write(Path file, List<List<Object>> rows) {
        boolean xls = file.getFileName().toString().endsWith(".xls");
        try (Workbook workbook = xls ? new HSSFWorkbook() : new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Sheet1");
            fill(workbook, sheet, rows);
            save(workbook, file);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return file;
    }

    public static void fill(Workbook workbook, Sheet sheet, List<List<Object>> rows) {
        CellStyle date = workbook.createCellStyle();
        date.setDataFormat(workbook.createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
        for (int r = 0; r < rows.size(); r++) {
            List<Object> values = rows.get(r);
            if (values == null) {
                continue;
            }
            Row row = sheet.createRow(r);
            for (int c = 0; c < values.size(); c++) {
                Object value = values.get(c);
                if (value == null) {
                    continue;
                }
                Cell cell = row.createCell(c);
                if (value instanceof Number n) {
                    cell.setCellValue(n.doubleValue());
                } else if (value instanceof LocalDate d) {
                    cell.setCellValue(d);
                    cell.setCellStyle(date);
                } else {
                    cell.setCellValue(value.toString());
                }
            }
        }
    }

    public static void save(Workbook workbook, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
    }

    /** Detects the header of a file with the default limits. */
    public static DetectedSheet detect(Path file) throws FileRejectedException {
        try (SpreadsheetFile spreadsheet = SpreadsheetFile.open(file, IngestLimits.defaults())) {
            return new HeaderDetector().detect(spreadsheet);
        }
    }

    /** Every data row of a file, with the default limits. */
    public static List<SourceRow> readAll(Path file) throws FileRejectedException {
        try (SpreadsheetFile spreadsheet = SpreadsheetFile.open(file, IngestLimits.defaults())) {
            DetectedSheet sheet = new HeaderDetector().detect(spreadsheet);
            List<SourceRow> rows = new ArrayList<>();
            try (RowCursor cursor = RowCursor.open(spreadsheet, sheet)) {
                for (Optional<SourceRow> row = cursor.next(); row.isPresent(); row = cursor.next()) {
                    rows.add(row.get());
                }
            }
            return rows;
        }
    }
}
