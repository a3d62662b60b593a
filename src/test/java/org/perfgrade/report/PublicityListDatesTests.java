package org.perfgrade.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.perfgrade.DatabaseTest;
import org.perfgrade.document.ArchivedDocument;
import org.perfgrade.document.DocumentArchive;
import org.perfgrade.ledger.GradeCorrection;
import org.perfgrade.ledger.LedgerImport;
import org.perfgrade.reference.ReferenceData;
import org.perfgrade.report.PublicityListWorkbookTests.Line;
import org.perfgrade.report.PublicityListWorkbookTests.Listing;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.perfgrade.report.PublicityReports.*;

/**
 * 公示名单: the lines the county reported (上报), each with its 上报日期 and the 认定日期 of the grade event that
 * certified it, the dated 公示期, the note's counts and the empty list — read back from the xlsx cells and the PDF text.
 */
@DatabaseTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicityListDatesTests {

    private static final LocalDate BEFORE_ANY = LocalDate.of(2021, 6, 1);

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LedgerImport ledger;

    @Autowired
    GradeCorrection corrections;

    @Autowired
    ReferenceData reference;

    @Autowired
    DocumentArchive archive;

    @Autowired
    PublicityListWorkbook workbook;

    @Autowired
    PublicityListReport report;

    private Listing onDay;
    private Listing later;
    private Listing empty;
    private String pdfOnDay;
    private String pdfLater;
    private String pdfEmpty;
    private String pdfEmptyCounty;

    @BeforeAll
    void render() throws IOException {
        // given the county's ledger, its applications, the city's correction and the province's results
        new PublicityReports(jdbc, ledger, corrections).load();
        // when
        onDay = listing(workbook.render(AS_OF, null));
        later = listing(workbook.render(LATER, null));
        empty = listing(workbook.render(BEFORE_ANY, null));
        pdfOnDay = pdf(report.render(AS_OF, null));
        pdfLater = pdf(report.render(LATER, null));
        pdfEmpty = pdf(report.render(BEFORE_ANY, null));
        pdfEmptyCounty = pdf(report.render(AS_OF, reference.countiesByCode().get("410221")));
    }

    @Test
    void listsTheLinesTheCountyReportedAndNotTheRefusedOne() {
        assertThat(onDay.lines()).extracting(Line::name).containsExactlyInAnyOrder(CERTIFIED_A, PENDING_B,
                CERTIFIED_LATER, LEDGER_B, CORRECTED_B, SAME_DAY, TWO_LINES, TWO_LINES, HELD_A);
        assertThat(onDay.lines()).extracting(Line::name).doesNotContain(REFUSED, APPLIED_LATE);
        // the grade listed is the one reported (the ledger still says C for the applications)
        assertThat(onDay.line(CERTIFIED_A).grade()).isEqualTo("A");
        assertThat(onDay.line(PENDING_B).grade()).isEqualTo("B");
        assertThat(onDay.line(CERTIFIED_LATER).grade()).isEqualTo("A");
        // an application received after the day is listed only from its day on
        assertThat(later.lines()).extracting(Line::name).contains(APPLIED_LATE).doesNotContain(REFUSED);
        assertThat(pdfOnDay).contains(CERTIFIED_A, PENDING_B, LEDGER_B).doesNotContain(REFUSED, APPLIED_LATE);
    }

    @Test
    void eachLineShowsItsReportDateAndTheDateOfTheEventThatCertifiedIt() {
        // then: province 9/10; none yet; ledger grade (no application); city correction 9/1; the ledger's A imported
        // with the application holds on its own date, as the briefing counts it
        assertDates(onDay.line(CERTIFIED_A), REPORTED, CERTIFIED);
        assertDates(onDay.line(PENDING_B), REPORTED, null);
        assertDates(onDay.line(CERTIFIED_LATER), REPORTED, null);
        assertDates(onDay.line(LEDGER_B), IMPORTED, IMPORTED);
        assertDates(onDay.line(CORRECTED_B), REPORTED, CORRECTED);
        assertDates(onDay.line(SAME_DAY), REPORTED, REPORTED);
        assertThat(onDay.lines()).filteredOn(l -> l.name().equals(TWO_LINES))
                .allSatisfy(l -> assertDates(l, IMPORTED, IMPORTED));
        // an uncertified line reads 待认定 as text
        assertThat(onDay.row(PENDING_B).getCell(7).getCellType()).isEqualTo(CellType.STRING);
        assertThat(PublicityListWorkbookTests.text(onDay.row(PENDING_B).getCell(7))).isEqualTo("待认定");
        // later: the province's result dated 9/22 certifies; the report date stays that of the first list
        assertDates(later.line(CERTIFIED_LATER), REPORTED, LocalDate.of(2021, 9, 22));
        assertDates(later.line(APPLIED_LATE), PROVINCE_LIST, null);
        // and the PDF prints the same dates in Chinese
        assertThat(pdfOnDay).contains(creditCode(CERTIFIED_A) + "长流程联合钢铁A2021年8月3日2021年9月10日",
                creditCode(PENDING_B) + "长流程联合钢铁B2021年8月3日待认定",
                creditCode(LEDGER_B) + "长流程联合钢铁B2021年6月10日2021年6月10日",
                creditCode(CORRECTED_B) + "长流程联合钢铁B2021年8月3日2021年9月1日",
                creditCode(SAME_DAY) + "长流程联合钢铁A2021年8月3日2021年8月3日");
        assertThat(pdfLater).contains(creditCode(CERTIFIED_LATER) + "长流程联合钢铁A2021年8月3日2021年9月22日");
        assertThat(pdfOnDay + pdfLater).doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");
    }

    @Test
    void aLineHoldingItsLedgerGradeBeforeItsApplicationIsCertifiedOnTheLedgerGradesDate() {
        // given HELD_A: A in the ledger since 6/10, its application (A, passed) recorded on 8/3
        // when the list of 9/16 is rendered (in render())
        // then it is listed at A, reported 8/3 and certified on the ledger grade's date, not 待认定
        assertThat(onDay.line(HELD_A).grade()).isEqualTo("A");
        assertDates(onDay.line(HELD_A), REPORTED, IMPORTED);
        assertDates(later.line(HELD_A), REPORTED, IMPORTED);
        assertThat(pdfOnDay).contains(creditCode(HELD_A) + "长流程联合钢铁A2021年8月3日2021年6月10日");
    }

    @Test
    void thePublicityPeriodIsCountedInWorkingDaysOnTheHolidayCalendar() {
        // 9/16: 9/17, 9/18 (worked Saturday), 9/22, 9/23, 9/24 — 中秋 9/19–9/21 skipped
        assertThat(String.join("", onDay.after())).contains("公示期为2021年9月17日至2021年9月24日（5个工作日）");
        assertThat(pdfOnDay).contains("公示期为2021年9月17日至2021年9月24日（5个工作日）", "现将截至2021年9月16日各县区上报的");
        // 9/24 (Friday): the next working day is Sunday 9/26, a make-up day
        assertThat(pdfLater).contains("公示期为2021年9月26日至2021年9月30日（5个工作日）");
        // lines waiting for certification are explained
        assertThat(pdfOnDay).contains("名单中认定日期为“待认定”的，为各县区已上报、尚未完成审核认定的企业");
    }

    @Test
    void theNoteCountsLinesAgainstEnterprises() {
        String note = "注：本名单按企业的重点行业记录逐条列出，共9条，涉及8家企业；";
        assertThat(onDay.after()).anySatisfy(text -> assertThat(text).startsWith(note)
                .contains("进展统计（每日进展简报等）按企业计数，每家企业只计一次，按其各重点行业记录中最低的绩效级别计"));
        assertThat(pdfOnDay).contains(note);
        assertThat(pdfLater).contains("注：本名单按企业的重点行业记录逐条列出，共10条，涉及9家企业；");
    }

    @Test
    void anEmptyListSaysThereIsNoneAndPublishesNothing() {
        assertThat(empty.lines()).isEmpty();
        // with no line, every text below the header reads as a heading to Listing
        List<String> texts = java.util.stream.Stream.concat(empty.gradeHeadings().stream(), empty.after().stream())
                .toList();
        assertThat(texts).contains("截至2021年6月1日，各县区未上报重点行业绩效分级A级、B级（含B-级）及绩效引领性企业。"
                + "本次无拟公示企业。");
        for (String text : List.of(String.join("", texts), pdfEmpty, pdfEmptyCounty)) {
            assertThat(text).contains("本次无拟公示企业。").doesNotContain("予以公示", "公示期为", "注：", "联系电话");
        }
        assertThat(pdfEmptyCounty).contains("截至2021年9月16日，杞县未上报");
        assertThat(pdfEmpty).endsWith(reference.authority().issuerOf("publicity").name().replaceAll("\\s", "") + "2021年6月1日第1页共1页");
    }

    private static void assertDates(Line line, LocalDate reported, LocalDate certified) {
        assertThat(line.reportedOn()).as("上报日期 of %s", line.name()).isEqualTo(reported);
        assertThat(line.certifiedOn()).as("认定日期 of %s", line.name()).isEqualTo(certified);
    }

    private Listing listing(ArchivedDocument document) throws IOException {
        try (InputStream in = Files.newInputStream(archive.outDir().resolve(document.path()));
             XSSFWorkbook book = new XSSFWorkbook(in)) {
            return Listing.read(book.getSheet(PublicityListWorkbook.SHEET));
        }
    }

    private String pdf(ArchivedDocument document) throws IOException {
        Path file = archive.outDir().resolve(document.path());
        return TargetTablePdf.read(file).compact();
    }
}
