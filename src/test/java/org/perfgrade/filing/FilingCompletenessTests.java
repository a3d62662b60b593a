package org.perfgrade.filing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfgrade.DatabaseTest;
import org.perfgrade.ledger.LedgerImport;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 材料核对: each enterprise of a package is checked for every required material (the 申报材料 scan, the signed opinions
 * on the 申报材料 — scanned and registered — and on the 现场核查), for a line 分支待补充 and for scans left out. The data
 * set is written by hand ({@link FilingFixtures#gapScans}): T1 complete, T2 no scan at all, T4 no opinion registered,
 * T5 branch pending, Q1 its 现场核查 opinion encrypted and one file broken. The gap list, the letter's counts and the
 * check name exactly these; the package's documents hold no Latin words and no ISO dates.
 */
@DatabaseTest
class FilingCompletenessTests {

    @Autowired
    FilingRunner runner;

    @Autowired
    BatchNames batchNames;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LedgerImport ledger;

    @TempDir
    Path materials;

    private FilingFixtures data;

    @BeforeEach
    void load() throws IOException {
        data = new FilingFixtures(jdbc, ledger);
        data.load();
        data.pending();
        data.branchPending();
        data.gapScans(materials);
    }

    /** The gaps of batch 2, by hand: county (附件1 order), then name by collation (鼎盛, 宏运, 精诚). */
    private List<List<String>> expectedRows() {
        return List.of(
                List.of("1", "通许县", data.t5.name(), "铸造", "重点行业分支（铸造，分支待补充）"),
                List.of("2", "通许县", data.t2.name(), "铸造（有色金属铸造）",
                        "申报材料扫描件（未提供）；经专家签字的申报材料审核意见（未提供）；经专家签字的现场核查意见（未提供）"),
                List.of("3", "通许县", data.t4.name(), "铸造（黑色金属铸造）",
                        "经专家签字的申报材料审核意见（未登记评审专家和专家意见日期）"),
                List.of("4", "杞县", data.q1.name(), "铸造（黑色金属铸造）",
                        "经专家签字的现场核查意见（现场核查专家意见.pdf未收入：文件已加密，无法合并，请县区提供未加密的扫描件）；"
                                + "未收入的扫描件（损坏.pdf：不是可读取的PDF文件）"));
    }

    @Test
    void theGapListAndTheLetterNameExactlyTheEnterprisesMissingEachMaterial() throws Exception {
        // when
        FilingOutcome outcome = runner.run(new FilingRequest(FilingFixtures.AS_OF, 2, true), materials);
        // then: the gap list (xlsx) holds exactly the four enterprises, each with what it truly lacks
        assertThat(outcome.status()).as(outcome.message()).isEqualTo(FilingOutcome.COMPLETED);
        FilingZipContent zip = FilingZipContent.read(outcome.packagePath());
        List<List<String>> rows = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(zip.get("03-材料缺项清单.xlsx")))) {
            XSSFSheet sheet = workbook.getSheet("材料缺项清单");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("材料缺项清单");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).contains("第二批（金属类行业）", "2021年9月1日",
                    "共5家企业，材料齐全1家，缺少材料4家");
            assertThat(cells(sheet.getRow(2))).containsExactly("序号", "县区", "企业名称", "行业", "缺少的材料");
            for (int r = 3; r <= sheet.getLastRowNum(); r++) {
                rows.add(cells(sheet.getRow(r)));
            }
        }
        assertThat(rows).containsExactlyElementsOf(expectedRows());
        // the PDF shows the same lines; the complete enterprise is in neither
        String pdf = FilingZipContent.text(zip.get("03-材料缺项清单.pdf")).replaceAll("\\s", "");
        for (List<String> row : expectedRows()) {
            assertThat(pdf).contains(row.get(2), row.get(4).replaceAll("\\s", ""));
        }
        assertThat(pdf).doesNotContain(data.t1.name());
        // the letter counts the same enterprises and refers to the list by its title
        String letter = FilingZipContent.text(zip.get(zip.named("01-报送函-"))).replaceAll("\\s", "");
        assertThat(letter).contains("第二批（金属类行业）共报送企业5家（5条行业记录）",
                "材料齐全的企业1家，缺少材料的企业" + rows.size() + "家（缺项见《材料缺项清单》）",
                "2.材料缺项清单（" + rows.size() + "家企业");
        // the outcome names the same enterprises in the same order
        assertThat(outcome.gaps()).hasSize(4);
        for (int i = 0; i < 4; i++) {
            assertThat(outcome.gaps().get(i)).startsWith(expectedRows().get(i).get(2));
        }
    }

    @Test
    void theCheckFindsTheSameGapsWithoutWritingAnything() {
        // when
        FilingCheck check = runner.check(new FilingRequest(FilingFixtures.AS_OF, 2, false), materials);
        // then
        assertThat(check.batch()).isEqualTo("第二批（金属类行业）");
        assertThat(check.enterprises()).isEqualTo(5);
        assertThat(check.complete()).isEqualTo(1);
        assertThat(check.gaps()).extracting(EnterpriseGap::enterpriseName)
                .containsExactlyElementsOf(expectedRows().stream().map(r -> r.get(2)).toList());
        assertThat(check.gaps()).extracting(g -> String.join("；", g.missing()))
                .containsExactlyElementsOf(expectedRows().stream().map(r -> r.get(4)).toList());
        assertThat(check.lines().get(0)).contains("共5家企业，材料齐全1家，缺少材料4家");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM notice_number").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM archived_document WHERE kind = 'filing-zip'").query(Long.class)
                .single()).isZero();
    }

    @Test
    void aCompleteBatchHasNoGaps() throws IOException {
        // given: batch 3 (Q2 水泥) with every scan and its opinion registered
        data.materials(materials);
        // when
        FilingCheck check = runner.check(new FilingRequest(FilingFixtures.AS_OF, 3, false), materials);
        // then
        assertThat(check.batch()).isEqualTo("第三批（建材类行业）");
        assertThat(check.enterprises()).isEqualTo(1);
        assertThat(check.complete()).isEqualTo(1);
        assertThat(check.gaps()).isEmpty();
    }

    @Test
    void batchNamesCarryTheirCategoryFromTheCalendar() {
        assertThat(batchNames.name(1)).isEqualTo("第一批（涉VOCs行业）");
        assertThat(batchNames.name(2)).isEqualTo("第二批（金属类行业）");
        assertThat(batchNames.name(3)).isEqualTo("第三批（建材类行业）");
        assertThat(batchNames.name(4)).isEqualTo("第四批（河南省本地重点行业及保障类企业）");
        assertThat(batchNames.name(null)).isEqualTo("全部批次");
    }

    @Test
    void thePackageSpeaksChineseOnly() throws Exception {
        // when
        FilingOutcome outcome = runner.run(new FilingRequest(FilingFixtures.AS_OF, 2, true), materials);
        // then: no entry named in English, no Latin word and no ISO date in any PDF's text, bookmarks or properties
        FilingZipContent zip = FilingZipContent.read(outcome.packagePath());
        assertThat(zip.entries().keySet()).allSatisfy(name -> assertThat(latin(name)).as(name).isEmpty());
        List<String> pdfs = zip.entries().keySet().stream().filter(n -> n.endsWith(".pdf")).toList();
        assertThat(pdfs).hasSizeGreaterThan(10);
        for (String name : pdfs) {
            try (PDDocument document = Loader.loadPDF(zip.get(name))) {
                List<String> texts = new ArrayList<>();
                texts.add(new PDFTextStripper().getText(document));
                texts.add(String.valueOf(document.getDocumentInformation().getTitle()));
                texts.add(String.valueOf(document.getDocumentInformation().getSubject()));
                PDDocumentOutline outline = document.getDocumentCatalog().getDocumentOutline();
                if (outline != null) {
                    for (PDOutlineItem item : outline.children()) {
                        titles(item, texts);
                    }
                }
                for (String text : texts) {
                    // an e-mail address wrapped after a dot is joined again
                    assertThat(latin(text.replace("null", "").replaceAll("(@[\\w.]*\\.)\\s+", "$1")))
                            .as(name + "：" + text).isEmpty();
                    assertThat(text).as(name).doesNotContainPattern("\\d{4}-\\d{1,2}-\\d{1,2}");
                }
            }
        }
    }

    /** The Latin words left once what a reader expects is taken out: codes, checksums, e-mail, file types, units. */
    private static List<String> latin(String text) {
        String stripped = text.replaceAll("[0-9A-Z]{18}", " ")
                .replaceAll("[0-9a-f]{64}", " ")
                .replaceAll("[\\w.]+@[\\w.]+", " ")
                .replaceAll("\\.(pdf|xlsx|json)", " ")
                .replaceAll("VOCs|PDF|KB|MB", " ");
        List<String> words = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("[A-Za-z]{2,}").matcher(stripped);
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    private static void titles(PDOutlineItem item, List<String> into) {
        into.add(item.getTitle());
        for (PDOutlineItem child : item.children()) {
            titles(child, into);
        }
    }

    private static List<String> cells(Row row) {
        List<String> values = new ArrayList<>();
        for (Cell cell : row) {
            values.add(switch (cell.getCellType()) {
                case NUMERIC -> String.valueOf((long) cell.getNumericCellValue());
                case STRING -> cell.getStringCellValue();
                default -> "";
            });
        }
        return values;
    }
}
