package org.perfgrade.ingest.header;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.perfgrade.ingest.IngestLimits;
import org.perfgrade.ingest.problem.FileRejectedException;
import org.perfgrade.ingest.problem.Problem;
import org.perfgrade.ingest.problem.ProblemCode;
import org.perfgrade.ingest.sheet.RowStream;
import org.perfgrade.ingest.sheet.SheetRow;
import org.perfgrade.ingest.sheet.SourceCell;
import org.perfgrade.ingest.sheet.SpreadsheetFile;

/**
 * 数据行游标: pulls the data rows below the header of a {@link DetectedSheet} one at a time, each with its cells by
 * column and its Excel row number, so a reader can stop and resume anywhere ({@link #skipTo}) and a 100,000-row
 * .xlsx is never held in memory. Rows that hold no data are passed over, as a clerk would (reading rule 8, see
 * {@link DataRowFilter}), and kept with their reason for the receipt's 已跳过 list ({@link #takeSkipped()}): blank
 * rows (a run of them as one entry) only when a data row follows them, since Excel files often carry hundreds of
 * formatted empty rows after the last one. More than {@link IngestLimits#maxRows()} non-blank rows refuse the file
 * (F06). Independent of Spring Batch.
 */
public final class RowCursor implements AutoCloseable {

    private final SpreadsheetFile file;
    private final boolean ownsFile;
    private final DetectedSheet sheet;
    private final RowStream rows;
    private final DataRowFilter filter;
    private SheetRow pending;
    private boolean ended;
    private int lastRowNumber;
    /** The last non-blank row pulled (the header row before the first): rows between it and the next are blank. */
    private int lastFilledRow;
    private long dataRows;
    /** Rows passed over since the last data row, blank-like ones still waiting for a data row to follow. */
    private final List<Passed> passed = new ArrayList<>();
    /** Rows passed over that the receipt lists, not yet taken. */
    private final List<SkippedRow> skipped = new ArrayList<>();

    private record Passed(SkippedRow row, boolean blank) {
    }

    private RowCursor(SpreadsheetFile file, boolean ownsFile, DetectedSheet sheet, RowStream rows) {
        this.file = file;
        this.ownsFile = ownsFile;
        this.sheet = sheet;
        this.rows = rows;
        this.filter = new DataRowFilter(sheet);
        this.lastRowNumber = sheet.headerRowNumber();
        this.lastFilledRow = sheet.headerRowNumber();
    }

    /** A cursor over an open file; closing the cursor leaves the file open. */
    public static RowCursor open(SpreadsheetFile file, DetectedSheet sheet) throws FileRejectedException {
        return new RowCursor(file, false, sheet, file.rows(file.sheet(sheet.sheetName())));
    }

    /** A cursor that opens the file itself (checks included) and closes it with the cursor. */
    public static RowCursor open(Path path, DetectedSheet sheet, IngestLimits limits) throws FileRejectedException {
        SpreadsheetFile file = SpreadsheetFile.open(path, limits);
        try {
            return new RowCursor(file, true, sheet, file.rows(file.sheet(sheet.sheetName())));
        }
        catch (FileRejectedException | RuntimeException ex) {
            file.close();
            throw ex;
        }
    }

    /** The next data row, or empty at the end of the sheet. */
    public Optional<SourceRow> next() throws FileRejectedException {
        while (true) {
            SheetRow row = pull();
            if (row == null) {
                passed.stream().filter(p -> !p.blank()).forEach(p -> skipped.add(p.row()));
                passed.clear();
                return Optional.empty();
            }
            lastRowNumber = row.rowNumber();
            if (row.rowNumber() > lastFilledRow + 1) {
                passed.add(new Passed(blank(lastFilledRow + 1, row.rowNumber() - 1), true));
            }
            lastFilledRow = row.rowNumber();
            Map<Column, SourceCell> cells = cells(row);
            DataRowFilter.NotData notData = filter.classify(row, cells);
            if (notData == null) {
                passed.forEach(p -> skipped.add(p.row()));
                passed.clear();
                return Optional.of(new SourceRow(sheet.sheetName(), row.rowNumber(), cells));
            }
            passed.add(new Passed(new SkippedRow(sheet.sheetName(), row.rowNumber(), notData.reason()),
                    notData.blank()));
        }
    }

