package org.perfgrade.ingest.county;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.perfgrade.WorkspaceProperties;
import org.perfgrade.document.AtomicFiles;
import org.perfgrade.document.xlsx.WorkbookStamp;
import org.perfgrade.ingest.ImportReport;
import org.perfgrade.ingest.SubmissionImporter;
import org.perfgrade.ingest.SubmissionKind;
import org.perfgrade.reference.County;
import org.perfgrade.reference.ReferenceData;

import org.springframework.stereotype.Service;

/**
 * Pulls the county databases named in config: each query result is written, unchanged, as a workbook in the
 * spreadsheet's own layout (title, header, rows) and then imported like a file sent by the county — the same
 * validation, the same receipts, and the same "already imported" answer when the database has not changed since
 * the last pull (the workbook is byte-for-byte the same).
 */
@Service
public class CountyDatabasePull {

    private static final java.util.regex.Pattern TABLE = java.util.regex.Pattern.compile(
            "[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)?");

    private final CountyDatabaseProperties properties;
    private final SubmissionImporter importer;
    private final ReferenceData reference;
    private final Path pulls;
    private final WorkbookStamp stamp;

    public CountyDatabasePull(CountyDatabaseProperties properties, SubmissionImporter importer,
                              ReferenceData reference, WorkspaceProperties workspace) {
        this.properties = properties;
        this.importer = importer;
        this.reference = reference;
        this.pulls = workspace.dataDir().toAbsolutePath().normalize().resolve("pulls");
        this.stamp = new WorkbookStamp(workspace.zone());
    }

    public boolean hasSources() {
        return !properties.databases().isEmpty();
    }

    /** Pulls and imports every configured county database. */
    public List<ImportReport> pullAll(LocalDate asOf) {
        List<ImportReport> reports = new ArrayList<>();
        for (CountyDatabaseProperties.Source source : properties.databases()) {
            reports.add(pull(source, asOf));
        }
        return reports;
    }

    ImportReport pull(CountyDatabaseProperties.Source source, LocalDate asOf) {
        County county = reference.county(source.county()).orElseThrow(() -> new IllegalStateException(
                "perfgrade.ingest.databases 中的县区“" + source.county() + "”不是本市的县区"));
        SubmissionKind kind = SubmissionKind.fromCode(source.kind()).orElseThrow(() -> new IllegalStateException(
                "perfgrade.ingest.databases 中“" + county.name() + "”的 kind“" + source.kind()
                        + "”应为 ledger、improvement、application、violation 或 expert"));
        Path file = pulls.resolve(county.name()).resolve(county.name() + kind.title() + "（数据库）.xlsx");
        try {
            Files.createDirectories(file.getParent());
            AtomicFiles.write(file, out -> export(source, county, kind, out));
        }
        catch (IOException ex) {
            throw new UncheckedIOException("无法保存从县区数据库读取的数据：" + ex.getMessage(), ex);
        }
        return importer.importFile(file, CountyHint.option(county.name()), asOf, false, "县区数据库 " + where(source));
    }

    /** The database's address without its options (which may carry a password), for the submission's source. */
    static String where(CountyDatabaseProperties.Source source) {
        String url = source.url().split("[?;]", 2)[0];
        return url.length() > 280 ? url.substring(0, 280) : url;
    }

    private void export(CountyDatabaseProperties.Source source, County county, SubmissionKind kind,
                        OutputStream out) throws SQLException, IOException {
        try (Connection connection = DriverManager.getConnection(source.url(), source.user(), source.password());
             PreparedStatement statement = connection.prepareStatement(sql(source, county))) {
            connection.setReadOnly(true);
            statement.setFetchSize(1000);
            try (ResultSet rows = statement.executeQuery(); SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
                SXSSFSheet sheet = workbook.createSheet(kind.sheetName());
                CellStyle dateStyle = workbook.createCellStyle();
                dateStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
                sheet.createRow(0).createCell(0).setCellValue(county.name() + kind.title() + "（县区数据库导出）");
                ResultSetMetaData meta = rows.getMetaData();
                Row header = sheet.createRow(1);
                for (int c = 1; c <= meta.getColumnCount(); c++) {
                    header.createCell(c - 1).setCellValue(meta.getColumnLabel(c));
                }
                int r = 2;
                while (rows.next()) {
                    Row row = sheet.createRow(r++);
                    for (int c = 1; c <= meta.getColumnCount(); c++) {
                        Object value = rows.getObject(c);
                        var cell = row.createCell(c - 1);
                        if (value instanceof Number n) {
                            cell.setCellValue(new BigDecimal(n.toString()).doubleValue());
                        }
                        else if (value instanceof java.sql.Date || value instanceof LocalDate) {
                            LocalDate d = value instanceof LocalDate l ? l : ((java.sql.Date) value).toLocalDate();
                            cell.setCellValue(d);
                            cell.setCellStyle(dateStyle);
                        }
                        else if (value != null) {
                            cell.setCellValue(value.toString());
                        }
                    }
                }
                // fixed document dates: an unchanged database gives the same bytes, so the pull is a duplicate
                stamp.dates(workbook, LocalDate.of(2000, 1, 1));
                workbook.getXSSFWorkbook().getProperties().getCoreProperties().setCreator("perfgrade");
                workbook.write(out);
            }
        }
    }

    private static String sql(CountyDatabaseProperties.Source source, County county) {
        if (source.query() != null && !source.query().isBlank()) {
            return source.query();
        }
        if (source.table() == null || !TABLE.matcher(source.table()).matches()) {
            throw new IllegalStateException("perfgrade.ingest.databases 中“" + county.name()
                    + "”须给出 query，或只含字母、数字、下划线的 table（实为“" + source.table() + "”）");
        }
        return "SELECT * FROM " + source.table();
    }
}
