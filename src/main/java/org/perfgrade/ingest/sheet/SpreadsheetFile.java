package org.perfgrade.ingest.sheet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.apache.poi.poifs.filesystem.FileMagic;
import org.perfgrade.ingest.IngestLimits;
import org.perfgrade.ingest.problem.FileRejectedException;
import org.perfgrade.ingest.problem.Problem;
import org.perfgrade.ingest.problem.ProblemCode;

/**
 * 县区报送文件: one county file opened for reading, whatever its extension says. Opening checks the file as a whole
 * and refuses it with a {@link FileRejectedException} naming the file: too large (F05), empty (F04), not a
 * spreadsheet (F01), corrupt or truncated (F02), password-protected (F03), a zip bomb (F07). An .xlsx is then read
 * as a stream (fastexcel-reader), an .xls in memory (POI HSSF, at most 65,536 rows a sheet). Rows are read through
 * {@link org.perfgrade.ingest.header.HeaderDetector} and {@link org.perfgrade.ingest.header.RowCursor}; close the
 * file when done.
 */
public final class SpreadsheetFile implements AutoCloseable {

    /** The container format found in the file's first bytes. */
    public enum Format {
        /** Office Open XML workbook (.xlsx, .xlsm). */
        XLSX,
        /** Excel 97–2003 workbook (.xls). */
        XLS
    }

    /** A sheet of the workbook: 0-based position, name, and whether the county hid it. */
    public record Sheet(int index, String name, boolean hidden) {
    }

    private final Path path;
    private final String fileName;
    private final Format format;
    private final IngestLimits limits;
    private final WorkbookSource source;

    private SpreadsheetFile(Path path, Format format, IngestLimits limits, WorkbookSource source) {
        this.path = path;
        this.fileName = displayName(path);
        this.format = format;
        this.limits = limits;
        this.source = source;
    }

    /**
     * Opens a county file after the whole-file checks. A local I/O failure (missing or unreadable file) is an
     * {@link UncheckedIOException}, not a rejection: it is not the county's fault.
     */
    public static SpreadsheetFile open(Path path, IngestLimits limits) throws FileRejectedException {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(limits, "limits");
        String name = displayName(path);
        FileMagic magic = FormatCheck.check(path, name, limits);
        if (magic == FileMagic.OOXML) {
            new ZipInspector(limits, name).inspect(path);
            return new SpreadsheetFile(path, Format.XLSX, limits, XlsxWorkbook.open(path, name));
        }
        return new SpreadsheetFile(path, Format.XLS, limits, XlsWorkbook.open(path, name));
    }

    public Path path() {
        return path;
    }

    /** The file name as shown in messages. */
    public String fileName() {
        return fileName;
    }

    public Format format() {
        return format;
    }

    public IngestLimits limits() {
        return limits;
    }

    /** All sheets, in workbook order, hidden ones included. */
    public List<Sheet> sheets() {
        return source.sheets();
    }

    /** The sheet of that name. */
    public Sheet sheet(String name) {
        return sheets().stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("文件“" + fileName + "”中没有工作表“" + name + "”"));
    }

    /** The rows of a sheet in file order, from the first; each call starts a new pass. */
    public RowStream rows(Sheet sheet) throws FileRejectedException {
        return source.open(sheet);
    }

    @Override
    public void close() {
        try {
            source.close();
        }
        catch (IOException ex) {
            throw new UncheckedIOException("无法关闭文件 " + path, ex);
        }
    }

    /** F02 for a file whose content the reader could not make sense of, naming the sheet when known. */
    static FileRejectedException corrupt(String fileName, String sheetName, Throwable cause) {
        String where = sheetName == null ? "" : "的工作表“" + sheetName + "”";
        String detail = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return new FileRejectedException(Problem.ofFile(ProblemCode.F02_CORRUPT, "文件“" + fileName + "”" + where
                + "已损坏或不完整，无法读取；请用 Excel 或 WPS 打开检查并重新保存后报送。（" + detail + "）"), cause);
    }

    private static String displayName(Path path) {
        Path name = path.getFileName();
        return name == null ? path.toString() : name.toString();
    }
}
