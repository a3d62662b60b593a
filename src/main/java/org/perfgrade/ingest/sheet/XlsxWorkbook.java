package org.perfgrade.ingest.sheet;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.SheetVisibility;
import org.perfgrade.ingest.problem.FileRejectedException;

/**
 * .xlsx 读取: fastexcel-reader's pull-based stream of rows, one sheet XML read as it is consumed, so a county file of
 * a million rows needs no more memory than its shared strings. Cells carry their number format (ReadingOptions with
 * cell format) so that date-formatted numbers are recognised.
 */
final class XlsxWorkbook implements WorkbookSource {

    private final ReadableWorkbook workbook;
    private final String fileName;

    private XlsxWorkbook(ReadableWorkbook workbook, String fileName) {
        this.workbook = workbook;
        this.fileName = fileName;
    }

    /** Opens a file already checked by {@link ZipInspector}. */
    static XlsxWorkbook open(Path path, String fileName) throws FileRejectedException {
        try {
            return new XlsxWorkbook(new ReadableWorkbook(path.toFile(), new ReadingOptions(true, false)), fileName);
        }
        catch (IOException | RuntimeException ex) {
            throw SpreadsheetFile.corrupt(fileName, null, ex);
        }
    }

    @Override
    public List<SpreadsheetFile.Sheet> sheets() {
        return workbook.getSheets()
                .map(s -> new SpreadsheetFile.Sheet(s.getIndex(), s.getName(),
                        s.getVisibility() != SheetVisibility.VISIBLE))
                .toList();
    }

    @Override
    public RowStream open(SpreadsheetFile.Sheet sheet) throws FileRejectedException {
        org.dhatim.fastexcel.reader.Sheet source = workbook.getSheet(sheet.index()).orElseThrow();
        try {
            return new Rows(source.openStream(), sheet.name());
        }
        catch (IOException | RuntimeException ex) {
            throw SpreadsheetFile.corrupt(fileName, sheet.name(), ex);
        }
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }

    /** The rows of one sheet, converted as they are pulled. */
    private final class Rows implements RowStream {

        private final Stream<Row> stream;
        private final Iterator<Row> rows;
        private final String sheetName;

        Rows(Stream<Row> stream, String sheetName) {
            this.stream = stream;
            this.rows = stream.iterator();
            this.sheetName = sheetName;
        }

        @Override
        public SheetRow next() throws FileRejectedException {
            try {
                return rows.hasNext() ? convert(rows.next()) : null;
            }
            catch (RuntimeException ex) {
                throw SpreadsheetFile.corrupt(fileName, sheetName, ex);
            }
        }

        @Override
        public void close() {
            stream.close();
        }
    }

    private SheetRow convert(Row row) {
        int rowNumber = row.getRowNum();
        List<SourceCell> cells = new ArrayList<>(row.getCellCount());
        for (int i = 0; i < row.getCellCount(); i++) {
            Cell cell = row.getCell(i);
            cells.add(cell == null ? null : convert(cell, i, rowNumber));
        }
        return new SheetRow(rowNumber, cells);
    }

    private SourceCell convert(Cell cell, int column, int rowNumber) {
        String ref = ExcelCells.ref(column, rowNumber);
        Object value = cell.getValue();
        return switch (cell.getType()) {
            case EMPTY -> ExcelCells.blank(ref);
            case NUMBER, FORMULA -> value(ref, value, cell);
            case BOOLEAN -> ExcelCells.text(ref, Boolean.TRUE.equals(value) ? "TRUE" : "FALSE");
            case ERROR -> ExcelCells.text(ref, cell.getRawValue());
            case STRING -> ExcelCells.text(ref, value == null ? "" : value.toString());
        };
    }

    /** A number, or the cached result of a formula (number, text, boolean or error). */
    private SourceCell value(String ref, Object value, Cell cell) {
        if (value instanceof BigDecimal number) {
            boolean date = ExcelCells.isDateFormat(cell.getDataFormatId(), cell.getDataFormatString());
            return ExcelCells.number(ref, number, date, workbook.isDate1904());
        }
        if (value instanceof Boolean bool) {
            return ExcelCells.text(ref, bool ? "TRUE" : "FALSE");
        }
        return value == null ? ExcelCells.blank(ref) : ExcelCells.text(ref, value.toString());
    }
}
