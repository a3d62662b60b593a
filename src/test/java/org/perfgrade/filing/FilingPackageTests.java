package org.perfgrade.filing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;


import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfgrade.DatabaseTest;
import org.perfgrade.document.DocumentArchive;
import org.perfgrade.document.ManifestEntry;
import org.perfgrade.ledger.LedgerImport;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The provincial filing package: what the ZIP holds (list as xlsx and PDF, the numbered cover letter, the scanned
 * materials, the combined PDF with bookmarks, 清单 and manifest.json with the entries' SHA-256), that the same data
 * give the same bytes, and that a missing expert opinion stops the package unless gaps are allowed.
 */
@DatabaseTest
class FilingPackageTests {

    @Autowired
    FilingRunner runner;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LedgerImport ledger;

    @Autowired
    DocumentArchive archive;

    @TempDir
    Path materials;

    private FilingFixtures data;

    @BeforeEach
    void load() throws IOException {
        data = new FilingFixtures(jdbc, ledger);
        data.load();
        data.materials(materials);
    }

    @Test
    void thePackageHoldsTheListTheLetterTheMaterialsAndTheirChecksums() throws Exception {
        // when
        FilingOutcome outcome = runner.run(new FilingRequest(FilingFixtures.AS_OF, 2, false), materials);
        // then: one ZIP in the archive
        assertThat(outcome.status()).as(outcome.message()).isEqualTo(FilingOutcome.COMPLETED);
        assertThat(outcome.packagePath()).isRegularFile()
                .isEqualTo(archive.outDir().resolve("filing/2021-09-01/开封市绩效分级报省材料-第2批.zip"));
        assertThat(outcome.sha256()).isEqualTo(FilingPackage.sha256(Files.readAllBytes(outcome.packagePath())));
        assertThat(archive.manifestEntries()).anySatisfy(e -> {
            assertThat(e.kind()).isEqualTo("filing-zip");
            assertThat(e.sha256()).isEqualTo(outcome.sha256());
        });
        FilingZipContent zip = FilingZipContent.read(outcome.packagePath());
        String letterName = zip.named("01-报送函-汴环函〔2021〕");
        String t1Folder = "03-申报材料/通许县/" + data.t1.name() + "-" + data.t1.creditCode() + "/";
        String q1Folder = "03-申报材料/杞县/" + data.q1.name() + "-" + data.q1.creditCode() + "/";
        assertThat(zip.entries().keySet()).containsExactly(letterName,
                "02-第2批A、B级（含B-级）及绩效引领性企业名单.pdf", "02-第2批A、B级（含B-级）及绩效引领性企业名单.xlsx",
                t1Folder + "专家意见.pdf", t1Folder + "申报书.pdf", q1Folder + "专家意见.pdf", "04-合并文件.pdf",
                "清单.pdf", "manifest.json");
        assertThat(zip.get(t1Folder + "申报书.pdf")).isEqualTo(Files.readAllBytes(materials.resolve("通许县")
                .resolve("materials").resolve(data.t1.creditCode()).resolve("申报书.pdf")));

        // the list: county in 附件1 order, grade, name; T3 (refused) and Q2 (batch 3) left out
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                zip.get("02-第2批A、B级（含B-级）及绩效引领性企业名单.xlsx")))) {
            XSSFSheet sheet = workbook.getSheet("企业名单");
            assertThat(cells(sheet.getRow(2))).containsExactlyElementsOf(FilingList.HEADERS);
            assertThat(cells(sheet.getRow(3))).containsExactly("1", "通许县", data.t1.name(), data.t1.creditCode(),
                    "铸造（黑色金属铸造）", "A", "A", "A", "A", "", "张三、王五", "2021年7月25日", "");
            assertThat(cells(sheet.getRow(4))).containsExactly("2", "通许县", data.t2.name(), data.t2.creditCode(),
                    "铸造（有色金属铸造）", "B", "B", "B", "B", "", "王五", "2021年7月26日", "=再次申报");
            assertThat(sheet.getRow(4).getCell(12).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(cells(sheet.getRow(5))).containsExactly("3", "杞县", data.q1.name(), data.q1.creditCode(),
                    "铸造（黑色金属铸造）", "B", "B", "B", "B", "B（2021年8月20日）", "李四", "2021年7月28日", "");
            assertThat(sheet.getLastRowNum()).isEqualTo(5);
        }
        String listText = FilingZipContent.text(zip.get("02-第2批A、B级（含B-级）及绩效引领性企业名单.pdf"))
                .replaceAll("\\s", "");
        assertThat(listText).contains("开封市第2批A、B级（含B-级）及绩效引领性企业名单", data.t1.name(), data.q1.creditCode(),
                "张三、王五", "2021年7月28日").doesNotContain(data.t3.name(), data.q2.name());

        // the cover letter: numbered, to the province, signed by 市生态环境局, with the enclosures and the gaps
        String number = letterName.substring("01-报送函-".length(), letterName.length() - ".pdf".length());
        String letter = FilingZipContent.text(zip.get(letterName)).replaceAll("\\s", "");
        assertThat(letter).contains(number, "河南省生态环境厅：", "关于报送开封市重点行业绩效分级企业备案材料的函",
                "第2批共报送企业3家（3条行业记录），涉及2个县区，其中A级1家、B级2家",
                "随函报送以下材料：", "1.第2批A、B级（含B-级）及绩效引领性企业名单",
                "2.企业申报材料及签字专家意见扫描件（2家企业，3个文件）", "开封市生态环境局",
                "2021年9月1日", "以下2项材料暂缺", "损坏.pdf", "加密.pdf");
        assertThat(outcome.gaps()).hasSize(2).anySatisfy(g -> assertThat(g).contains("加密.pdf", "已加密"))
                .anySatisfy(g -> assertThat(g).contains("损坏.pdf", "不是可读取的 PDF"));

        // the combined PDF: bookmarks per section, county, enterprise and file
        try (PDDocument combined = Loader.loadPDF(zip.get("04-合并文件.pdf"))) {
            List<String> outline = new ArrayList<>();
            for (PDOutlineItem item : combined.getDocumentCatalog().getDocumentOutline().children()) {
                walk(item, "", outline);
            }
            assertThat(outline).containsExactly(CombinedPdf.LETTER, CombinedPdf.LIST, CombinedPdf.MATERIALS,
                    CombinedPdf.MATERIALS + "/通许县", CombinedPdf.MATERIALS + "/通许县/" + data.t1.name() + "（"
                            + data.t1.creditCode() + "）",
                    CombinedPdf.MATERIALS + "/通许县/" + data.t1.name() + "（" + data.t1.creditCode() + "）/专家意见.pdf",
                    CombinedPdf.MATERIALS + "/通许县/" + data.t1.name() + "（" + data.t1.creditCode() + "）/申报书.pdf",
                    CombinedPdf.MATERIALS + "/杞县", CombinedPdf.MATERIALS + "/杞县/" + data.q1.name() + "（"
                            + data.q1.creditCode() + "）",
                    CombinedPdf.MATERIALS + "/杞县/" + data.q1.name() + "（" + data.q1.creditCode() + "）/专家意见.pdf");
            int letterPages;
            int listPages;
            try (PDDocument l = Loader.loadPDF(zip.get(letterName));
                 PDDocument t = Loader.loadPDF(zip.get("02-第2批A、B级（含B-级）及绩效引领性企业名单.pdf"))) {
                letterPages = l.getNumberOfPages();
                listPages = t.getNumberOfPages();
            }
            assertThat(combined.getNumberOfPages()).isEqualTo(letterPages + listPages + 2 + 1 + 1);
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(combined)).contains("application form T1",
                    "expert opinion Q1");
        }

        // manifest.json and 清单: every other entry with its actual SHA-256
        List<ManifestEntry> manifest = JsonMapper.builder().build().readValue(zip.get("manifest.json"),
                new TypeReference<List<ManifestEntry>>() { });
        assertThat(manifest).extracting(ManifestEntry::path).containsExactlyInAnyOrderElementsOf(
                zip.entries().keySet().stream().filter(n -> !n.equals("manifest.json")).toList());
        String checklist = FilingZipContent.text(zip.get("清单.pdf")).replaceAll("\\s", "");
        for (ManifestEntry entry : manifest) {
            assertThat(entry.sha256()).as(entry.path()).isEqualTo(FilingPackage.sha256(zip.get(entry.path())));
            assertThat(entry.asOf()).isEqualTo("2021-09-01");
            assertThat(entry.createdAt()).isEqualTo("2021-09-01T00:00:00+08:00");
            if (!entry.path().equals("清单.pdf")) {
                assertThat(checklist).as(entry.path()).contains(entry.sha256());
            }
        }
        assertThat(manifest).filteredOn(e -> e.kind().equals("filing-material-pdf")).extracting(ManifestEntry::county)
                .containsExactly("通许县", "通许县", "杞县");
    }

    @Test
    void theSameDataGiveTheSameBytes() throws Exception {
        // when: the package is made twice (the second run is the next revision)
        FilingOutcome first = runner.run(new FilingRequest(FilingFixtures.AS_OF, 2, false), materials);
        byte[] firstBytes = Files.readAllBytes(first.packagePath());
        FilingOutcome second = runner.run(new FilingRequest(FilingFixtures.AS_OF, 2, false), materials);
        // then
        assertThat(second.status()).as(second.message()).isEqualTo(FilingOutcome.COMPLETED);
        assertThat(second.jobExecutionId()).isNotEqualTo(first.jobExecutionId());
        FilingZipContent again = FilingZipContent.read(second.packagePath());
        FilingZipContent before = FilingZipContent.read(firstBytes);
        assertThat(again.entries().keySet()).containsExactlyElementsOf(before.entries().keySet());
        for (String name : before.entries().keySet()) {
            assertThat(FilingPackage.sha256(again.get(name))).as(name).isEqualTo(FilingPackage.sha256(before.get(name)));
        }
        assertThat(second.sha256()).isEqualTo(first.sha256());
        assertThat(Files.readAllBytes(second.packagePath())).isEqualTo(firstBytes);
        FilingZipContent zip = FilingZipContent.read(firstBytes);
        assertThat(zip.times().values()).containsOnly(FilingFixtures.AS_OF.atStartOfDay());
        FilingZipContent xlsx = FilingZipContent.read(zip.get("02-第2批A、B级（含B-级）及绩效引领性企业名单.xlsx"));
        assertThat(xlsx.times().values()).containsOnly(FilingFixtures.AS_OF.atStartOfDay());
        assertThat(new String(xlsx.get("docProps/core.xml"), java.nio.charset.StandardCharsets.UTF_8))
                .contains("2021-08-31T16:00:00Z");
        // a letter of another batch on the same day has its own number; this one kept its number
        FilingOutcome all = runner.run(new FilingRequest(FilingFixtures.AS_OF, null, false), materials);
        assertThat(all.packagePath().getFileName().toString()).isEqualTo("开封市绩效分级报省材料-全部批次.zip");
        String allLetter = FilingZipContent.read(all.packagePath()).named("01-报送函-");
        assertThat(allLetter).isNotEqualTo(zip.named("01-报送函-"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM notice_number WHERE kind = 'filing-letter'").query(Long.class)
                .single()).isEqualTo(2);
    }

    @Test
    void aMissingExpertOpinionStopsThePackageUnlessGapsAreAllowed() throws Exception {
        // given: T4 applied for A and has no expert opinion yet
        data.pending();
        FilingRequest strict = new FilingRequest(FilingFixtures.AS_OF, 2, false);
        long packages = packagesArchived();
        // when
        FilingOutcome refused = runner.run(strict, materials);
        // then: no package, the enterprise named with its code, county and what is missing
        assertThat(refused.status()).isEqualTo(FilingOutcome.FAILED);
        assertThat(refused.packagePath()).isNull();
        assertThat(refused.message()).contains(data.t4.name(), data.t4.creditCode(), "通许县", "专家",
                "--allow-incomplete").doesNotContain(data.t1.name());
        assertThat(refused.gaps()).singleElement().asString().contains(data.t4.name());
        assertThat(packagesArchived()).isEqualTo(packages);

        // when: gaps are allowed
        FilingOutcome allowed = runner.run(new FilingRequest(FilingFixtures.AS_OF, 2, true), materials);
        // then: the package lists T4 and names the gap in the cover letter
        assertThat(allowed.status()).as(allowed.message()).isEqualTo(FilingOutcome.COMPLETED);
        assertThat(allowed.gaps()).hasSize(3).first().asString().contains(data.t4.name());
        FilingZipContent zip = FilingZipContent.read(allowed.packagePath());
        String letter = FilingZipContent.text(zip.get(zip.named("01-报送函-"))).replaceAll("\\s", "");
        assertThat(letter).contains("以下3项材料暂缺", data.t4.name() + "（" + data.t4.creditCode() + "，通许县）",
                "缺少经专家签字的意见");
    }

    private long packagesArchived() {
        return jdbc.sql("SELECT COUNT(*) FROM archived_document WHERE kind = 'filing-zip'").query(Long.class).single();
    }

    private static void walk(PDOutlineItem item, String parent, List<String> into) {
        String path = parent.isEmpty() ? item.getTitle() : parent + "/" + item.getTitle();
        into.add(path);
        for (PDOutlineItem child : item.children()) {
            walk(child, path, into);
        }
    }

    private static List<String> cells(Row row) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < FilingList.HEADERS.size(); i++) {
            var cell = row.getCell(i);
            values.add(cell == null ? "" : switch (cell.getCellType()) {
                case NUMERIC -> String.valueOf((long) cell.getNumericCellValue());
                case STRING -> cell.getStringCellValue();
                default -> "";
            });
        }
        return values;
    }

}
