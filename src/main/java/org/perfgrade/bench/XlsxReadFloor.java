package org.perfgrade.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.dhatim.fastexcel.reader.ReadableWorkbook;

/**
 * 读取下限: a bare pass over the same county workbooks with the fastest streaming reader measured
 * (org.dhatim:fastexcel-reader; POI's SAX path took 3× as long), counting the non-empty cells and nothing else.
 * An old .xls (one county's 附件2 in the sample) is read with POI's HSSF, the only reader of that format here.
 */
final class XlsxReadFloor {

    static final String TOOL = "fastexcel-reader 0.20.2（.xls：POI HSSF）";

    private XlsxReadFloor() {
    }

    /** The non-empty cells of every sheet of the workbooks. */
    static long countCells(List<Path> workbooks) throws IOException {
        long cells = 0;
        for (Path workbook : workbooks) {
            cells += workbook.toString().endsWith(".xls") ? xls(workbook) : xlsx(workbook);
        }
        return cells;
    }

    private static long xlsx(Path workbook) throws IOException {
        long cells = 0;
        try (ReadableWorkbook book = new ReadableWorkbook(workbook.toFile())) {
            for (var sheet : book.getSheets().toList()) {
                try (var rows = sheet.openStream()) {
                    cells += rows.mapToLong(row -> row.stream().filter(c -> c != null
                            && c.getType() != org.dhatim.fastexcel.reader.CellType.EMPTY)
                            .count()).sum();
                }
            }
        }
        return cells;
    }

    private static long xls(Path workbook) throws IOException {
        long cells = 0;
        try (Workbook book = WorkbookFactory.create(workbook.toFile(), null, true)) {
            for (var sheet : book) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() != CellType.BLANK) {
                            cells++;
                        }
                    }
                }
            }
        }
        return cells;
    }
}