    /** A run of blank rows as one entry: 空行, or 空行（第5至8行）. */
    private SkippedRow blank(int from, int to) {
        return new SkippedRow(sheet.sheetName(), from, from == to ? "空行" : "空行（第" + from + "至" + to + "行）");
    }

    /**
     * The rows passed over as not data since the last call, in row order: those before each data row returned so
     * far, and once the end is reached those after the last data row (blank ones there left out).
     */
    public List<SkippedRow> takeSkipped() {
        List<SkippedRow> taken = List.copyOf(skipped);
        skipped.clear();
        return taken;
    }

    /** The row number of the last row returned or passed over; the header row before the first. */
    public int lastRowNumber() {
        return lastRowNumber;
    }

    /**
     * Advances so that the next row returned lies below {@code rowNumber} (a restart after that row); the rows
     * passed over up to there are not listed again.
     */
    public void skipTo(int rowNumber) throws FileRejectedException {
        while (lastRowNumber < rowNumber) {
            SheetRow row = pull();
            if (row == null) {
                break;
            }
            if (row.rowNumber() > rowNumber) {
                pending = row;
                break;
            }
            lastRowNumber = row.rowNumber();
            lastFilledRow = row.rowNumber();
        }
        passed.clear();
        skipped.clear();
    }

    /**
     * How often each value of the 县、区 column occurs (trimmed, blank values left out, first-seen order), read in
     * a separate streaming pass: the last clue for the submitting county.
     */
    public static Map<String, Long> countyColumnCounts(SpreadsheetFile file, DetectedSheet sheet)
            throws FileRejectedException {
        Map<String, Long> counts = new LinkedHashMap<>();
        if (!sheet.columnIndex().containsKey(Column.COUNTY)) {
            return counts;
        }
        try (RowCursor cursor = open(file, sheet)) {
            for (Optional<SourceRow> row = cursor.next(); row.isPresent(); row = cursor.next()) {
                String county = row.get().text(Column.COUNTY);
                if (!county.isEmpty()) {
                    counts.merge(county, 1L, Long::sum);
                }
            }
        }
        return counts;
    }

    @Override
    public void close() {
        try {
            rows.close();
        }
        finally {
            if (ownsFile) {
                file.close();
            }
        }
    }

    /** The next non-blank row below the header, counted against the row limit. */
    private SheetRow pull() throws FileRejectedException {
        if (pending != null) {
            SheetRow row = pending;
            pending = null;
            return row;
        }
        while (!ended) {
            SheetRow row = rows.next();
            if (row == null) {
                ended = true;
            } else if (row.rowNumber() > sheet.headerRowNumber() && !row.isBlank()) {
                dataRows++;
                if (dataRows > file.limits().maxRows()) {
                    throw tooManyRows(row.rowNumber());
                }
                return row;
            }
        }
        return null;
    }

    private Map<Column, SourceCell> cells(SheetRow row) {
        Map<Column, SourceCell> cells = new EnumMap<>(Column.class);
        sheet.columnIndex().forEach((column, index) -> cells.put(column, row.cell(index)));
        return cells;
    }

    private FileRejectedException tooManyRows(int rowNumber) {
        Problem problem = new Problem(ProblemCode.F06_TOO_MANY_ROWS, sheet.sheetName(), rowNumber, null, null, null,
                "文件“" + file.fileName() + "”工作表“" + sheet.sheetName() + "”的数据超过 " + file.limits().maxRows()
                        + " 行的上限（读到第" + rowNumber + "行时超出）；请分成几个文件报送。");
        return new FileRejectedException(problem, null);
    }
}
