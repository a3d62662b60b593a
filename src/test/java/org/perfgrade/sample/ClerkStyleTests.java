package org.perfgrade.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfgrade.reference.Industry;
import org.perfgrade.reference.IndustryBranch;
import org.perfgrade.reference.ReferenceData;

/**
 * 县区手填样式: with {@link SampleSubmissions#withClerkStyle()} 兰考县 and 尉氏县 write their files the way clerks fill
 * them, every messy cell meaning exactly the clean value; the model, the other counties' files and the planted
 * defects stay as they were. The test reads the workbooks back with POI and undoes each form by itself.
 */
class ClerkStyleTests {

    private static final LocalDate AS_OF = LocalDate.of(2021, 6, 10);
    private static final long SEED = 2021L;
    private static final DataFormatter FORMATTER = new DataFormatter();
    private static final Set<String> MARKERS = Set.of("/", "无", "—", "不涉及");

    @TempDir
    static Path tempDir;

    private static ReferenceData reference;
    private static SampleDataset clean;
    private static SampleDataset messy;
    private static Path cleanInbox;
    private static Path messyInbox;
    private static List<Path> cleanFiles;
    private static List<Path> messyFiles;

    @BeforeAll
    static void writeBothInboxes() throws IOException {
        reference = SampleReferenceData.kaifeng();
        SampleSubmissions samples = new SampleSubmissions(reference, SEED);
        clean = samples.generate();
        cleanInbox = tempDir.resolve("clean");
        cleanFiles = samples.writeInbox(cleanInbox, AS_OF);
        SampleSubmissions clerks = new SampleSubmissions(reference, SEED).withClerkStyle();
        messy = clerks.generate();
        messyInbox = tempDir.resolve("messy");
        messyFiles = clerks.writeInbox(messyInbox, AS_OF);
    }

    @Test
    void theModelIsTheSameWithAndWithoutTheClerkStyleButSomePlannedDaysOfTheTwoCounties() {
        // then enterprises and lines are equal, and so are the defects but the unknown industry's wording
        assertThat(messy.enterprises()).isEqualTo(clean.enterprises());
        assertThat(messy.ledgerLines()).isEqualTo(clean.ledgerLines());
        // and the plans, but that some of the two counties' planned dates moved back to a 10th, 20th or month end
        assertThat(messy.improvementPlans()).hasSameSizeAs(clean.improvementPlans());
        int moved = 0;
        for (int i = 0; i < clean.improvementPlans().size(); i++) {
            SamplePlan before = clean.improvementPlans().get(i);
            SamplePlan after = messy.improvementPlans().get(i);
            assertThat(after.creditCode()).isEqualTo(before.creditCode());
            if (after.dueDate().equals(before.dueDate())) {
                assertThat(after).isEqualTo(before);
                continue;
            }
            moved++;
            assertThat(countyName(after.countyCode())).isIn(ClerkStyle.COUNTIES);
            assertThat(after).usingRecursiveComparison().ignoringFields("dueDate").isEqualTo(before);
            assertThat(after.dueDate()).isBefore(before.dueDate()).isAfterOrEqualTo(before.dueDate().minusDays(10))
                    .isAfterOrEqualTo(LocalDate.of(2021, 7, 1));
            assertThat(after.dueDate().getDayOfMonth() == after.dueDate().lengthOfMonth()
                    || after.dueDate().getDayOfMonth() % 10 == 0).isTrue();
        }
        assertThat(moved).isPositive();
        assertThat(messy.defects()).extracting(SampleDefect::type, SampleDefect::countyCode, SampleDefect::fileKind)
                .isEqualTo(clean.defects().stream().map(d -> org.assertj.core.groups.Tuple.tuple(d.type(),
                        d.countyCode(), d.fileKind())).toList());
        assertThat(messy.defects()).filteredOn(d -> d.type() == SampleDefectType.UNKNOWN_INDUSTRY)
                .singleElement().satisfies(d -> {
                    assertThat(d.value()).isEqualTo(SampleDefectInjector.UNEXPLAINED_INDUSTRY);
                    assertThat(reference.industry(d.value())).isEmpty();
                    assertThat(reference.industries().stream().map(Industry::name)
                            .anyMatch(name -> d.value().startsWith(name))).isFalse();
                });
    }

