package org.perfgrade.ingest.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfgrade.ingest.IngestFixtures;
import org.perfgrade.ingest.IngestLimits;
import org.perfgrade.ingest.header.HeaderDetector;
import org.perfgrade.ingest.problem.FileRejectedException;
import org.perfgrade.ingest.problem.ProblemCode;

/** Whole-file rejections: each with its code and a Chinese message naming the file. */
class FileRejectionTests {

    @TempDir
    Path dir;

    private Path goodXlsx() {
        return IngestFixtures.write(dir.resolve("好表.xlsx"), IngestFixtures.improvementSheet(
                IngestFixtures.IMPROVEMENT_HEADERS, List.of(IngestFixtures.improvementRow(1, "开封某铸造有限公司", "2021年9月"))));
    }

    private static FileRejectedException rejection(Path file, IngestLimits limits) {
        try (SpreadsheetFile spreadsheet = SpreadsheetFile.open(file, limits)) {
            new HeaderDetector().detect(spreadsheet);
        }
        catch (FileRejectedException ex) {
            return ex;
        }
        throw new AssertionError("not rejected: " + file);
    }

    private static void assertRejected(Path file, ProblemCode code, String... words) {
        FileRejectedException ex = rejection(file, IngestLimits.defaults());
        assertThat(ex.problem().code()).as(ex.getMessage()).isEqualTo(code);
        assertThat(ex.getMessage()).contains(file.getFileName().toString()).contains(words);
    }

