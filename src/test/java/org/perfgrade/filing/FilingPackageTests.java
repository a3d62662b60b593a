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
 * The provincial filing package: what the ZIP holds (list and 材料缺项清单 as xlsx and PDF, the numbered cover letter,
 * the scanned materials, the combined PDF with Chinese bookmarks, 文件清单 and the checksums with the entries'
 * SHA-256), that the same data give the same bytes, and that a missing material stops the package unless gaps are
 * allowed.
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

    static final String BATCH_2 = "第二批（金属类行业）";

    private FilingFixtures data;

    @BeforeEach
    void load() throws IOException {
        data = new FilingFixtures(jdbc, ledger);
        data.load();
        data.materials(materials);
    }

    @Test
    void thePackageHoldsTheListTheLetterTheMaterialsAndTheirChecksums() throws Exception {
        // when: batch 2, every enterprise with every required material
        FilingOutcome outcome = runner.run(new FilingRequest(FilingFixtures.AS_OF, 2, false), materials);
        // then: one ZIP in the archive
        assertThat(outcome.status()).as(outcome.message()).isEqualTo(FilingOutcome.COMPLETED);
        assertThat(outcome.gaps()).isEmpty();
        assertThat(outcome.packagePath()).isRegularFile()
                .isEqualTo(archive.outDir().resolve("filing/2021-09-01/开封市绩效分级报省材料-第2批.zip"));
        assertThat(outcome.sha256()).isEqualTo(FilingPackage.sha256(Files.readAllBytes(outcome.packagePath())));
        assertThat(archive.manifestEntries()).anySatisfy(e -> {
            assertThat(e.kind()).isEqualTo("filing-zip");
            assertThat(e.sha256()).isEqualTo(outcome.sha256());
        });
        FilingZipContent zip = FilingZipContent.read(outcome.packagePath());
        String letterName = zip.named("01-报送函-汴环函〔2021〕");
        String t1Folder = "04-申报材料/通许县/" + data.t1.name() + "-" + data.t1.creditCode() + "/";
        String t2Folder = "04-申报材料/通许县/" + data.t2.name() + "-" + data.t2.creditCode() + "/";
        String q1Folder = "04-申报材料/杞县/" + data.q1.name() + "-" + data.q1.creditCode() + "/";
        String list = "02-" + BATCH_2 + "A、B级（含B-级）及绩效引领性企业名单";
        assertThat(zip.entries().keySet()).containsExactly(letterName, list + ".pdf", list + ".xlsx",
                "03-材料缺项清单.pdf", "03-材料缺项清单.xlsx",
                t1Folder + "专家意见.pdf", t1Folder + "现场核查专家意见.pdf", t1Folder + "申报书.pdf",
                t2Folder + "专家意见.pdf", t2Folder + "现场核查专家意见.pdf", t2Folder + "申报书.pdf",
                q1Folder + "专家意见.pdf", q1Folder + "现场核查专家意见.pdf", q1Folder + "申报书.pdf",
                "05-合并文件.pdf", "06-文件清单.pdf", "文件校验值.json");
        assertThat(zip.get(t1Folder + "申报书.pdf")).isEqualTo(Files.readAllBytes(materials.resolve("通许县")
                .resolve("materials").resolve(data.t1.creditCode()).resolve("申报书.pdf")));

        // the list: county in 附件1 order, grade, name; T3 (refused) and Q2 (batch 3) left out
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(zip.get(list + ".xlsx")))) {
            XSSFSheet sheet = workbook.getSheet("企业名单");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("开封市" + BATCH_2 + "A、B级（含B-级）及绩效引领性企业名单");
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
        String listText = FilingZipContent.text(zip.get(list + ".pdf")).replaceAll("\\s", "");
        assertThat(listText).contains("开封市" + BATCH_2 + "A、B级（含B-级）及绩效引领性企业名单", data.t1.name(),
                data.q1.creditCode(), "张三、王五", "2021年7月28日").doesNotContain(data.t3.name(), data.q2.name());

        // the gap list: no enterprise lacks anything
        String gapText = FilingZipContent.text(zip.get("03-材料缺项清单.pdf")).replaceAll("\\s", "");
        assertThat(gapText).contains("材料缺项清单", "共3家企业，材料齐全3家，缺少材料0家", "（无）");

        // the cover letter: numbered, to the province, signed by 市生态环境局, the check's result and the enclosures
        String number = letterName.substring("01-报送函-".length(), letterName.length() - ".pdf".length());
        String letter = FilingZipContent.text(zip.get(letterName)).replaceAll("\\s", "");
        assertThat(letter).contains(number, "河南省生态环境厅：", "关于报送开封市重点行业绩效分级企业备案材料的函",
                "现将" + BATCH_2 + "A、B级（含B-级）及绩效引领性企业备案材料",
                BATCH_2 + "共报送企业3家（3条行业记录），涉及2个县区，其中A级1条、B级2条",
                "经逐家核对申报材料扫描件、经专家签字的申报材料审核意见、经专家签字的现场核查意见，3家企业材料齐全。",
                "随函报送以下材料：", "1.开封市" + BATCH_2 + "A、B级（含B-级）及绩效引领性企业名单",
                "2.材料缺项清单（各企业材料齐全，无缺项", "3.企业申报材料及签字专家意见扫描件（3家企业，9个文件）",
                "开封市生态环境局", "2021年9月1日")
                .doesNotContain("缺少材料的企业");

        // the combined PDF: bookmarks per section, county, enterprise and file
        try (PDDocument combined = Loader.loadPDF(zip.get("05-合并文件.pdf"))) {
            List<String> outline = new ArrayList<>();
            for (PDOutlineItem item : combined.getDocumentCatalog().getDocumentOutline().children()) {
                walk(item, "", outline);
            }
            String t1 = CombinedPdf.MATERIALS + "/通许县/" + data.t1.name() + "（" + data.t1.creditCode() + "）";
            String t2 = CombinedPdf.MATERIALS + "/通许县/" + data.t2.name() + "（" + data.t2.creditCode() + "）";
            String q1 = CombinedPdf.MATERIALS + "/杞县/" + data.q1.name() + "（" + data.q1.creditCode() + "）";
            assertThat(outline).containsExactly("一、报送函", "二、企业名单", "三、材料缺项清单", "四、申报材料",
                    CombinedPdf.MATERIALS + "/通许县", t1, t1 + "/专家意见", t1 + "/现场核查专家意见", t1 + "/申报书",
                    t2, t2 + "/专家意见", t2 + "/现场核查专家意见", t2 + "/申报书",
                    CombinedPdf.MATERIALS + "/杞县", q1, q1 + "/专家意见", q1 + "/现场核查专家意见", q1 + "/申报书");
            int parts = 0;
            for (String name : List.of(letterName, list + ".pdf", "03-材料缺项清单.pdf")) {
                try (PDDocument part = Loader.loadPDF(zip.get(name))) {
                    parts += part.getNumberOfPages();
                }
            }
            assertThat(combined.getNumberOfPages()).isEqualTo(parts + 9);
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(combined)).contains("现场核查专家意见（扫描件）",
                    data.q1.name());
        }

        // 文件校验值 and 文件清单: every other entry with its Chinese kind, size in KB and actual checksum
        List<ManifestEntry> checksums = JsonMapper.builder().build().readValue(zip.get("文件校验值.json"),
                new TypeReference<List<ManifestEntry>>() { });
        assertThat(checksums).extracting(ManifestEntry::path).containsExactlyInAnyOrderElementsOf(
                zip.entries().keySet().stream().filter(n -> !n.equals("文件校验值.json")).toList());
        assertThat(checksums).extracting(ManifestEntry::kind).containsOnly("报送函", "企业名单", "材料缺项清单", "申报材料",
                "合并文件", "文件清单");
        String checklist = FilingZipContent.text(zip.get("06-文件清单.pdf")).replaceAll("\\s", "");
        assertThat(checklist).contains("文件清单（" + BATCH_2 + "）", "大小", "校验值", "KB")
                .doesNotContain("字节", "manifest", "SHA");
        for (ManifestEntry entry : checksums) {
            assertThat(entry.sha256()).as(entry.path()).isEqualTo(FilingPackage.sha256(zip.get(entry.path())));
            assertThat(entry.asOf()).isEqualTo("2021-09-01");
            assertThat(entry.createdAt()).isEqualTo("2021-09-01T00:00:00+08:00");
            if (!entry.path().equals("06-文件清单.pdf")) {
                assertThat(checklist).as(entry.path()).contains(entry.sha256(), entry.path().replaceAll("\\s", ""));
            }
        }
        assertThat(checksums).filteredOn(e -> e.kind().equals("申报材料")).extracting(ManifestEntry::county)
                .containsExactly("通许县", "通许县", "通许县", "通许县", "通许县", "通许县", "杞县", "杞县", "杞县");
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
        FilingZipContent xlsx = FilingZipContent.read(zip.get("02-" + BATCH_2 + "A、B级（含B-级）及绩效引领性企业名单.xlsx"));
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
        // given: T4 applied for A and has no expert opinion and no scan yet
        data.pending();
        FilingRequest strict = new FilingRequest(FilingFixtures.AS_OF, 2, false);
        long packages = packagesArchived();
        // when
        FilingOutcome refused = runner.run(strict, materials);
        // then: no package, the enterprise named with its code, county and what is missing
        assertThat(refused.status()).isEqualTo(FilingOutcome.FAILED);
        assertThat(refused.packagePath()).isNull();
        assertThat(refused.message()).contains("共4家企业，其中1家缺少材料", data.t4.name(), data.t4.creditCode(),
                "通许县", "未登记评审专家和专家意见日期", "--allow-incomplete").doesNotContain(data.t1.name());
        assertThat(refused.gaps()).singleElement().asString().contains(data.t4.name(), "申报材料扫描件（未提供）");
        assertThat(packagesArchived()).isEqualTo(packages);

        // when: gaps are allowed
        FilingOutcome allowed = runner.run(new FilingRequest(FilingFixtures.AS_OF, 2, true), materials);
        // then: the package counts T4 in the letter and lists it in the gap list
        assertThat(allowed.status()).as(allowed.message()).isEqualTo(FilingOutcome.COMPLETED);
        assertThat(allowed.message()).contains("缺项");
        assertThat(allowed.gaps()).singleElement().asString().contains(data.t4.name());
        FilingZipContent zip = FilingZipContent.read(allowed.packagePath());
        String letter = FilingZipContent.text(zip.get(zip.named("01-报送函-"))).replaceAll("\\s", "");
        assertThat(letter).contains("材料齐全的企业3家，缺少材料的企业1家（缺项见《材料缺项清单》）");
        assertThat(FilingZipContent.text(zip.get("03-材料缺项清单.pdf")).replaceAll("\\s", ""))
                .contains(data.t4.name(), "经专家签字的申报材料审核意见（未提供；未登记评审专家和专家意见日期）");
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