    @Test
    void withoutTheClerkStyleNoCountyWritesMessyCellsAndTheOtherCountiesFilesAreUnchanged() throws IOException {
        // then every county but the two writes the same bytes either way (the unknown industry is 五金加工 in both)
        assertThat(messyFiles).hasSameSizeAs(cleanFiles);
        int compared = 0;
        for (int i = 0; i < cleanFiles.size(); i++) {
            Path relative = cleanInbox.relativize(cleanFiles.get(i));
            assertThat(messyInbox.relativize(messyFiles.get(i))).isEqualTo(relative);
            boolean clerkCounty = ClerkStyle.COUNTIES.contains(relative.getName(0).toString());
            long mismatch = Files.mismatch(cleanFiles.get(i), messyFiles.get(i));
            if (clerkCounty) {
                assertThat(mismatch).as(relative.toString()).isNotEqualTo(-1L);
            } else {
                assertThat(mismatch).as(relative.toString()).isEqualTo(-1L);
                compared++;
            }
        }
        assertThat(compared).isEqualTo(cleanFiles.size() - 4);
        // and the clean files of the two counties have data rows only, the county written in full
        for (String county : ClerkStyle.COUNTIES) {
            for (SampleFileKind kind : SampleFileKind.values()) {
                try (Workbook workbook = open(cleanInbox.resolve(county).resolve(clean.fileName(countyCode(county),
                        kind)))) {
                    Sheet sheet = workbook.getSheetAt(0);
                    int column = headers(sheet).indexOf("县、区");
                    assertThat(sheet.getLastRowNum() - 2).isEqualTo(kind == SampleFileKind.LEDGER
                            ? submission(countyCode(county)).ledgerRows().size()
                            : submission(countyCode(county)).planRows().size());
                    for (int r = 3; r <= sheet.getLastRowNum(); r++) {
                        if (!isDefectRow(clean, county, kind, r + 1)) {
                            assertThat(text(sheet.getRow(r), column)).as(county + kind + r).isEqualTo(county);
                        }
                    }
                }
            }
        }
    }

    @Test
    void theTwoCountiesLedgersMeanTheCleanLinesWrittenTheClerksWay() throws IOException {
        Set<String> forms = new HashSet<>();
        for (String county : ClerkStyle.COUNTIES) {
            // given the county's clean lines, in ledger order
            String code = countyCode(county);
            CountySubmission submission = submission(code);
            try (Workbook workbook = open(messyInbox.resolve(county).resolve(messy.fileName(code,
                    SampleFileKind.LEDGER)))) {
                // when the data rows are read back, the rows that are not data set aside
                Sheet sheet = workbook.getSheetAt(0);
                List<String> headers = headers(sheet);
                List<Row> data = dataRows(sheet, headers, forms);
                assertThat(data).hasSize(submission.ledgerRows().size());
                for (int i = 0; i < data.size(); i++) {
                    CountySubmission.LedgerRow expected = submission.ledgerRows().get(i);
                    Map<String, String> row = cells(data.get(i), headers);
                    if (expected.defect() != null) {
                        assertThat(row.get(expected.defect().column())).isEqualTo(expected.defect().value());
                        continue;
                    }
                    // then each cell means the clean value
                    SampleLedgerLine line = expected.line();
                    assertThat(row.get("统一社会信用代码")).isEqualTo(line.creditCode());
                    assertThat(row.get("县、区")).isEqualTo(county.substring(0, county.length() - 1));
                    String[] industry = industry(row.get("重点行业类型"), row.get("重点行业分支"), forms);
                    assertThat(industry[0]).isEqualTo(line.industry());
                    if (industry[1] == null) {
                        assertThat(line.branch()).isNull();
                    } else if (industry[1].isEmpty()) {
                        forms.add("branch left out: " + line.industry());
                        assertThat(onlyBranchAdmitting(line.industry(), line.grade() == null ? List.of()
                                : List.of(line.grade()))).isEqualTo(line.branch());
                    } else {
                        assertThat(industry[1]).isEqualTo(line.branch());
                    }
                    assertThat(grade(row.get("绩效级别"), forms)).isEqualTo(line.grade());
                    optional(row.get("二氧化硫（吨/年）"), line.so2(), forms);
                    optional(row.get("氮氧化物（吨/年）"), line.nox(), forms);
                    optional(row.get("颗粒物（吨/年）"), line.pm(), forms);
                    optional(row.get("VOCs（吨/年）"), line.vocs(), forms);
                    SampleEnterprise enterprise = expected.enterprise();
                    optionalText(row.get("主要产品"), line.products(), forms);
                    optionalText(row.get("产能"), line.capacity(), forms);
                    optionalText(row.get("生产线"), line.lines(), forms);
                    optionalText(row.get("保障类企业"), enterprise.guaranteeType(), forms);
                    optionalText(row.get("荣誉称号"), enterprise.honoursText(), forms);
                }
            }
        }
        // and the file shows the clerk's forms
        assertThat(forms).contains("blank row", "header again", "合计", "footer", "级", "行业", "branch inside");
        assertThat(forms).anyMatch(f -> f.startsWith("marker"));
        assertThat(forms).contains("branch left out: 水泥", "业 with branches");
    }

