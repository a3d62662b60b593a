package org.perfgrade.ingest.sheet;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.perfgrade.ingest.problem.FileRejectedException;
import org.perfgrade.ingest.problem.ProblemCode;

/**
 * .xls 读取 (and the OLE2 check): an OLE2 container is an old .xls, an encrypted .xlsx (its EncryptionInfo part), a
 * Word file or something else. An .xls holds at most 65,536 rows per sheet, so POI's HSSFWorkbook reads it into memory;
 * formulas give their cached values, never a recalculation.
 */
final class XlsWorkbook implements WorkbookSource {

    private final POIFSFileSystem fileSystem;
    private final HSSFWorkbook workbook;
    private final boolean date1904;

    private XlsWorkbook(POIFSFileSystem fileSystem, HSSFWorkbook workbook) {
        this.fileSystem = fileSystem;
        this.workbook = workbook;
        this.date1904 = workbook.getInternalWorkbook().isUsing1904DateWindowing();
    }

    static XlsWorkbook open(Path path, String fileName) throws FileRejectedException {
        POIFSFileSystem fs = null;
        try {
            fs = new POIFSFileSystem(path.toFile(), true);
            DirectoryNode root = fs.getRoot();
            if (root.hasEntryCaseInsensitive("EncryptionInfo") || root.hasEntryCaseInsensitive("EncryptedPackage")) {
                throw encrypted(fileName);
            }
            if (root.hasEntry("Book") && !root.hasEntryCaseInsensitive("Workbook")) {
                throw notWorkbook(fileName, "是 Excel 5.0/95 的旧格式");
            }
            if (!root.hasEntryCaseInsensitive("Workbook") && !root.hasEntry("BOOK")) {
                throw notWorkbook(fileName, root.hasEntry("WordDocument") ? "是 Word 文档（.doc）"
                        : root.hasEntry("PowerPoint Document") ? "是 PowerPoint 演示文稿" : "不是 Excel 工作簿");
            }
            XlsWorkbook result = new XlsWorkbook(fs, new HSSFWorkbook(root, false));
            fs = null;
            return result;
        }
        catch (EncryptedDocumentException ex) {
            throw new FileRejectedException(encrypted(fileName).problem(), ex);
        }
        catch (OldExcelFormatException ex) {
            throw new FileRejectedException(notWorkbook(fileName, "是 Excel 5.0/95 的旧格式").problem(), ex);
        }
        catch (IOException | RuntimeException ex) {
            throw SpreadsheetFile.corrupt(fileName, null, ex);
        }
        finally {
            closeQuietly(fs);
        }
    }

    static FileRejectedException encrypted(String fileName) {
        return new FileRejectedException(ProblemCode.F03_ENCRYPTED, "文件“" + fileName
                + "”设有打开密码，无法读取。请在 Excel 或 WPS 中取消密码（文件—信息—保护工作簿—用密码进行加密，清空密码）后重新报送。");
    }

    private static FileRejectedException notWorkbook(String fileName, String what) {
        return new FileRejectedException(ProblemCode.F01_NOT_SPREADSHEET, "文件“" + fileName + "”" + what
                + "，无法读取。请用 Excel 或 WPS 打开原表，另存为 .xlsx 后重新报送。");
    }

    @Override
    public List<SpreadsheetFile.Sheet> sheets() {
        List<SpreadsheetFile.Sheet> sheets = new ArrayList<>();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            sheets.add(new SpreadsheetFile.Sheet(i, workbook.getSheetName(i),
                    workbook.isSheetHidden(i) || workbook.isSheetVeryHidden(i)));
        }
        return sheets;
    }

    @Override
    public RowStream open(SpreadsheetFile.Sheet sheet) {
        Iterator<Row> rows = workbook.getSheetAt(sheet.index()).rowIterator();
        return new RowStream() {
            @Override
            public SheetRow next() {
                return rows.hasNext() ? convert(rows.next()) : null;
            }

            @Override
            public void close() {
                // the workbook is in memory; nothing to release per sheet
            }
        };
    }

    @Override
    public void close() throws IOException {
        workbook.close();
        fileSystem.close();
    }

    private SheetRow convert(Row row) {
        int rowNumber = row.getRowNum() + 1;
        int width = Math.max(row.getLastCellNum(), 0);
        List<SourceCell> cells = new ArrayList<>(width);
        for (int i = 0; i < width; i++) {
            Cell cell = row.getCell(i);
            cells.add(cell == null ? null : convert(cell, ExcelCells.ref(i, rowNumber)));
        }
        return new SheetRow(rowNumber, cells);
    }

    private SourceCell convert(Cell cell, String ref) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> {
                CellStyle style = cell.getCellStyle();
                boolean date = ExcelCells.isDateFormat((int) style.getDataFormat() & 0xFFFF,
                        style.getDataFormatString());
                yield ExcelCells.number(ref, BigDecimal.valueOf(cell.getNumericCellValue()), date, date1904);
            }
            case STRING -> ExcelCells.text(ref, cell.getRichStringCellValue().getString());
            case BOOLEAN -> ExcelCells.text(ref, cell.getBooleanCellValue() ? "TRUE" : "FALSE");
            case ERROR -> ExcelCells.text(ref, errorText(cell.getErrorCellValue()));
            default -> ExcelCells.blank(ref);
        };
    }

    private static String errorText(byte code) {
        try {
            return FormulaError.forInt(code).getString();
        }
        catch (IllegalArgumentException ex) {
            return "#ERROR";
        }
    }

    private static void closeQuietly(POIFSFileSystem fs) {
        if (fs != null) {
            try {
                fs.close();
            }
            catch (IOException ignored) {
                // the file was only read
            }
        }
    }
}
