package org.perfgrade.reliability;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.perfgrade.DatabaseTest;
import org.perfgrade.LedgerTables;
import org.perfgrade.WorkspaceProperties;
import org.perfgrade.document.AtomicFiles;
import org.perfgrade.ingest.ImportReport;
import org.perfgrade.ingest.SubmissionImporter;
import org.perfgrade.reference.ReferenceData;
import org.perfgrade.reliability.RawXlsx.Cell;
import org.perfgrade.reliability.RawXlsx.Sheet;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile and broken county files, built here, each taken in through the inbox beside a good file of another county:
 * every one is imported correctly or refused whole with a clear Chinese reason naming the file, the original is
 * kept, nothing of its county enters the ledger, and the good file of the same run is imported.
 */
@DatabaseTest
class HostileInputTests {

    static final LocalDate AS_OF = LocalDate.of(2021, 6, 10);
    static final String HOSTILE = "兰考县";
    static final String GOOD = "杞县";

    @Autowired
    SubmissionImporter importer;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReferenceData reference;

    @Autowired
    WorkspaceProperties workspace;

    @TempDir
    Path inbox;

    @BeforeEach
    void clear() throws IOException {
        LedgerTables.clear(jdbc);
        // the good file of every run: three enterprises of another county
        RawXlsx.with(Sheet.of("提升企业清单", HostileFiles.sheet(HostileFiles.rows(GOOD, "杞县好", 3))))
                .write(inbox.resolve(GOOD).resolve("杞县提升企业清单.xlsx"));
    }

    /** What one run of the inbox did: the report of the hostile file, after checking the good one. */
    private ImportReport run(Path hostile) {
        List<ImportReport> reports = importer.importInbox(inbox, AS_OF);
        ImportReport good = reports.stream().filter(r -> r.file().contains("杞县提升企业清单")).findFirst()
                .orElseThrow();
        assertThat(good.status()).as(good.toString()).isEqualTo(ImportReport.IMPORTED);
        assertThat(plans(GOOD)).as("the good file of the same run").isEqualTo(3);
        return reports.stream().filter(r -> r.file().equals(hostile.toString())).findFirst().orElseThrow();
    }