    @Test
    void theTwoCountiesImprovementListsMeanTheCleanPlansWrittenTheClerksWay() throws IOException {
        Set<String> forms = new HashSet<>();
        for (String county : ClerkStyle.COUNTIES) {
            // given the county's plans in list order, one .xls (兰考县) and one .xlsx (尉氏县)
            String code = countyCode(county);
            CountySubmission submission = submission(code);
            Path file = messyInbox.resolve(county).resolve(messy.fileName(code, SampleFileKind.IMPROVEMENT_LIST));
            assertThat(file.getFileName().toString()).endsWith(county.equals("兰考县") ? ".xls" : ".xlsx");
            try (Workbook workbook = open(file)) {
                // when the data rows are read back
                Sheet sheet = workbook.getSheetAt(0);
                List<String> headers = headers(sheet);
                List<Row> data = dataRows(sheet, headers, forms);
                assertThat(data).hasSize(submission.planRows().size());
                for (int i = 0; i < data.size(); i++) {
                    CountySubmission.PlanRow expected = submission.planRows().get(i);
                    Map<String, String> row = cells(data.get(i), headers);
                    if (expected.defect() != null) {
                        assertThat(row.get(expected.defect().column())).isEqualTo(expected.defect().value());
                        continue;
                    }
                    // then each cell means the clean value
                    SamplePlan plan = expected.plan();
                    assertThat(row.get("统一社会信用代码")).isEqualTo(plan.creditCode());
                    String[] industry = industry(row.get("重点行业类型"), row.get("重点行业分支"), forms);
                    assertThat(industry[0]).isEqualTo(plan.industry());
                    if (industry[1] != null && industry[1].isEmpty()) {
                        forms.add("plan branch left out");
                        long linesInIndustry = submission.ledgerRows().stream().filter(r -> r.defect() == null
                                && r.line().creditCode().equals(plan.creditCode())
                                && r.line().industry().equals(plan.industry())).count();
                        List<String> grades = plan.currentGrade() == null ? List.of(plan.targetGrade())
                                : List.of(plan.currentGrade(), plan.targetGrade());
                        assertThat(linesInIndustry == 1
                                || plan.branch().equals(onlyBranchAdmitting(plan.industry(), grades))).isTrue();
                    } else {
                        assertThat(industry[1]).isEqualTo(plan.branch());
                    }
                    assertThat(grade(row.get("绩效现状"), forms)).isEqualTo(plan.currentGrade());
                    assertThat(grade(row.get("绩效提升目标"), forms)).isEqualTo(plan.targetGrade());
                    Cell due = data.get(i).getCell(headers.indexOf("拟完成时间"));
                    assertThat(due.getCellType()).isEqualTo(CellType.STRING);
                    assertThat(plannedDate(due.getStringCellValue(), forms)).as(due.getStringCellValue())
                            .isEqualTo(plan.dueDate());
                    if (plan.remark() == null) {
                        assertThat(row.get("备注")).isIn(MARKERS);
                    }
                }
            }
        }
        assertThat(forms).contains("blank row", "header again", "合计", "footer", "前", "中文数字", "plan branch left out",
                "month only", "底", "中旬", "未评级 as 无");
    }

