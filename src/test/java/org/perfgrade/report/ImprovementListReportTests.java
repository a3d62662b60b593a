package org.perfgrade.report;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.perfgrade.DatabaseTest;
import org.perfgrade.LedgerTables;
import org.perfgrade.document.ArchivedDocument;
import org.perfgrade.document.DocumentArchive;
import org.perfgrade.ingest.SubmissionImporter;
import org.perfgrade.reference.County;
import org.perfgrade.reference.ReferenceData;
import org.perfgrade.sample.SampleSubmissions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** 附件2 重点行业绩效分级提升企业清单 as PDF, rendered from the imported sample submissions and read back with PDFBox. */
@DatabaseTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImprovementListReportTests {

    static final LocalDate IMPORTED = LocalDate.of(2021, 6, 10);
    static final LocalDate AS_OF = LocalDate.of(2021, 8, 16);

    /** Left margin and the x and width of the columns of the list (ImprovementListReport.columnWidths). */
    private static final float MARGIN = 20;
    private static final float[] COLUMN_X = { 0, 28, 66, 112, 204, 260, 316, 350, 388, 472, 572, 686, 754 };
    private static final float[] COLUMN_WIDTH = { 28, 38, 46, 92, 56, 56, 34, 38, 84, 100, 114, 68, 48 };
    /** Where the table starts: below the title band on the first page, below the top margin on the others. */
    private static final float FIRST_PAGE_TABLE_Y = 94;
    private static final float TABLE_Y = 24;
    private static final int COUNTY = 2;
    private static final int ENTERPRISE = 3;
    private static final int MEASURES = 10;

    private static final String ACTIVE = """
            FROM improvement_plan p JOIN ledger_line l ON l.id = p.ledger_line_id
            JOIN enterprise e ON e.id = l.enterprise_id JOIN industry i ON i.id = l.industry_id
            WHERE (p.retired_on IS NULL OR p.retired_on > :day) AND (l.retired_on IS NULL OR l.retired_on > :day)
              AND i.active = TRUE""";

    @Autowired
    SubmissionImporter importer;

    @Autowired
    ReferenceData reference;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DocumentArchive archive;

    @Autowired
    ImprovementListReport report;

    @Autowired
    ImprovementListWorkbook workbook;

    @TempDir
    static Path inbox;

    private String longMeasures;
    private County county;
    private List<County> counties;
    private ArchivedDocument cityWide;
    private ArchivedDocument extract;
    private ArchivedDocument workbookDocument;
    private TargetTablePdf cityPdf;
    private TargetTablePdf countyPdf;

    @BeforeAll
    void render() throws IOException {
        // given the sample submissions of every county, and one plan whose 改造措施 is taller than a page
        LedgerTables.clear(jdbc);
        new SampleSubmissions(reference, 2021).writeInbox(inbox, IMPORTED);
        importer.importInbox(inbox, IMPORTED);
        counties = jdbc.sql("SELECT DISTINCT e.county_code " + ACTIVE).param("day", AS_OF).query(String.class).list()
                .stream().map(code -> reference.countiesByCode().get(code)).toList();
        assertThat(counties).hasSizeGreaterThanOrEqualTo(2);
        String code = jdbc.sql("SELECT e.county_code " + ACTIVE + " GROUP BY e.county_code ORDER BY COUNT(*) DESC, "
                + "e.county_code LIMIT 1").param("day", AS_OF).query(String.class).single();
        county = reference.countiesByCode().get(code);
        long plan = jdbc.sql("SELECT MIN(p.id) " + ACTIVE + " AND e.county_code = :county").param("day", AS_OF)
                .param("county", code).query(Long.class).single();
        StringBuilder text = new StringBuilder();
        for (int i = 1; text.length() < 1_900; i++) {
            text.append("第").append(i).append("步：更换低效治理设施，加装在线监测并联网；");
        }
        longMeasures = text.toString();
        jdbc.sql("UPDATE improvement_plan SET measures = :measures WHERE id = :id")
                .param("measures", longMeasures).param("id", plan).update();
        // when
        cityWide = report.render(AS_OF, null);
        extract = report.render(AS_OF, county);
        workbookDocument = workbook.render(AS_OF, null);
        cityPdf = TargetTablePdf.read(file(cityWide));
        countyPdf = TargetTablePdf.read(file(extract));
    }

    @Test
    void isArchivedUnderTheDateAndTheCounty() {
        // then
        assertThat(cityWide.kind()).isEqualTo("improvement-list-pdf");
        assertThat(cityWide.path()).isEqualTo("reports/2021-08-16/附件2-重点行业绩效分级提升企业清单.pdf");
        assertThat(cityWide.county()).isNull();
        assertThat(extract.kind()).isEqualTo("improvement-list-pdf");
        assertThat(extract.path()).isEqualTo("reports/2021-08-16/" + county.name() + "/附件2-重点行业绩效分级提升企业清单.pdf");
        assertThat(extract.county()).isEqualTo(county.name());
        assertThat(archive.manifestEntries()).anySatisfy(entry -> {
            assertThat(entry.kind()).isEqualTo("improvement-list-pdf");
            assertThat(entry.path()).isEqualTo(cityWide.path());
            assertThat(entry.sha256()).isEqualTo(cityWide.sha256());
        });
    }

    @Test
    void everyPageIsA4LandscapeAndThereAreAtLeastThree() {
        // then
        assertThat(cityPdf.pageSizes()).hasSizeGreaterThanOrEqualTo(3);
        for (TargetTablePdf pdf : List.of(cityPdf, countyPdf)) {
            assertThat(pdf.pageSizes()).allSatisfy(page -> {
                assertThat(page.getWidth()).isCloseTo(842f, within(1f));
                assertThat(page.getHeight()).isCloseTo(595f, within(1f));
            });
            assertThat(pdf.rotations()).containsOnly(0);
        }
    }

    @Test
    void theFirstPageHasAttachmentTitleAndDate() throws IOException {
        // then
        String first = pages(cityWide).get(0);
        assertThat(first).contains("附件2", "重点行业绩效分级提升企业清单", "日期：2021年8月16日");
        assertThat(pages(extract).get(0)).contains("日期：2021年8月16日", "县区：" + county.name());
    }

    @Test
    void everyPageRepeatsTheThirteenHeadersAndCountsThePages() throws IOException {
        // then
        List<String> pages = pages(cityWide);
        assertThat(pages).hasSize(cityPdf.pageSizes().size());
        for (int i = 0; i < pages.size(); i++) {
            String page = pages.get(i).replaceAll("\\s", "");
            for (String header : ImprovementListWorkbook.HEADERS) {
                assertThat(page).as("page %d", i + 1).contains(header);
            }
            assertThat(page).as("page %d", i + 1).contains("第" + (i + 1) + "页共" + pages.size() + "页");
        }
    }

    @Test
    void rowsComeInTheOrderOfTheWorkbook() throws IOException {
        // given the 企业名称 and 改造措施 of the workbook, top to bottom
        List<String> names = new ArrayList<>();
        List<String> measures = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file(workbookDocument)); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheetAt(0);
            DataFormatter format = new DataFormatter();
            for (int i = ImprovementListWorkbook.HEADING_ROWS; i <= sheet.getLastRowNum(); i++) {
                Row row = sheet.getRow(i);
                names.add(format.formatCellValue(row.getCell(ENTERPRISE)));
                measures.add(format.formatCellValue(row.getCell(MEASURES)));
            }
        }
        assertThat(names).isNotEmpty();
        // then the columns of the PDF read the same, page after page
        assertThat(column(cityWide, ENTERPRISE)).isEqualTo(compact(String.join("", names)));
        assertThat(column(cityWide, MEASURES)).isEqualTo(compact(String.join("", measures)));
    }

    @Test
    void aLongTextIsPrintedInFull() throws IOException {
        // then: the 改造措施 taller than a page goes on over the next pages, never cut
        assertThat(column(cityWide, MEASURES)).contains(compact(longMeasures));
        assertThat(column(extract, MEASURES)).contains(compact(longMeasures));
        assertThat(cityPdf.compact()).contains("第1步：").contains(longMeasures.substring(longMeasures.length() - 30));
    }

    @Test
    void everyFontDrawingTextIsEmbedded() {
        for (TargetTablePdf pdf : List.of(cityPdf, countyPdf)) {
            assertThat(pdf.fontsDrawingText()).isNotEmpty()
                    .allSatisfy(font -> assertThat(pdf.embedded()).contains(font));
            // not even an empty text in a standard font (PDF/A forbids one)
            assertThat(pdf.notEmbedded()).isEmpty();
        }
    }

    @Test
    void theSameListGivesTheSameBytes() {
        // when the county's extract is rendered again from the same data
        ArchivedDocument again = report.render(AS_OF, county);
        // then
        assertThat(again.sha256()).isEqualTo(extract.sha256());
    }

    @Test
    void documentInformationIsSet() {
        assertThat(cityPdf.title()).isEqualTo("重点行业绩效分级提升企业清单");
        assertThat(cityPdf.author()).isEqualTo(reference.authority().name());
        assertThat(cityPdf.subject()).isEqualTo("附件2（日期 2021年8月16日）");
        assertThat(countyPdf.title()).isEqualTo("重点行业绩效分级提升企业清单");
        assertThat(countyPdf.subject()).isEqualTo("附件2（日期 2021年8月16日，" + county.name() + "）");
    }

    @Test
    void theCountyExtractHoldsOnlyItsCounty() throws IOException {
        // given
        long plans = jdbc.sql("SELECT COUNT(*) " + ACTIVE + " AND e.county_code = :county").param("day", AS_OF)
                .param("county", county.code()).query(Long.class).single();
        // then: the 县、区 column names the county on every row, and nothing else
        String counties = column(extract, COUNTY);
        assertThat(counties).isEqualTo(county.name().repeat((int) plans));
        assertThat(column(extract, 0)).isEqualTo(IntStream.rangeClosed(1, (int) plans).mapToObj(String::valueOf)
                .collect(Collectors.joining()));
        for (County other : this.counties) {
            if (!other.equals(county)) {
                assertThat(column(extract, COUNTY)).doesNotContain(other.name());
            }
        }
        // and the city-wide list shows every county with plans
        String all = column(cityWide, COUNTY);
        assertThat(this.counties).allSatisfy(c -> assertThat(all).contains(c.name()));
    }

    private Path file(ArchivedDocument document) {
        return archive.outDir().resolve(document.path());
    }

    /** The text of each page. */
    private List<String> pages(ArchivedDocument document) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(file(document).toFile())) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(pdf));
            }
            return pages;
        }
    }

    /**
     * The text of one column of the table over all pages, without white space and without the column's header,
     * which must open the column on every page.
     */
    private String column(ArchivedDocument document, int column) throws IOException {
        String header = compact(ImprovementListWorkbook.HEADERS.get(column));
        try (PDDocument pdf = Loader.loadPDF(file(document).toFile())) {
            StringBuilder text = new StringBuilder();
            for (int page = 0; page < pdf.getNumberOfPages(); page++) {
                PDFTextStripperByArea stripper = new PDFTextStripperByArea();
                stripper.setSortByPosition(true);
                float top = page == 0 ? FIRST_PAGE_TABLE_Y : TABLE_Y;
                stripper.addRegion("column", new Rectangle2D.Float(MARGIN + COLUMN_X[column] + 0.5f, top,
                        COLUMN_WIDTH[column] - 1, 595 - top));
                stripper.extractRegions(pdf.getPage(page));
                String onPage = compact(stripper.getTextForRegion("column"));
                assertThat(onPage).as("column %s on page %d", header, page + 1).startsWith(header);
                text.append(onPage.substring(header.length()));
            }
            return text.toString();
        }
    }

    private static String compact(String text) {
        return text.codePoints().filter(c -> !Character.isWhitespace(c) && c != '\u3000')
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }
}