    /** Refused whole: the code, a reason naming the file, the original kept and moved aside, nothing imported. */
    private void assertRefusedWhole(Path hostile, String sha256, ImportReport report, String code, String... words) {
        String name = hostile.getFileName().toString();
        assertThat(report.status()).as(report.toString()).isEqualTo(ImportReport.REJECTED);
        assertThat(report.errors()).as(report.toString()).anySatisfy(e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.message()).contains(name);
            for (String word : words) {
                assertThat(e.message()).contains(word);
            }
        });
        assertThat(plans(HOSTILE)).isZero();
        assertThat(count("SELECT COUNT(*) FROM enterprise WHERE county_code = :c", code(HOSTILE))).isZero();
        assertThat(workspace.dataDir().resolve("submissions").resolve(sha256)).isDirectory();
        assertThat(hostile).doesNotExist();
        assertThat(hostile.resolveSibling("rejected").resolve(name)).isRegularFile();
        assertThat(hostile.resolveSibling("rejected").resolve(name + ".原因.txt")).content(StandardCharsets.UTF_8)
                .contains(name);
    }

    private Path hostile(String name) throws IOException {
        return Files.createDirectories(inbox.resolve(HOSTILE)).resolve(name);
    }

    @Test
    void randomBytesNamedXlsxAreRefusedAsNoSpreadsheet() throws IOException {
        // given 64 KiB of noise named .xlsx
        byte[] noise = new byte[1 << 16];
        new Random(11).nextBytes(noise);
        noise[0] = 0x13; // not by chance a zip or OLE2 signature
        Path file = Files.write(hostile("兰考县提升企业清单.xlsx"), noise);
        String sha = AtomicFiles.sha256(file);
        // when
        ImportReport report = run(file);
        // then
        assertRefusedWhole(file, sha, report, "F01", "不是 Excel 表格");
    }

    @Test
    void noiseBehindAZipSignatureAndATruncatedXlsxAreRefusedAsCorrupt() throws IOException {
        // given noise after the zip signature, and a real workbook cut in half
        byte[] noise = new byte[1 << 15];
        new Random(12).nextBytes(noise);
        System.arraycopy(new byte[] { 'P', 'K', 3, 4 }, 0, noise, 0, 4);
        Path zipNoise = Files.write(hostile("兰考县提升企业清单（乱码）.xlsx"), noise);
        Path whole = RawXlsx.with(Sheet.of("提升企业清单", HostileFiles.sheet(HostileFiles.rows(HOSTILE, "兰考", 40))))
                .write(inbox.resolve("whole.xlsx.tmp"));
        byte[] bytes = Files.readAllBytes(whole);
        Files.delete(whole);
        Path truncated = Files.write(hostile("兰考县提升企业清单（半截）.xlsx"), Arrays.copyOf(bytes, bytes.length / 2));
        String shaNoise = AtomicFiles.sha256(zipNoise);
        String shaTruncated = AtomicFiles.sha256(truncated);
        // when
        ImportReport noiseReport = run(zipNoise);
        ImportReport truncatedReport = importer.importInbox(inbox, AS_OF).stream()
                .filter(r -> r.file().equals(truncated.toString())).findFirst().orElse(null);
        // then (both files were taken in by the one run; the second run finds nothing new)
        assertRefusedWhole(zipNoise, shaNoise, noiseReport, "F02", "损坏");
        assertThat(truncatedReport).isNull();
        assertThat(jdbc.sql("SELECT status FROM submission WHERE sha256 = :s").param("s", shaTruncated)
                .query(String.class).single()).isEqualTo("REJECTED");
        assertThat(truncated.resolveSibling("rejected").resolve(truncated.getFileName() + ".原因.txt"))
                .content(StandardCharsets.UTF_8).contains("损坏");
    }

    @Test
    void aZipBombOfGigabytesIsRefusedBeforeItIsExpanded() throws IOException {
        // given a workbook whose sheet part expands to a gigabyte of zeros (4.5 MB compressed)
        Path file = hostile("兰考县提升企业清单.xlsx");
        Path plain = RawXlsx.with(Sheet.of("提升企业清单", HostileFiles.sheet(HostileFiles.rows(HOSTILE, "兰考", 3))))
                .write(inbox.resolve("plain.xlsx.tmp"));
        try (var zip = new java.util.zip.ZipFile(plain.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            out.setLevel(Deflater.BEST_SPEED);
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(zip.getInputStream(entry).readAllBytes());
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    byte[] zeros = new byte[1 << 24];
                    for (int i = 0; i < 64; i++) {
                        out.write(zeros);
                    }
                }
                out.closeEntry();
            }
        }
        Files.delete(plain);
        String sha = AtomicFiles.sha256(file);
        // when
        ImportReport report = run(file);
        // then
        assertThat(Files.size(file.resolveSibling("rejected").resolve(file.getFileName()))).isLessThan(20L << 20);
        assertRefusedWhole(file, sha, report, "F07", "压缩炸弹");
    }

    @Test
    void anExternalEntityIsNeverResolved() throws IOException {
        // given a secret file on the machine and a sheet whose DOCTYPE points an entity at it (XXE)
        Path secret = Files.writeString(inbox.resolveSibling(inbox.getFileName() + "-secret.txt"), "绝密口令XYZZY");
        String doctype = "<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>";
        List<List<Cell>> rows = HostileFiles.rows(HOSTILE, "兰考", 2);
        rows.get(0).set(HostileFiles.NAME, Cell.rawInline("&xxe;"));
        Path file = RawXlsx.with(Sheet.of("提升企业清单", HostileFiles.sheet(rows))).prologue(doctype)
                .write(hostile("兰考县提升企业清单.xlsx"));
        String sha = AtomicFiles.sha256(file);
        // when
        ImportReport report = run(file);
        // then: refused whole, and the secret is nowhere in the database
        assertRefusedWhole(file, sha, report, "F02");
        assertThat(count("SELECT COUNT(*) FROM enterprise WHERE name LIKE '%XYZZY%'"))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM rejected_row WHERE message LIKE '%XYZZY%' OR cell_value LIKE '%XYZZY%'"))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM submission WHERE message LIKE '%XYZZY%'")).isZero();
    }

    @Test
    @Timeout(120)
    void nestedInternalEntitiesDoNotExpand() throws IOException {
        // given the "billion laughs": ten levels of entities each ten times the one below
        StringBuilder doctype = new StringBuilder("<!DOCTYPE worksheet [<!ENTITY l0 \"哈哈哈哈哈哈哈哈\">");
        for (int i = 1; i <= 10; i++) {
            doctype.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10))
                    .append("\">");
        }
        doctype.append("]>");
        List<List<Cell>> rows = HostileFiles.rows(HOSTILE, "兰考", 2);
        rows.get(1).set(HostileFiles.NAME, Cell.rawInline("&l10;"));
        Path file = RawXlsx.with(Sheet.of("提升企业清单", HostileFiles.sheet(rows))).prologue(doctype.toString())
                .write(hostile("兰考县提升企业清单.xlsx"));
        String sha = AtomicFiles.sha256(file);
        // when
        ImportReport report = run(file);
        // then
        assertRefusedWhole(file, sha, report, "F02");
    }

    @Test
    void aWorkbookWithAnOpeningPasswordIsRefusedAsProtected() throws Exception {
        // given a good workbook encrypted the way Excel does it (agile encryption)
        Path plain = RawXlsx.with(Sheet.of("提升企业清单", HostileFiles.sheet(HostileFiles.rows(HOSTILE, "兰考", 3))))
                .write(inbox.resolve("plain.xlsx.tmp"));
        Path file = hostile("兰考县提升企业清单.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("kaifeng2021");
            try (OPCPackage opc = OPCPackage.open(Files.newInputStream(plain));
                 OutputStream out = encryptor.getDataStream(fs)) {
                opc.save(out);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        Files.delete(plain);
        String sha = AtomicFiles.sha256(file);
        // when
        ImportReport report = run(file);
        // then
        assertRefusedWhole(file, sha, report, "F03", "密码");
    }

    @Test
    void aCellOf100000CharactersRefusesItsRowOnlyAndNamesTheCell() throws IOException {
        // given three rows, the second with an enterprise name and measures of 100,000 characters
        List<List<Cell>> rows = HostileFiles.rows(HOSTILE, "兰考", 3);
        rows.get(1).set(HostileFiles.NAME, Cell.text("长".repeat(100_000)));
        rows.get(1).set(10, Cell.text("措".repeat(100_000)));
        Path file = RawXlsx.with(Sheet.of("提升企业清单", HostileFiles.sheet(rows)))
                .write(hostile("兰考县提升企业清单.xlsx"));
        // when
        ImportReport report = run(file);
        // then: the two other rows are in, the long one is refused at its cells (row 5, column D)
        assertThat(report.status()).isEqualTo(ImportReport.IMPORTED);
        assertThat(plans(HOSTILE)).isEqualTo(2);
        assertThat(report.errors()).anySatisfy(e -> {
            assertThat(e.code()).isEqualTo("R18");
            assertThat(e.row()).isEqualTo(5);
            assertThat(e.column()).isEqualTo("D");
        });
        assertThat(jdbc.sql("SELECT MAX(CHAR_LENGTH(cell_value)) FROM rejected_row").query(Integer.class).single())
                .isLessThanOrEqualTo(500);
    }

    @Test
    void formulasThatWouldCallOutAreReadByTheirCachedValueAndNeverRun() throws IOException {
        // given a listener standing in for a web service, and formulas of every kind that would reach it
        try (ServerSocket listener = new ServerSocket(0)) {
            String url = "http://127.0.0.1:" + listener.getLocalPort() + "/steal";
            List<List<Cell>> rows = HostileFiles.rows(HOSTILE, "兰考", 4);
            rows.get(0).set(HostileFiles.NAME, Cell.formula("HYPERLINK(\"" + url + "\",\"兰考链接铸造有限公司\")",
                    "兰考链接铸造有限公司"));
            rows.get(1).set(9, Cell.formula("WEBSERVICE(\"" + url + "\")", "问题已核实"));
            rows.get(2).set(10, Cell.formula("cmd|' /c calc'!A0", "=cmd|' /c calc'!A0"));
            rows.get(3).set(HostileFiles.DUE, Cell.formula("DATE(2021,9,30)", "2021-09-30"));
            Path file = RawXlsx.with(Sheet.of("提升企业清单", HostileFiles.sheet(rows)))
                    .write(hostile("兰考县提升企业清单.xlsx"));
            // when
            ImportReport report = run(file);
            // then: nothing connected, every value is what Excel cached, kept as text
            listener.setSoTimeout(200);
            boolean called;
            try (var ignored = listener.accept()) {
                called = true;
            }
            catch (SocketTimeoutException expected) {
                called = false;
            }
            assertThat(called).as("a formula reached the network").isFalse();
            assertThat(report.status()).as(report.toString()).isEqualTo(ImportReport.IMPORTED);
            assertThat(count("SELECT COUNT(*) FROM enterprise WHERE name = '兰考链接铸造有限公司'")).isEqualTo(1);
            assertThat(count("SELECT COUNT(*) FROM improvement_plan WHERE problems = '问题已核实'")).isEqualTo(1);
            assertThat(jdbc.sql("SELECT planned_completion FROM improvement_plan p JOIN ledger_line l "
                            + "ON l.id = p.ledger_line_id JOIN enterprise e ON e.id = l.enterprise_id "
                            + "WHERE e.name = '兰考4号铸造有限公司'").query(LocalDate.class).single())
                    .isEqualTo(LocalDate.of(2021, 9, 30));
            assertThat(count("SELECT COUNT(*) FROM improvement_plan WHERE measures LIKE '%cmd|%'"))
                    .as("the DDE text is kept as text or refused, never as a formula").isLessThanOrEqualTo(1);
        }
    }

    @Test
    void hiddenRowsAndColumnsAreImportedAndMergedCountyCellsAreExplainedAtEachCell() throws IOException {
        // given the 县、区 column merged down rows 6 and 7 (value only in the top cell), a hidden row and column
        List<List<Cell>> rows = HostileFiles.rows(HOSTILE, "兰考", 4);
        rows.get(3).set(HostileFiles.COUNTY, null);
        Path file = RawXlsx.with(new Sheet("提升企业清单", false, HostileFiles.sheet(rows),
                        "<mergeCells count=\"2\"><mergeCell ref=\"A1:M1\"/><mergeCell ref=\"C6:C7\"/></mergeCells>"))
                .write(hostile("兰考县提升企业清单.xlsx"));
        hideRowAndColumn(file);
        // when
        ImportReport report = run(file);
        // then: the hidden row 5 and the hidden column I are read like the rest; the blank part of the merged range
        // is refused at its cell, saying why (fastexcel-reader gives no merged ranges, so the clerk must unmerge)
        assertThat(report.status()).as(report.toString()).isEqualTo(ImportReport.IMPORTED);
        assertThat(plans(HOSTILE)).as(report.toString()).isEqualTo(3);
        assertThat(count("SELECT COUNT(*) FROM improvement_plan WHERE differentiating_index LIKE '颗粒物%'"))
                .isEqualTo(6);
        assertThat(report.errors()).filteredOn(e -> "error".equals(e.level())).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo("R01");
            assertThat(e.row()).isEqualTo(7);
            assertThat(e.column()).isEqualTo("C");
            assertThat(e.message()).contains("县、区为空", "合并单元格");
        });
    }

    @Test
    void aHiddenSheetNeitherHidesNorReplacesTheVisibleList() throws IOException {
        // given a hidden first sheet with another county's list, and the visible list of 兰考县 after it
        Sheet decoy = Sheet.of("隐藏", HostileFiles.sheet(HostileFiles.rows("通许县", "通许隐藏", 5))).hide();
        Sheet visible = Sheet.of("提升企业清单", HostileFiles.sheet(HostileFiles.rows(HOSTILE, "兰考", 3)));
        Path file = RawXlsx.with(decoy, visible).write(hostile("兰考县提升企业清单.xlsx"));
        // when
        ImportReport report = run(file);
        // then
        assertThat(report.status()).as(report.toString()).isEqualTo(ImportReport.IMPORTED);
        assertThat(plans(HOSTILE)).isEqualTo(3);
        assertThat(plans("通许县")).isZero();
    }

    @Test
    void everyTextCellInFullWidthCharactersIsImportedAsItsHalfWidthValue() throws IOException {
        // given a list whose every text cell is written in full-width forms (ＡＢＣ，１２３)
        List<List<Cell>> rows = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            List<Cell> row = HostileFiles.row(i, HOSTILE, "兰考全角" + i + "号铸造有限公司");
            row.set(0, Cell.text(fullWidth(String.valueOf(i))));
            row.set(6, Cell.text("Ｃ"));
            row.set(7, Cell.text("Ｂ"));
            row.set(8, Cell.text("颗粒物排放浓度不高于１０ｍｇ／ｍ³"));
            row.set(HostileFiles.DUE, Cell.text("２０２１－０９－３０"));
            rows.add(row);
        }
        Path file = RawXlsx.with(Sheet.of("提升企业清单", HostileFiles.sheet(rows)))
                .write(hostile("兰考县提升企业清单.xlsx"));
        // when
        ImportReport report = run(file);
        // then
        assertThat(report.status()).as(report.toString()).isEqualTo(ImportReport.IMPORTED);
        assertThat(report.errors()).as(report.toString()).noneMatch(e -> "ERROR".equals(e.level()));
        assertThat(jdbc.sql("SELECT p.target_grade FROM improvement_plan p JOIN ledger_line l ON l.id = "
                        + "p.ledger_line_id JOIN enterprise e ON e.id = l.enterprise_id WHERE e.county_code = :c")
                .param("c", code(HOSTILE)).query(String.class).list()).containsOnly("B").hasSize(3);
        assertThat(jdbc.sql("SELECT p.planned_completion FROM improvement_plan p JOIN ledger_line l ON l.id = "
                        + "p.ledger_line_id JOIN enterprise e ON e.id = l.enterprise_id WHERE e.county_code = :c")
                .param("c", code(HOSTILE)).query(LocalDate.class).list()).containsOnly(LocalDate.of(2021, 9, 30));
    }

    @Test
    void datesAsTextInFiveFormsAndAsNumbersAllMeanTheSameDay() throws IOException {
        // given seven rows due on 2021-09-30, written in five text forms, as a date cell and as a bare serial
        // (a number without a date format, which Excel shows as 44469: read as that day, with R30 saying so)
        List<Cell> dues = List.of(Cell.text("2021-09-30"), Cell.text("2021/9/30"), Cell.text("2021年9月30日"),
                Cell.text("2021.9.30"), Cell.text("20210930"), Cell.date(44469), Cell.number(44469));
        List<List<Cell>> rows = HostileFiles.rows(HOSTILE, "兰考", dues.size());
        for (int i = 0; i < dues.size(); i++) {
            rows.get(i).set(HostileFiles.DUE, dues.get(i));
        }
        Path file = RawXlsx.with(Sheet.of("提升企业清单", HostileFiles.sheet(rows)))
                .write(hostile("兰考县提升企业清单.xlsx"));
        // when
        ImportReport report = run(file);
        // then
        assertThat(report.status()).as(report.toString()).isEqualTo(ImportReport.IMPORTED);
        assertThat(jdbc.sql("SELECT p.planned_completion FROM improvement_plan p JOIN ledger_line l ON l.id = "
                        + "p.ledger_line_id JOIN enterprise e ON e.id = l.enterprise_id WHERE e.county_code = :c")
                .param("c", code(HOSTILE)).query(LocalDate.class).list()).as(report.toString())
                .hasSize(dues.size()).containsOnly(LocalDate.of(2021, 9, 30));
        assertThat(report.errors()).filteredOn(e -> "error".equals(e.level())).isEmpty();
        assertThat(report.errors()).filteredOn(e -> "L".equals(e.column())).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo("R30");
            assertThat(e.row()).isEqualTo(10);
            assertThat(e.original()).isEqualTo("44469");
            assertThat(e.readAs()).isEqualTo("2021-09-30");
        });
    }

    @Test
    void fileNamesWithSeparatorsDotsAndControlCharactersStayInsideTheArchive() throws IOException {
        // given files whose names carry a backslash path, "..", and control characters
        List<String> names = List.of("..\\..\\..\\etc\\兰考县提升企业清单.xlsx", "..兰考县提升企业清单..xlsx",
                "兰考县\u0007\u001b[31m提升\r\n企业清单.xlsx");
        List<Path> files = new ArrayList<>();
        AtomicInteger n = new AtomicInteger();
        for (String name : names) {
            files.add(RawXlsx.with(Sheet.of("提升企业清单", HostileFiles.sheet(HostileFiles.rows(HOSTILE,
                    "兰考" + n.incrementAndGet() + "批", 2)))).write(hostile(name)));
        }
        // when
        List<ImportReport> reports = importer.importInbox(inbox, AS_OF);
        // then: each imported, its original archived inside data/submissions, nothing written elsewhere
        assertThat(reports).filteredOn(r -> r.file().contains(HOSTILE)).hasSize(3)
                .allSatisfy(r -> assertThat(r.status()).as(r.toString()).isEqualTo(ImportReport.IMPORTED));
        assertThat(plans(HOSTILE)).isEqualTo(6);
        Path submissions = workspace.dataDir().resolve("submissions").toAbsolutePath().normalize();
        for (String stored : jdbc.sql("SELECT stored_path FROM submission").query(String.class).list()) {
            Path path = Path.of(stored).toAbsolutePath().normalize();
            assertThat(path).startsWith(submissions).isRegularFile();
            assertThat(path.getFileName().toString()).doesNotContain("/", "\\", "\u0007", "\n");
        }
        try (var all = Files.walk(inbox.getParent(), 1)) {
            assertThat(all.map(p -> p.getFileName().toString())).noneMatch(s -> s.contains("提升企业清单"));
        }
    }

    private static void hideRowAndColumn(Path file) throws IOException {
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(file))) {
            var sheet = workbook.getSheetAt(0);
            sheet.getRow(4).setZeroHeight(true);
            sheet.setColumnHidden(8, true);
            Path temp = file.resolveSibling(".hidden.tmp");
            try (OutputStream out = Files.newOutputStream(temp)) {
                workbook.write(out);
            }
            Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String fullWidth(String text) {
        StringBuilder out = new StringBuilder();
        for (char ch : text.toCharArray()) {
            out.append(ch >= '!' && ch <= '~' ? (char) (ch + 0xFEE0) : ch);
        }
        return out.toString();
    }

    private String code(String county) {
        return reference.county(county).orElseThrow().code();
    }

    private long plans(String county) {
        return jdbc.sql("SELECT COUNT(*) FROM improvement_plan p JOIN ledger_line l ON l.id = p.ledger_line_id "
                + "JOIN enterprise e ON e.id = l.enterprise_id WHERE e.county_code = :c").param("c", code(county))
                .query(Long.class).single();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private long count(String sql, String county) {
        return jdbc.sql(sql).param("c", county).query(Long.class).single();
    }
}