    @Test
    void thePlantedDefectsOfTheTwoCountiesSitAtTheirRecordedPlaceBelowTheRowsThatAreNotData() throws IOException {
        // given the defects in the two counties' files
        List<SampleDefect> defects = messy.defects().stream()
                .filter(d -> ClerkStyle.COUNTIES.contains(d.countyName())).toList();
        assertThat(messy.defects()).hasSameSizeAs(clean.defects());
        for (SampleDefect defect : defects) {
            // when the recorded cell is read
            try (Workbook workbook = open(messyInbox.resolve(defect.countyName()).resolve(defect.fileName()))) {
                Sheet sheet = workbook.getSheet(defect.sheet());
                // then the bad value is there, unchanged by the clerk's forms
                assertThat(text(sheet.getRow(defect.row() - 1), defect.columnIndex())).as(defect.toString())
                        .isEqualTo(defect.value());
            }
        }
    }

    // ---- reading the clerk's forms back, independently of ClerkWriting

    private static List<Row> dataRows(Sheet sheet, List<String> headers, Set<String> forms) {
        List<Row> data = new ArrayList<>();
        for (int r = 3; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            String first = text(row, 0);
            boolean empty = row == null || headers.stream().allMatch(h -> text(row, headers.indexOf(h)).isEmpty());
            if (empty) {
                forms.add("blank row");
            } else if (first.equals("序号")) {
                assertThat(java.util.stream.IntStream.range(0, headers.size()).mapToObj(i -> text(row, i)).toList())
                        .isEqualTo(headers);
                forms.add("header again");
            } else if (first.equals("合计")) {
                assertThat(text(row, headers.indexOf("统一社会信用代码"))).isEmpty();
                forms.add("合计");
            } else if (first.startsWith("填报人")) {
                assertThat(first).contains("联系电话");
                forms.add("footer");
            } else {
                data.add(row);
            }
        }
        return data;
    }

    /** {industry, branch}: branch null when the cell is empty for an industry without branches, "" when left out. */
    private static String[] industry(String type, String branch, Set<String> forms) {
        Matcher inside = Pattern.compile("(.+)（(.+)）").matcher(type);
        if (inside.matches()) {
            forms.add("branch inside");
            assertThat(branch).isEmpty();
            return new String[] { inside.group(1), inside.group(2) };
        }
        String name = type;
        if (reference.industry(name).isEmpty() && name.endsWith("行业")) {
            forms.add("行业");
            name = name.substring(0, name.length() - 2);
        } else if (reference.industry(name).isEmpty() && name.endsWith("业")) {
            forms.add("业");
            name = name.substring(0, name.length() - 1);
        }
        Industry industry = reference.industry(name).orElseThrow(() -> new AssertionError("industry " + type));
        if (!industry.branches().isEmpty() && type.equals(name + "业")) {
            forms.add("业 with branches");
        }
        if (industry.branches().isEmpty()) {
            assertThat(branch).isEmpty();
            return new String[] { name, null };
        }
        if (branch.isEmpty() || branch.equals("/")) {
            return new String[] { name, "" };
        }
        return new String[] { name, branch };
    }

    private static String grade(String cell, Set<String> forms) {
        if (Set.of("无", "未评", "未评级").contains(cell)) {
            forms.add("未评级 as " + cell);
            return null;
        }
        String g = cell;
        if (g.endsWith("级企业")) {
            forms.add("级企业");
            g = g.substring(0, g.length() - 3);
        } else if (g.endsWith("级")) {
            forms.add("级");
            g = g.substring(0, g.length() - 1);
        }
        if (g.equals("引领性企业") || g.equals("绩效引领性")) {
            forms.add("引领性 form");
            return "引领性";
        }
        if (g.length() == 1 && g.charAt(0) >= 'Ａ' && g.charAt(0) <= 'Ｄ') {
            forms.add("full width");
            return String.valueOf((char) (g.charAt(0) - 'Ａ' + 'A'));
        }
        if (g.length() == 1 && g.charAt(0) >= 'a' && g.charAt(0) <= 'd') {
            forms.add("lower case");
            return g.toUpperCase(java.util.Locale.ROOT);
        }
        return g.replace('－', '-');
    }