    @Test
    void refusesATextFileAPdfAWebPageAndAWordDocumentRenamedAsSpreadsheets() throws IOException {
        // given files that are no spreadsheets, whatever their extension
        Path csv = Files.writeString(dir.resolve("清单.xlsx"), "序号,企业名称\n1,开封某公司\n");
        Path pdf = Files.write(dir.resolve("清单2.xlsx"), "%PDF-1.4\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1));
        Path html = Files.writeString(dir.resolve("清单3.xls"), "<html><body><table><tr><td>序号</td></tr></table>");
        Path docx = zip(dir.resolve("清单4.xlsx"), "[Content_Types].xml",
                "<Types><Override ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml"
                        + ".document.main+xml\"/></Types>");
        Path plainZip = zip(dir.resolve("清单5.xlsx"), "readme.txt", "hello");
        // when opened, then each is F01 with what it really is
        assertRejected(csv, ProblemCode.F01_NOT_SPREADSHEET, "文本文件");
        assertRejected(pdf, ProblemCode.F01_NOT_SPREADSHEET, "PDF");
        assertRejected(html, ProblemCode.F01_NOT_SPREADSHEET, "网页");
        assertRejected(docx, ProblemCode.F01_NOT_SPREADSHEET, "Word");
        assertRejected(plainZip, ProblemCode.F01_NOT_SPREADSHEET, "ZIP");
    }

    @Test
    void refusesATruncatedXlsxAndAGarbageOle2File() throws IOException {
        // given an xlsx cut in half, and an OLE2 signature followed by noise
        byte[] bytes = Files.readAllBytes(goodXlsx());
        Path truncated = Files.write(dir.resolve("半截.xlsx"), Arrays.copyOf(bytes, bytes.length / 2));
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(ole2, 0, noise, 0, ole2.length);
        Path garbage = Files.write(dir.resolve("乱码.xls"), noise);
        // when opened, then both are F02
        assertRejected(truncated, ProblemCode.F02_CORRUPT, "损坏");
        assertRejected(garbage, ProblemCode.F02_CORRUPT, "损坏");
    }

    @Test
    void refusesAnXlsxWithAnOpeningPassword() throws Exception {
        // given an xlsx encrypted with agile encryption (what Excel does for 用密码进行加密)
        Path encrypted = dir.resolve("加密.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("kaifeng2021");
            try (OPCPackage opc = OPCPackage.open(Files.newInputStream(goodXlsx()));
                 OutputStream out = encryptor.getDataStream(fs)) {
                opc.save(out);
            }
            try (OutputStream out = Files.newOutputStream(encrypted)) {
                fs.writeFilesystem(out);
            }
        }
        // when opened, then F03
        assertRejected(encrypted, ProblemCode.F03_ENCRYPTED, "密码");
    }

    @Test
    void refusesAnXlsWithAnOpeningPassword() throws IOException {
        // given an .xls written by POI with a password (RC4 CryptoAPI)
        Path encrypted = dir.resolve("加密.xls");
        Biff8EncryptionKey.setCurrentUserPassword("kaifeng2021");
        try (HSSFWorkbook workbook = new HSSFWorkbook()) {
            IngestFixtures.fill(workbook, workbook.createSheet("提升企业清单"), IngestFixtures.improvementSheet(
                    IngestFixtures.IMPROVEMENT_HEADERS, List.of()));
            IngestFixtures.save(workbook, encrypted);
        }
        finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
        // when opened without the password, then F03
        assertRejected(encrypted, ProblemCode.F03_ENCRYPTED, "密码");
    }

    @Test
    void refusesAnEmptyWorkbookAndAZeroByteFile() throws IOException {
        // given a workbook whose only sheet is blank, and a file of 0 bytes
        Path blank = dir.resolve("空表.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("Sheet1").createRow(5).createCell(2).setCellValue("  ");
            IngestFixtures.save(workbook, blank);
        }
        Path zero = Files.write(dir.resolve("零字节.xlsx"), new byte[0]);
        // when opened and searched for a header, then F04
        assertRejected(blank, ProblemCode.F04_EMPTY, "没有数据");
        assertRejected(zero, ProblemCode.F04_EMPTY, "0 字节");
    }

    @Test
    void refusesAFileLargerThanTheLimitBeforeOpeningIt() throws IOException {
        // given a file of 300 bytes of noise and a limit of 100 bytes
        Path big = Files.write(dir.resolve("大表.xlsx"), new byte[300]);
        // when opened, then F05 (not F01: the size is checked first)
        FileRejectedException ex = rejection(big, IngestLimits.defaults().withMaxFileBytes(100));
        assertThat(ex.problem().code()).isEqualTo(ProblemCode.F05_TOO_LARGE);
        assertThat(ex.getMessage()).contains("大表.xlsx", "300 字节", "100 字节");
    }

    @Test
    void refusesAnXlsxWhoseSheetExpandsFarBeyondItsSize() throws IOException {
        // given a real xlsx whose sheet XML carries 50 MB of spaces (a zip bomb compresses them to ~50 KB)
        Path bomb = dir.resolve("炸弹.xlsx");
        try (var zip = new java.util.zip.ZipFile(goodXlsx().toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(bomb))) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                byte[] content = zip.getInputStream(entry).readAllBytes();
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    int cut = xml.indexOf("<sheetData>");
                    out.write(xml.substring(0, cut).getBytes(StandardCharsets.UTF_8));
                    byte[] spaces = new byte[1 << 20];
                    Arrays.fill(spaces, (byte) ' ');
                    for (int i = 0; i < 50; i++) {
                        out.write(spaces);
                    }
                    out.write(xml.substring(cut).getBytes(StandardCharsets.UTF_8));
                } else {
                    out.write(content);
                }
                out.closeEntry();
            }
        }
        // when opened, then F07 naming the part
        assertRejected(bomb, ProblemCode.F07_EXPANDS_TOO_FAR, "xl/worksheets/sheet1.xml", "100 倍");
        // and a normal file is F07 too when the total limit is tiny
        FileRejectedException ex = rejection(goodXlsx(), IngestLimits.defaults().withMaxUncompressedBytes(1000));
        assertThat(ex.problem().code()).isEqualTo(ProblemCode.F07_EXPANDS_TOO_FAR);
    }

    private static Path zip(Path file, String entry, String content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.putNextEntry(new ZipEntry(entry));
            out.write(content.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return Files.write(file, bytes.toByteArray());
    }
}
