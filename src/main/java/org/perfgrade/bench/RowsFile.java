package org.perfgrade.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.dhatim.fastexcel.reader.ReadableWorkbook;

/**
 * 数据行文本: the data rows of the county workbooks (below the title, date and header rows) as MySQL's default
 * LOAD DATA text — one row a line, cells separated by tabs, {@code \t \n \r \\} escaped with a backslash, an empty
 * cell as {@code \N} — so that the database floors load exactly the cells the import reads.
 */
final class RowsFile {

    /** Title, date line and header above the data in every sample workbook. */
    static final int HEADING_ROWS = 3;
    /** The widest sample workbook (the ledger) has 21 columns; the floor table has as many. */
    static final int COLUMNS = 21;

    private RowsFile() {
    }

    /** Writes the data rows of the workbooks and returns how many. */
    static long write(List<Path> workbooks, Path target) throws IOException {
        long rows = 0;
        try (BufferedWriter out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            for (Path workbook : workbooks) {
                rows += workbook.toString().endsWith(".xls") ? xls(workbook, out) : xlsx(workbook, out);
            }
        }
        return rows;
    }

    /** Reads the rows back, cell texts (null for empty) padded to {@link #COLUMNS}. */
    static void read(Path file, Consumer<String[]> rows) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] cells = new String[COLUMNS];
                int column = 0;
                int start = 0;
                for (int i = 0; i <= line.length(); i++) {
                    if (i == line.length() || line.charAt(i) == '\t') {
                        cells[column++] = unescape(line, start, i);
                        start = i + 1;
                    }
                }
                rows.accept(cells);
            }
        }
    }

    private static long xlsx(Path workbook, BufferedWriter out) throws IOException {
        long rows = 0;
        try (ReadableWorkbook book = new ReadableWorkbook(workbook.toFile());
             var stream = book.getFirstSheet().openStream()) {
            for (var row : (Iterable<org.dhatim.fastexcel.reader.Row>) stream::iterator) {
                if (row.getRowNum() <= HEADING_ROWS) {
                    continue;
                }
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < row.getCellCount(); i++) {
                    var cell = row.getCell(i);
                    cells.add(cell == null ? null : cell.getText());
                }
                line(cells, out);
                rows++;
            }
        }
        return rows;
    }

    private static long xls(Path workbook, BufferedWriter out) throws IOException {
        long rows = 0;
        DataFormatter format = new DataFormatter();
        try (Workbook book = WorkbookFactory.create(workbook.toFile(), null, true)) {
            Sheet sheet = book.getSheetAt(0);
            for (Row row : sheet) {
                if (row.getRowNum() < HEADING_ROWS) {
                    continue;
                }
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < row.getLastCellNum(); i++) {
                    Cell cell = row.getCell(i);
                    cells.add(cell == null ? null : format.formatCellValue(cell));
                }
                line(cells, out);
                rows++;
            }
        }
        return rows;
    }

    private static void line(List<String> cells, BufferedWriter out) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < COLUMNS; i++) {
            if (i > 0) {
                line.append('\t');
            }
            String value = i < cells.size() ? cells.get(i) : null;
            if (value == null || value.isEmpty()) {
                line.append("\\N");
                continue;
            }
            for (int k = 0; k < value.length(); k++) {
                char c = value.charAt(k);
                switch (c) {
                    case '\t' -> line.append("\\t");
                    case '\n' -> line.append("\\n");
                    case '\r' -> line.append("\\r");
                    case '\\' -> line.append("\\\\");
                    default -> line.append(c);
                }
            }
        }
        out.write(line.append('\n').toString());
    }

    private static String unescape(String line, int from, int to) {
        if (to - from == 2 && line.charAt(from) == '\\' && line.charAt(from + 1) == 'N') {
            return null;
        }
        StringBuilder value = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < to) {
                char next = line.charAt(++i);
                value.append(switch (next) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> next;
                });
            } else {
                value.append(c);
            }
        }
        return value.toString();
    }
}