    private static LocalDate plannedDate(String text, Set<String> forms) {
        Matcher m;
        if ((m = Pattern.compile("(\\d{4})年(\\d{1,2})月").matcher(text)).matches()) {
            forms.add("month only");
            return YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))).atEndOfMonth();
        }
        if ((m = Pattern.compile("(\\d{1,2})月(底|中旬|上旬)").matcher(text)).matches()) {
            forms.add(m.group(2));
            YearMonth month = YearMonth.of(2021, Integer.parseInt(m.group(1)));
            return switch (m.group(2)) {
                case "底" -> month.atEndOfMonth();
                case "中旬" -> month.atDay(20);
                default -> month.atDay(10);
            };
        }
        if ((m = Pattern.compile("(\\d{4})\\.(\\d{1,2})\\.(\\d{1,2})前").matcher(text)).matches()) {
            forms.add("前");
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
        }
        if ((m = Pattern.compile("([〇一二三四五六七八九]{4})年([一二三四五六七八九十]+)月([一二三四五六七八九十]+)日")
                .matcher(text)).matches()) {
            forms.add("中文数字");
            StringBuilder year = new StringBuilder();
            m.group(1).chars().forEach(c -> year.append("〇一二三四五六七八九".indexOf(c)));
            return LocalDate.of(Integer.parseInt(year.toString()), chinese(m.group(2)), chinese(m.group(3)));
        }
        throw new AssertionError("拟完成时间 not in a clerk's form: " + text);
    }

    /** 一 … 三十一. */
    private static int chinese(String n) {
        String digits = "〇一二三四五六七八九";
        int ten = n.indexOf('十');
        if (ten < 0) {
            return digits.indexOf(n.charAt(0));
        }
        int tens = ten == 0 ? 1 : digits.indexOf(n.charAt(0));
        int units = ten == n.length() - 1 ? 0 : digits.indexOf(n.charAt(ten + 1));
        return tens * 10 + units;
    }

    private static void optional(String cell, BigDecimal value, Set<String> forms) {
        if (value == null) {
            assertThat(cell).isIn(MARKERS);
            forms.add("marker " + cell);
        } else {
            assertThat(new BigDecimal(cell).compareTo(value)).as(cell + " vs " + value).isZero();
        }
    }

    private static void optionalText(String cell, String value, Set<String> forms) {
        if (value == null || value.isEmpty()) {
            assertThat(cell).isIn(MARKERS);
            forms.add("marker " + cell);
        } else {
            assertThat(cell).isEqualTo(value);
        }
    }

    /** The one branch of the industry whose scheme admits every grade, or null. */
    private static String onlyBranchAdmitting(String industry, List<String> grades) {
        List<IndustryBranch> admitting = reference.industry(industry).orElseThrow().branches().stream()
                .filter(b -> !grades.isEmpty() && grades.stream().allMatch(b.scheme()::allows)).toList();
        return admitting.size() == 1 ? admitting.get(0).name() : null;
    }

    // ---- workbook helpers

    private static CountySubmission submission(String countyCode) {
        return messy.submissions().stream().filter(s -> s.county().code().equals(countyCode)).findFirst()
                .orElseThrow();
    }

    private static String countyName(String code) {
        return reference.counties().stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow().name();
    }

    private static String countyCode(String name) {
        return reference.counties().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow().code();
    }

    private static boolean isDefectRow(SampleDataset dataset, String county, SampleFileKind kind, int excelRow) {
        return dataset.defects().stream().anyMatch(d -> d.countyName().equals(county) && d.fileKind() == kind
                && d.row() == excelRow);
    }

    private static Workbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return WorkbookFactory.create(in);
        }
    }

    private static List<String> headers(Sheet sheet) {
        List<String> headers = new ArrayList<>();
        sheet.getRow(2).forEach(cell -> headers.add(FORMATTER.formatCellValue(cell)));
        return headers;
    }

    private static Map<String, String> cells(Row row, List<String> headers) {
        Map<String, String> cells = new HashMap<>();
        for (int i = 0; i < headers.size(); i++) {
            cells.put(headers.get(i), text(row, i));
        }
        return cells;
    }

    private static String text(Row row, int column) {
        if (row == null || column < 0) {
            return "";
        }
        Cell cell = row.getCell(column);
        return cell == null ? "" : FORMATTER.formatCellValue(cell).strip();
    }
}
