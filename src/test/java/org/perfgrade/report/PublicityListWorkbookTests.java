package org.perfgrade.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.perfgrade.DatabaseTest;
import org.perfgrade.document.ArchivedDocument;
import org.perfgrade.document.DocumentArchive;
import org.perfgrade.ledger.LedgerImport;
import org.perfgrade.reference.County;
import org.perfgrade.reference.Industry;
import org.perfgrade.reference.ReferenceData;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.perfgrade.report.PublicityFixtures.*;

/** 公示名单 .xlsx rendered from the publicity data set and read back cell by cell. */
@DatabaseTest
class PublicityListWorkbookTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LedgerImport ledger;

    @Autowired
    ReferenceData reference;

    @Autowired
    DocumentArchive archive;

    @Autowired
    PublicityListWorkbook workbook;

    @BeforeEach
    void load() {
        new PublicityFixtures(jdbc, ledger).load();
    }

    @Test
    void theCityWideListHoldsTheAAndBGradesGroupedByGradeThenIndustry() throws IOException {
        // when
        ArchivedDocument document = workbook.render(AS_OF, null);
        // then
        assertThat(document.kind()).isEqualTo("publicity-xlsx");
        assertThat(document.path()).isEqualTo("reports/2021-08-16/公示名单.xlsx");
        assertThat(document.county()).isNull();
        try (XSSFWorkbook book = open(document)) {
            XSSFSheet sheet = book.getSheet("公示名单");
            assertThat(sheet).isNotNull();
            assertThat(text(sheet.getRow(0).getCell(0)))
                    .isEqualTo("开封市各县区上报的重点行业绩效分级A级、B级（含B-级）及绩效引领性企业名单（公示）");
            assertThat(sheet.getMergedRegions()).contains(new CellRangeAddress(0, 0, 0, 7));
            assertThat(text(sheet.getRow(1).getCell(0))).isEqualTo("统计日期：2021年8月16日");
            assertThat(headers(sheet)).containsExactly("序号", "县区", "企业名称", "统一社会信用代码", "重点行业类型",
                    "绩效级别", "上报日期", "认定日期");
            Listing listing = Listing.read(sheet);
            // the grade groups in order A, B, B-, 引领性, each a merged heading row
            assertThat(listing.gradeHeadings()).containsExactly("一、A级企业（4家）", "二、B级企业（3家）",
                    "三、B-级企业（1家）", "四、绩效引领性企业（1家）");
            assertThat(listing.lines()).extracting(Line::name).containsExactlyInAnyOrder(STEEL_A, DOWNGRADED_LATER,
                    QIXIAN_STEEL_A, TWO_INDUSTRIES, TWO_INDUSTRIES, UPGRADED_BEFORE, FORMULA_NAME, STEEL_B_MINUS,
                    LEADING);
            assertThat(listing.lines()).extracting(Line::name).doesNotContain(STEEL_C, CEMENT_D, UPGRADED_LATER,
                    NOT_LEADING);
            assertThat(listing.lines()).extracting(Line::number).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
            // each line's grade matches its group; industries in configured order; names by Chinese collation
            assertGroupedAndOrdered(listing.lines());
            assertThat(listing.lines()).filteredOn(l -> l.name().equals(TWO_INDUSTRIES))
                    .extracting(l -> l.grade() + " " + l.industry())
                    .containsExactly("A 水泥（熟料）", "B 长流程联合钢铁");
            assertThat(listing.lines()).filteredOn(l -> l.name().equals(LEADING)).singleElement()
                    .satisfies(l -> assertThat(l.industry()).isEqualTo("水泥（粉磨站）"));
            // lines of the county ledger without an application: reported and certified with the ledger's grade
            Line upgraded = listing.line(UPGRADED_BEFORE);
            assertThat(upgraded.grade()).isEqualTo("B");
            assertThat(upgraded.reportedOn()).isEqualTo(UPGRADED);
            assertThat(upgraded.certifiedOn()).isEqualTo(UPGRADED);
            assertThat(listing.line(DOWNGRADED_LATER).grade()).isEqualTo("A");
            assertThat(listing.line(DOWNGRADED_LATER).certifiedOn()).isEqualTo(IMPORTED);
            assertThat(listing.line(STEEL_A).creditCode()).isEqualTo(creditCode(STEEL_A));
            assertThat(listing.line(STEEL_A).county()).isEqualTo("兰考县");
            for (int column : new int[] { 6, 7 }) {
                Cell date = listing.row(UPGRADED_BEFORE).getCell(column);
                assertThat(DateUtil.isCellDateFormatted(date)).isTrue();
                assertThat(date.getCellStyle().getDataFormatString()).isEqualTo("yyyy\"年\"m\"月\"d\"日\"");
            }
            // a formula-like name stays text, quote-prefixed
            Cell formula = listing.row(FORMULA_NAME).getCell(2);
            assertThat(formula.getCellType()).isEqualTo(CellType.STRING);
            assertThat(formula.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(listing.row(STEEL_A).getCell(2).getCellStyle().getQuotePrefixed()).isFalse();
            // the notice: period, objection phone and e-mail from config, signature and date
            String notice = String.join("\n", listing.after());
            assertThat(notice).contains("公示期为2021年8月17日至2021年8月23日（5个工作日）", "联系电话：" + reference.authority().objectionPhone(),
                    "电子邮箱：" + reference.authority().objectionEmail());
            assertThat(reference.authority().objectionPhone()).isNotBlank();
            assertThat(listing.after().subList(listing.after().size() - 2, listing.after().size()))
                    .containsExactly(reference.authority().issuerOf("publicity").name(), "2021年8月16日");
            // frozen header, portrait print set-up fitted to the width, heading rows repeated
            PaneInformation pane = sheet.getPaneInformation();
            assertThat(pane.isFreezePane()).isTrue();
            assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 3);
            assertThat(sheet.getPrintSetup().getLandscape()).isFalse();
            assertThat(sheet.getFitToPage()).isTrue();
            assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(sheet.getPrintSetup().getFitHeight()).isEqualTo((short) 0);
            assertThat(sheet.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("1:3"));
            for (int i = 0; i < 8; i++) {
                assertThat(sheet.getColumnWidth(i)).as("column %d", i)
                        .isGreaterThanOrEqualTo(SheetText.displayWidth(headers(sheet).get(i)) * 256);
            }
        }
        assertThat(archive.manifestEntries()).anySatisfy(entry -> {
            assertThat(entry.kind()).isEqualTo("publicity-xlsx");
            assertThat(entry.path()).isEqualTo(document.path());
            assertThat(entry.sha256()).isEqualTo(document.sha256());
        });
    }

    @Test
    void gradesAreTakenAsOfTheBusinessDate() throws IOException {
        // when
        ArchivedDocument later = workbook.render(LATER, null);
        ArchivedDocument early = workbook.render(UPGRADED.minusDays(1), null);
        // then: after 9/1 the downgraded enterprise is gone and the late upgrade is listed under A
        try (XSSFWorkbook book = open(later)) {
            Listing listing = Listing.read(book.getSheetAt(0));
            assertThat(listing.lines()).extracting(Line::name).doesNotContain(DOWNGRADED_LATER)
                    .contains(UPGRADED_LATER);
            assertThat(listing.line(UPGRADED_LATER).grade()).isEqualTo("A");
            assertThat(listing.line(UPGRADED_LATER).certifiedOn()).isEqualTo(LATER);
            assertGroupedAndOrdered(listing.lines());
        }
        // and before 7/20 the upgrade to B had not taken effect
        try (XSSFWorkbook book = open(early)) {
            Listing listing = Listing.read(book.getSheetAt(0));
            assertThat(listing.lines()).extracting(Line::name).contains(DOWNGRADED_LATER)
                    .doesNotContain(UPGRADED_BEFORE, UPGRADED_LATER);
        }
    }

    @Test
    void aCountyExtractHoldsOnlyThatCounty() throws IOException {
        // given
        County qixian = reference.countiesByCode().get(QIXIAN);
        // when
        ArchivedDocument document = workbook.render(AS_OF, qixian);
        // then
        assertThat(document.path()).isEqualTo("reports/2021-08-16/杞县/公示名单.xlsx");
        assertThat(document.county()).isEqualTo("杞县");
        try (XSSFWorkbook book = open(document)) {
            XSSFSheet sheet = book.getSheet("公示名单");
            assertThat(text(sheet.getRow(1).getCell(0))).isEqualTo("统计日期：2021年8月16日　县区：杞县");
            Listing listing = Listing.read(sheet);
            assertThat(listing.lines()).allSatisfy(l -> assertThat(l.county()).isEqualTo("杞县"));
            assertThat(listing.lines()).extracting(Line::name)
                    .containsExactlyInAnyOrder(QIXIAN_STEEL_A, UPGRADED_BEFORE, FORMULA_NAME);
            assertThat(listing.gradeHeadings()).containsExactly("一、A级企业（1家）", "二、B级企业（2家）");
            assertGroupedAndOrdered(listing.lines());
        }
    }

    @Test
    void theSameListRenderedTwiceGivesTheSameBytes() {
        assertThat(workbook.render(AS_OF, null).sha256()).isEqualTo(workbook.render(AS_OF, null).sha256());
    }

    /** Grade groups as headed; within one, industries in configured order; within one, names by collation. */
    private void assertGroupedAndOrdered(List<Line> lines) {
        Collator collator = Collator.getInstance(Locale.CHINA);
        for (Line line : lines) {
            assertThat(line.gradeHeading()).as(line.name()).contains(line.grade().equals("引领性") ? "绩效引领性企业"
                    : "、" + line.grade() + "级企业");
            assertThat(line.industryHeading()).as(line.name()).contains(line.industry().replaceFirst("（.*", ""));
        }
        for (int i = 1; i < lines.size(); i++) {
            Line a = lines.get(i - 1);
            Line b = lines.get(i);
            if (!a.gradeHeading().equals(b.gradeHeading())) {
                continue;
            }
            int industryA = industryOrder(a);
            int industryB = industryOrder(b);
            assertThat(industryA).as("%s before %s", a.name(), b.name()).isLessThanOrEqualTo(industryB);
            if (industryA == industryB) {
                assertThat(collator.compare(a.name(), b.name())).as("%s before %s", a.name(), b.name())
                        .isLessThanOrEqualTo(0);
            }
        }
    }

    private int industryOrder(Line line) {
        return reference.industry(line.industry().replaceFirst("（.*", "")).map(Industry::order).orElseThrow();
    }

    private XSSFWorkbook open(ArchivedDocument document) throws IOException {
        Path file = archive.outDir().resolve(document.path());
        assertThat(file).isRegularFile();
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private static List<String> headers(XSSFSheet sheet) {
        List<String> headers = new ArrayList<>();
        Row row = sheet.getRow(2);
        for (int i = 0; i < row.getLastCellNum(); i++) {
            headers.add(text(row.getCell(i)));
        }
        return headers;
    }

    static String text(Cell cell) {
        return cell == null ? "" : new DataFormatter().formatCellValue(cell);
    }

    /** A date cell as a date; null when it holds text (待认定) or nothing. */
    static LocalDate date(Cell cell) {
        return cell == null || cell.getCellType() != CellType.NUMERIC ? null
                : cell.getLocalDateTimeCellValue().toLocalDate();
    }

    /** One data row read back, with the headings above it. */
    record Line(int number, String county, String name, String creditCode, String industry, String grade,
                LocalDate reportedOn, LocalDate certifiedOn, String gradeHeading, String industryHeading, Row row) {
    }

    /** The sheet below the header: heading rows, data rows and the texts after the table. */
    record Listing(List<String> gradeHeadings, List<Line> lines, List<String> after) {

        static Listing read(org.apache.poi.ss.usermodel.Sheet sheet) {
            List<String> grades = new ArrayList<>();
            List<Line> lines = new ArrayList<>();
            List<String> after = new ArrayList<>();
            String grade = null;
            String industry = null;
            for (int i = 3; i <= sheet.getLastRowNum(); i++) {
                Row row = sheet.getRow(i);
                Cell first = row == null ? null : row.getCell(0);
                if (first == null || text(first).isEmpty()) {
                    continue;
                }
                if (first.getCellType() == CellType.NUMERIC) {
                    lines.add(new Line((int) first.getNumericCellValue(), text(row.getCell(1)), text(row.getCell(2)),
                            text(row.getCell(3)), text(row.getCell(4)), text(row.getCell(5)), date(row.getCell(6)),
                            date(row.getCell(7)), grade, industry, row));
                    continue;
                }
                String value = text(first);
                if (!lines.isEmpty() && !value.startsWith("（") && !value.matches("^[一二三四五六七八九十]+、.*")
                        || !after.isEmpty()) {
                    after.add(value);
                } else if (value.startsWith("（")) {
                    industry = value;
                } else {
                    grade = value;
                    grades.add(value);
                }
            }
            return new Listing(grades, lines, after);
        }

        Line line(String name) {
            return lines.stream().filter(l -> l.name().equals(name)).findFirst()
                    .orElseThrow(() -> new AssertionError("no line of " + name));
        }

        Row row(String name) {
            return line(name).row();
        }
    }
}
