package org.perfgrade.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfgrade.document.xlsx.WorkbookStamp;
import org.perfgrade.reference.County;
import org.perfgrade.reference.CreditCode;
import org.perfgrade.reference.GradeScheme;
import org.perfgrade.reference.Industry;
import org.perfgrade.reference.IndustryLevel;
import org.perfgrade.reference.ReferenceData;
import org.perfgrade.reference.ReviewCategory;

class SampleSubmissionsTests {

    private static final LocalDate AS_OF = LocalDate.of(2021, 6, 10);
    private static final long SEED = 20210610L;
    private static final List<String> LEDGER_HEADERS = List.of("序号", "统一社会信用代码", "企业名称", "县、区",
            "乡镇（街道）", "详细地址", "重点行业类型", "重点行业分支", "绩效级别", "排污许可证编号", "二氧化硫（吨/年）",
            "氮氧化物（吨/年）", "颗粒物（吨/年）", "VOCs（吨/年）", "主要产品", "产能", "生产线", "全部使用低VOCs原辅材料",
            "清洁能源替代", "保障类企业", "荣誉称号");
    private static final List<String> PLAN_HEADERS = List.of("序号", "省辖市", "县、区", "企业名称", "重点行业类型",
            "重点行业分支", "绩效现状", "绩效提升目标", "差异化指标", "存在问题", "改造措施", "拟完成时间", "备注");
    private static final List<String> EXTRA_HEADERS = List.of("统一社会信用代码", "排污许可证编号");
    private static final DataFormatter FORMATTER = new DataFormatter();

    @TempDir
    static Path tempDir;

    private static ReferenceData reference;
    private static SampleDataset dataset;
    private static Path inbox;
    private static List<Path> files;

    @BeforeAll
    static void writeTheSampleInbox() throws IOException {
        reference = SampleReferenceData.kaifeng();
        SampleSubmissions samples = new SampleSubmissions(reference, SEED);
        dataset = samples.generate();
        inbox = tempDir.resolve("inbox");
        files = samples.writeInbox(inbox, AS_OF);
    }

    @Test
    void writesTwoWorkbooksPerCountyInAFolderNamedAfterTheCounty() {
        // given the ten counties of the reference data
        // when the inbox was written (see writeTheSampleInbox)
        // then every county folder holds its ledger and its improvement list
        assertThat(files).hasSize(20).allMatch(Files::isRegularFile);
        for (County county : reference.counties()) {
            Path folder = inbox.resolve(county.name());
            assertThat(folder.resolve(county.name() + "重点行业绩效分级清单台账.xlsx")).isRegularFile();
            String listName = county.name() + "重点行业绩效分级提升企业清单"
                    + (county.name().equals("兰考县") ? ".xls" : ".xlsx");
            assertThat(folder.resolve(listName)).isRegularFile();
            assertThat(dataset.fileName(county.code(), SampleFileKind.IMPROVEMENT_LIST)).isEqualTo(listName);
        }
    }

    @Test
    void enterpriseCountsFollowTheDefaultScale() {
        // given the default scale
        // when the model is built
        // then each county has about 20–45 enterprises
        for (County county : reference.counties()) {
            assertThat(dataset.enterprises(county.code())).hasSizeBetween(20, 48);
        }
    }

    @Test
    void lankaoSendsItsImprovementListAsOldXls() throws IOException {
        // given 兰考县's improvement list
        Path xls = inbox.resolve("兰考县").resolve("兰考县重点行业绩效分级提升企业清单.xls");
        // when its format is inspected
        FileMagic magic;
        try (InputStream in = FileMagic.prepareToCheckMagic(Files.newInputStream(xls))) {
            magic = FileMagic.valueOf(in);
        }
        // then it is a real OLE2 workbook that HSSF opens, while the other files are OOXML
        assertThat(magic).isEqualTo(FileMagic.OLE2);
        try (HSSFWorkbook workbook = new HSSFWorkbook(Files.newInputStream(xls))) {
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("提升企业清单");
        }
        for (Path file : files) {
            if (!file.equals(xls)) {
                try (InputStream in = FileMagic.prepareToCheckMagic(Files.newInputStream(file))) {
                    assertThat(FileMagic.valueOf(in)).as(file.toString()).isEqualTo(FileMagic.OOXML);
                }
            }
        }
    }

    @Test
    void ledgersHaveTitleDateLineAndTheHeadersInRowThree() throws IOException {
        for (County county : reference.counties()) {
            // given a county's ledger
            Path file = inbox.resolve(county.name()).resolve(county.name() + "重点行业绩效分级清单台账.xlsx");
            // when it is read back
            try (Workbook workbook = open(file)) {
                Sheet sheet = workbook.getSheet("清单台账");
                // then the title is merged across, the date line carries asOf and row 3 holds the headers
                assertThat(sheet).isNotNull();
                assertThat(text(sheet, 1, 0)).isEqualTo(county.name() + "重点行业绩效分级清单台账");
                assertThat(sheet.getMergedRegions()).contains(new CellRangeAddress(0, 0, 0, 20));
                assertThat(text(sheet, 2, 0))
                        .isEqualTo("填报单位：" + county.name() + "生态环境分局　　日期：2021年6月10日");
                assertThat(headers(sheet)).isEqualTo(LEDGER_HEADERS);
                assertThat(workbook.getFontAt(sheet.getRow(2).getCell(0).getCellStyle().getFontIndex()).getBold())
                        .isTrue();
            }
        }
    }

    @Test
    void improvementListsHaveTheThirteenColumnsPlusCodesAfterTheNameOrAtTheEnd() throws IOException {
        Set<String> layouts = new HashSet<>();
        for (County county : reference.counties()) {
            // given a county's improvement list
            Path file = inbox.resolve(county.name())
                    .resolve(dataset.fileName(county.code(), SampleFileKind.IMPROVEMENT_LIST));
            // when it is read back
            try (Workbook workbook = open(file)) {
                Sheet sheet = workbook.getSheet("提升企业清单");
                // then title, date line and the 13 columns in order are there, with the two extra columns
                assertThat(text(sheet, 1, 0)).isEqualTo("重点行业绩效分级提升企业清单");
                assertThat(text(sheet, 2, 0)).isEqualTo("日期：2021年6月10日");
                List<String> headers = headers(sheet);
                List<String> base = headers.stream().filter(h -> !EXTRA_HEADERS.contains(h)).toList();
                assertThat(base).isEqualTo(PLAN_HEADERS);
                assertThat(headers).hasSize(15);
                if (headers.subList(4, 6).equals(EXTRA_HEADERS)) {
                    layouts.add("after name");
                } else {
                    assertThat(headers.subList(13, 15)).isEqualTo(EXTRA_HEADERS);
                    layouts.add("at the end");
                }
            }
        }
        assertThat(layouts).containsExactlyInAnyOrder("after name", "at the end");
    }

    @Test
    void cleanCreditCodesAreValidUniqueAndCarryTheCountyRegion() {
        // given the clean enterprises
        List<SampleEnterprise> enterprises = dataset.enterprises();
        // when their codes, names and permits are checked
        // then every code passes GB 32100, carries its county's code, and codes and names are unique city-wide
        assertThat(enterprises).hasSizeGreaterThan(200);
        for (SampleEnterprise e : enterprises) {
            assertThat(CreditCode.check(e.creditCode()).status()).as(e.creditCode()).isEqualTo(CreditCode.Status.VALID);
            assertThat(e.creditCode()).startsWith("91" + e.countyCode());
            if (e.permitNo() != null) {
                assertThat(e.permitNo()).matches(e.creditCode() + "\\d{3}[A-Z]");
            }
        }
        assertThat(enterprises.stream().map(SampleEnterprise::creditCode).distinct()).hasSize(enterprises.size());
        assertThat(enterprises.stream().map(SampleEnterprise::name).distinct()).hasSize(enterprises.size());
        assertThat(enterprises).anyMatch(e -> e.permitNo() == null).anyMatch(SampleEnterprise::lowVocs)
                .anyMatch(SampleEnterprise::cleanEnergy).anyMatch(e -> "保障类".equals(e.guaranteeType()))
                .anyMatch(e -> !e.honours().isEmpty());
        assertThat(enterprises).anyMatch(e -> e.name().startsWith("通许县"))
                .anyMatch(e -> e.name().startsWith("开封市龙亭区"));
    }

    @Test
    void everyGradeOfEverySchemeAppearsAndBothIndustryLevels() {
        // given every scheme an industry or branch of the reference data uses
        Map<GradeScheme, Set<String>> seen = new HashMap<>();
        for (SampleLedgerLine line : dataset.ledgerLines()) {
            GradeScheme scheme = reference.industry(line.industry()).orElseThrow().schemeFor(line.branch());
            seen.computeIfAbsent(scheme, s -> new HashSet<>()).add(line.gradeText());
        }
        // when the grades of the clean lines are collected per scheme
        // then each scheme shows all its grades, and unrated lines exist
        for (Industry industry : reference.industries()) {
            List<GradeScheme> schemes = industry.branches().isEmpty() ? List.of(industry.scheme())
                    : industry.branches().stream().map(b -> industry.schemeFor(b.name())).toList();
            for (GradeScheme scheme : schemes) {
                assertThat(seen.get(scheme)).as(scheme.name()).containsAll(scheme.grades());
            }
        }
        assertThat(dataset.ledgerLines()).anyMatch(l -> l.grade() == null);
        assertThat(dataset.ledgerLines()).anyMatch(l -> l.industry().equals("长流程联合钢铁") && "B-".equals(l.grade()))
                .anyMatch(l -> "粉磨站".equals(l.branch()) && "引领性".equals(l.grade()));
        Set<IndustryLevel> levels = dataset.ledgerLines().stream()
                .map(l -> reference.industry(l.industry()).orElseThrow().level()).collect(Collectors.toSet());
        assertThat(levels).containsExactlyInAnyOrder(IndustryLevel.NATIONAL, IndustryLevel.PROVINCIAL);
    }

    @Test
    void crossIndustryEnterprisesAreListedOncePerIndustryWithTheOthersInTheRemarks() {
        // given the enterprises with lines in more than one industry
        Map<String, Set<String>> industries = new HashMap<>();
        dataset.ledgerLines().forEach(l ->
                industries.computeIfAbsent(l.creditCode(), c -> new LinkedHashSet<>()).add(l.industry()));
        Set<String> cross = industries.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        // when their lines and plans are looked at
        // then there are at least eight, each line once, and every plan names the other industries
        assertThat(cross).hasSizeGreaterThanOrEqualTo(8);
        List<String> keys = dataset.ledgerLines().stream()
                .map(l -> l.creditCode() + "|" + l.industry() + "|" + l.branch()).toList();
        assertThat(keys).doesNotHaveDuplicates();
        List<SamplePlan> crossPlans = dataset.improvementPlans().stream().filter(p -> cross.contains(p.creditCode()))
                .toList();
        assertThat(crossPlans).isNotEmpty();
        for (SamplePlan plan : crossPlans) {
            assertThat(plan.remark()).startsWith("同时涉及：");
            industries.get(plan.creditCode()).stream().filter(i -> !i.equals(plan.industry()))
                    .forEach(other -> assertThat(plan.remark()).contains(other));
        }
        assertThat(dataset.improvementPlans().stream().filter(p -> !cross.contains(p.creditCode())))
                .allMatch(p -> p.remark() == null);
    }

    @Test
    void plansTargetABetterGradeOfTheSameSchemeBeforeTheReviewBatch() {
        // given the clean plans and the ledger lines below the top grade of their scheme
        Map<String, SampleLedgerLine> lines = dataset.ledgerLines().stream().collect(Collectors.toMap(
                l -> l.creditCode() + "|" + l.industry() + "|" + l.branch(), Function.identity()));
        long eligible = dataset.ledgerLines().stream().filter(l -> l.grade() == null || !l.grade().equals(
                reference.industry(l.industry()).orElseThrow().schemeFor(l.branch()).grades().get(0))).count();
        // when each plan is held against its line
        // then the current grade is the line's, the target a better grade of its scheme, the date in July–September
        for (SamplePlan plan : dataset.improvementPlans()) {
            SampleLedgerLine line = lines.get(plan.creditCode() + "|" + plan.industry() + "|" + plan.branch());
            assertThat(line).as(plan.enterpriseName()).isNotNull();
            assertThat(plan.currentGrade()).isEqualTo(line.grade());
            List<String> grades = reference.industry(plan.industry()).orElseThrow().schemeFor(plan.branch()).grades();
            int current = plan.currentGrade() == null ? grades.size() - 1 : grades.indexOf(plan.currentGrade());
            assertThat(grades.indexOf(plan.targetGrade())).isBetween(0, Math.max(0, current - 1));
            assertThat(plan.dueDate()).isBetween(LocalDate.of(2021, 7, 1), LocalDate.of(2021, 9, 30));
            assertThat(plan.indicator()).isNotBlank();
            assertThat(plan.problem()).isNotBlank();
            assertThat(plan.measure()).isNotBlank();
        }
        assertThat((double) dataset.improvementPlans().size() / eligible).isBetween(0.3, 0.55);
        assertThat(dataset.improvementPlans()).anyMatch(p -> p.industry().equals("铸造")
                && p.indicator().startsWith("有组织排放：颗粒物≤10mg/m³"));
    }

    @Test
    void filesHoldTheCleanModelAndTheDefectRows() throws IOException {
        for (County county : reference.counties()) {
            // given a county's clean lines and plans and its defect rows
            Set<Integer> ledgerDefects = defectRows(county, SampleFileKind.LEDGER);
            Set<Integer> planDefects = defectRows(county, SampleFileKind.IMPROVEMENT_LIST);
            List<SampleLedgerLine> lines = dataset.ledgerLines(county.code());
            List<SamplePlan> plans = dataset.improvementPlans(county.code());
            // when the files are read back
            try (Workbook ledger = open(inbox.resolve(county.name())
                    .resolve(dataset.fileName(county.code(), SampleFileKind.LEDGER)))) {
                Sheet sheet = ledger.getSheetAt(0);
                Map<String, Integer> column = columns(sheet);
                List<Row> rows = dataRows(sheet, ledgerDefects);
                // then the rows that are not defects are exactly the clean lines, in order
                assertThat(rows).hasSize(lines.size());
                assertThat(sheet.getLastRowNum() + 1).isEqualTo(3 + lines.size() + ledgerDefects.size());
                for (int i = 0; i < rows.size(); i++) {
                    Row row = rows.get(i);
                    SampleLedgerLine line = lines.get(i);
                    assertThat(value(row, column.get("统一社会信用代码"))).isEqualTo(line.creditCode());
                    assertThat(value(row, column.get("重点行业类型"))).isEqualTo(line.industry());
                    assertThat(value(row, column.get("重点行业分支"))).isEqualTo(Objects.toString(line.branch(), ""));
                    assertThat(value(row, column.get("绩效级别"))).isEqualTo(line.gradeText());
                    assertThat(value(row, column.get("县、区"))).isEqualTo(county.name());
                    assertThat(row.getCell(column.get("VOCs（吨/年）")).getNumericCellValue())
                            .isEqualTo(line.vocs().doubleValue());
                    assertThat(value(row, column.get("全部使用低VOCs原辅材料"))).isIn("是", "否");
                }
            }
            try (Workbook list = open(inbox.resolve(county.name())
                    .resolve(dataset.fileName(county.code(), SampleFileKind.IMPROVEMENT_LIST)))) {
                Sheet sheet = list.getSheetAt(0);
                Map<String, Integer> column = columns(sheet);
                List<Row> rows = dataRows(sheet, planDefects);
                assertThat(rows).hasSize(plans.size());
                for (int i = 0; i < rows.size(); i++) {
                    Row row = rows.get(i);
                    SamplePlan plan = plans.get(i);
                    assertThat(value(row, column.get("序号"))).isEqualTo(String.valueOf(row.getRowNum() - 2));
                    assertThat(value(row, column.get("省辖市"))).isEqualTo("开封市");
                    assertThat(value(row, column.get("企业名称"))).isEqualTo(plan.enterpriseName());
                    assertThat(value(row, column.get("统一社会信用代码"))).isEqualTo(plan.creditCode());
                    assertThat(value(row, column.get("绩效现状"))).isEqualTo(plan.currentGradeText());
                    assertThat(value(row, column.get("绩效提升目标"))).isEqualTo(plan.targetGrade());
                    Cell due = row.getCell(column.get("拟完成时间"));
                    assertThat(due.getCellType()).isEqualTo(CellType.NUMERIC);
                    assertThat(due.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(plan.dueDate());
                    assertThat(DateUtil.isCellDateFormatted(due)).isTrue();
                    assertThat(due.getCellStyle().getDataFormatString()).isEqualTo("yyyy\"年\"m\"月\"d\"日\"");
                    assertThat(value(row, column.get("备注"))).isEqualTo(Objects.toString(plan.remark(), ""));
                }
                // and the rows are sorted by 重点行业类型, 绩效提升目标 and 差异化指标 (附件2 note 3)
                List<int[]> keys = new ArrayList<>();
                for (Row row : dataRows(sheet, Set.of())) {
                    keys.add(new int[] {
                            reference.industry(value(row, column.get("重点行业类型"))).orElseThrow().order(),
                            reference.grade(value(row, column.get("绩效提升目标"))).orElseThrow().rank()});
                }
                for (int i = 1; i < keys.size(); i++) {
                    int[] a = keys.get(i - 1);
                    int[] b = keys.get(i);
                    assertThat(a[0] < b[0] || a[0] == b[0] && a[1] <= b[1]).as("row order at %d", i + 3).isTrue();
                }
            }
        }
    }

    @Test
    void everyDefectSitsAtItsRecordedPlaceWithItsBadValue() throws IOException {
        // given the recorded defects
        List<SampleDefect> defects = dataset.defects();
        assertThat(defects).hasSizeBetween(8, 12);
        assertThat(defects.stream().map(SampleDefect::type).collect(Collectors.toSet()))
                .isEqualTo(EnumSet.allOf(SampleDefectType.class));
        assertThat(defects).filteredOn(SampleDefect::warning).extracting(SampleDefect::type)
                .containsExactly(SampleDefectType.CREDIT_CODE_CHECK_CHARACTER);
        for (SampleDefect defect : defects) {
            // when the recorded cell is read back
            Path file = inbox.resolve(defect.countyName()).resolve(defect.fileName());
            try (Workbook workbook = open(file)) {
                Sheet sheet = workbook.getSheet(defect.sheet());
                Map<String, Integer> column = columns(sheet);
                Row row = sheet.getRow(defect.row() - 1);
                // then the header and the bad value are where the defect says
                assertThat(headers(sheet).get(defect.columnIndex())).isEqualTo(defect.column());
                assertThat(value(row, defect.columnIndex())).as(defect.toString()).isEqualTo(defect.value());
                assertThat(defect.description()).isNotBlank();
                assertThat(defect.cellReference()).matches("[A-Z]+" + defect.row());
                String industry = value(row, column.get("重点行业类型"));
                String branch = value(row, column.get("重点行业分支"));
                switch (defect.type()) {
                    case CREDIT_CODE_LENGTH -> assertThat(CreditCode.check(defect.value()).status())
                            .isEqualTo(CreditCode.Status.WRONG_LENGTH);
                    case CREDIT_CODE_CHARACTER -> {
                        assertThat(defect.value()).contains("I");
                        assertThat(CreditCode.check(defect.value()).status())
                                .isEqualTo(CreditCode.Status.INVALID_CHARACTER);
                    }
                    case CREDIT_CODE_CHECK_CHARACTER -> assertThat(CreditCode.check(defect.value()).status())
                            .isEqualTo(CreditCode.Status.WRONG_CHECK_CHARACTER);
                    case UNKNOWN_INDUSTRY -> {
                        assertThat(defect.value()).isEqualTo("五金加工");
                        assertThat(reference.industry(defect.value())).isEmpty();
                    }
                    case GRADE_NOT_IN_SCHEME -> {
                        GradeScheme scheme = reference.industry(industry).orElseThrow().schemeFor(branch);
                        assertThat(scheme.allows(defect.value())).isFalse();
                        assertThat(reference.grade(defect.value())).isPresent();
                    }
                    case COUNTY_MISMATCH -> {
                        assertThat(defect.value()).isNotEqualTo(defect.countyName());
                        assertThat(reference.county(defect.value())).isPresent();
                    }
                    case MISSING_ENTERPRISE_NAME -> assertThat(defect.value()).isEmpty();
                    case UNPARSEABLE_DATE -> {
                        assertThat(defect.value()).isEqualTo("2021年13月1日");
                        assertThat(row.getCell(defect.columnIndex()).getCellType()).isEqualTo(CellType.STRING);
                    }
                    case DUPLICATE_LINE -> assertThat(earlierRowWithSameKey(sheet, column, row)).isTrue();
                }
            }
        }
        assertThat(defects).anyMatch(d -> d.type() == SampleDefectType.GRADE_NOT_IN_SCHEME
                && d.fileKind() == SampleFileKind.LEDGER && d.value().equals("B-"));
        assertThat(defects).anyMatch(d -> d.type() == SampleDefectType.GRADE_NOT_IN_SCHEME
                && d.fileKind() == SampleFileKind.IMPROVEMENT_LIST && d.value().equals("A"));
    }

    @Test
    void defectRowsAreNotInTheCleanModel() {
        // given the ledger defects that name a credit code
        // when the clean model is searched for them
        // then none of the bad codes is a clean enterprise
        for (SampleDefect defect : dataset.defects()) {
            if (defect.column().equals("统一社会信用代码") && defect.type() != SampleDefectType.DUPLICATE_LINE) {
                assertThat(dataset.enterprise(defect.value())).isEmpty();
            }
        }
    }

    @Test
    void theSameSeedGivesByteIdenticalFilesDatedAsOf() throws IOException {
        // given a second generator with the same reference data and seed
        Path again = tempDir.resolve("again");
        // when it writes its inbox
        List<Path> second = new SampleSubmissions(SampleReferenceData.kaifeng(), SEED).writeInbox(again, AS_OF);
        // then every file has the same bytes, and the document dates are asOf, not the clock
        assertThat(second).hasSameSizeAs(files);
        for (int i = 0; i < files.size(); i++) {
            assertThat(inbox.relativize(files.get(i))).isEqualTo(again.relativize(second.get(i)));
            assertThat(Files.mismatch(files.get(i), second.get(i))).as(files.get(i).toString()).isEqualTo(-1L);
        }
        Date midnight = Date.from(AS_OF.atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant());
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(files.get(0)))) {
            assertThat(workbook.getProperties().getCoreProperties().getCreated()).isEqualTo(midnight);
            assertThat(workbook.getProperties().getCoreProperties().getModified()).isEqualTo(midnight);
        }
        try (HSSFWorkbook workbook = new HSSFWorkbook(Files.newInputStream(files.get(files.size() - 1)))) {
            assertThat(workbook.getSummaryInformation().getCreateDateTime()).isEqualTo(midnight);
            assertThat(workbook.getSummaryInformation().getAuthor()).isEqualTo("兰考县生态环境分局");
        }
    }

    @Test
    void filesDatedByAnotherZonesStampCarryItsMidnight() throws IOException {
        // given the same generator dating its files in UTC (as the demo passes the configured zone's stamp)
        Path utc = tempDir.resolve("utc");
        // when it writes its inbox
        List<Path> written = new SampleSubmissions(SampleReferenceData.kaifeng(), SEED)
                .datedBy(new WorkbookStamp(ZoneOffset.UTC)).writeInbox(utc, AS_OF);
        // then the document dates are 00:00 UTC, in .xlsx and .xls alike
        Date midnight = Date.from(AS_OF.atStartOfDay(ZoneOffset.UTC).toInstant());
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(written.get(0)))) {
            assertThat(workbook.getProperties().getCoreProperties().getCreated()).isEqualTo(midnight);
        }
        try (HSSFWorkbook workbook = new HSSFWorkbook(Files.newInputStream(written.get(written.size() - 1)))) {
            assertThat(workbook.getSummaryInformation().getCreateDateTime()).isEqualTo(midnight);
        }
    }

    @Test
    void aDifferentSeedGivesDifferentData() {
        // given another seed
        // when the model is built
        SampleDataset other = new SampleSubmissions(reference, SEED + 1).generate();
        // then its enterprises differ
        Set<String> names = dataset.enterprises().stream().map(SampleEnterprise::name).collect(Collectors.toSet());
        long shared = other.enterprises().stream().map(SampleEnterprise::name).filter(names::contains).count();
        assertThat(shared).isLessThan(other.enterprises().size() / 10);
        assertThat(other.enterprises().get(0).creditCode()).isNotEqualTo(dataset.enterprises().get(0).creditCode());
    }

    @Test
    void scalesToManyEnterprises() throws IOException {
        // given a benchmark-sized request
        SampleSubmissions samples = SampleSubmissions.withScale(reference, 7L, 20_000);
        // when the model is built and written
        SampleDataset big = samples.generate();
        List<Path> written = samples.writeInbox(tempDir.resolve("big"), AS_OF);
        // then it holds the requested number of enterprises, unique, and the files were written
        assertThat(big.enterprises()).hasSizeBetween(20_000, 20_003);
        assertThat(big.enterprises().stream().map(SampleEnterprise::name).distinct()).hasSize(big.enterprises().size());
        assertThat(big.defects()).hasSizeBetween(8, 12);
        assertThat(written).hasSize(20).allMatch(Files::isRegularFile);
    }

    @Test
    void industriesWithoutWordingFallBackToGenericText() throws IOException {
        // given reference data with two counties and only industries the generator has no wording for
        ReferenceData unknown = SampleReferenceData.referenceData(SampleReferenceData.counties().subList(0, 2),
                List.of(SampleReferenceData.industry("焦化", IndustryLevel.NATIONAL, ReviewCategory.METAL,
                                SampleReferenceData.ABCD, 4, "常规机焦炉", "热回收焦炉"),
                        SampleReferenceData.industry("钼冶炼", IndustryLevel.NATIONAL, ReviewCategory.METAL,
                                SampleReferenceData.LEADING, 11)));
        // when samples are generated and written
        SampleSubmissions samples = new SampleSubmissions(unknown, 3L);
        SampleDataset generic = samples.generate();
        List<Path> written = samples.writeInbox(tempDir.resolve("generic"), AS_OF);
        // then they use generic wording and still carry defects, among them a grade outside the scheme
        assertThat(written).hasSize(4);
        assertThat(generic.improvementPlans()).isNotEmpty()
                .allMatch(p -> !p.indicator().isBlank() && !p.measure().isBlank());
        assertThat(generic.ledgerLines()).extracting(SampleLedgerLine::industry).contains("焦化", "钼冶炼");
        assertThat(generic.defects()).hasSizeBetween(8, 12)
                .anyMatch(d -> d.type() == SampleDefectType.GRADE_NOT_IN_SCHEME)
                .anyMatch(d -> d.type() == SampleDefectType.UNKNOWN_INDUSTRY
                        && d.value().equals(SampleDefectInjector.UNEXPLAINED_INDUSTRY)
                        && unknown.industry(d.value()).isEmpty());
    }

    private static boolean earlierRowWithSameKey(Sheet sheet, Map<String, Integer> column, Row row) {
        String key = key(row, column);
        for (int r = 3; r < row.getRowNum(); r++) {
            if (key(sheet.getRow(r), column).equals(key)) {
                return true;
            }
        }
        return false;
    }

    private static String key(Row row, Map<String, Integer> column) {
        return value(row, column.get("统一社会信用代码")) + "|" + value(row, column.get("重点行业类型")) + "|"
                + value(row, column.get("重点行业分支"));
    }

    private static Set<Integer> defectRows(County county, SampleFileKind kind) {
        return dataset.defects(county.code()).stream().filter(d -> d.fileKind() == kind).map(SampleDefect::row)
                .collect(Collectors.toSet());
    }

    private static List<Row> dataRows(Sheet sheet, Set<Integer> skipExcelRows) {
        List<Row> rows = new ArrayList<>();
        for (int r = 3; r <= sheet.getLastRowNum(); r++) {
            if (!skipExcelRows.contains(r + 1)) {
                rows.add(sheet.getRow(r));
            }
        }
        return rows;
    }

    private static Workbook open(Path file) throws IOException {
        return WorkbookFactory.create(file.toFile(), null, true);
    }

    private static List<String> headers(Sheet sheet) {
        List<String> headers = new ArrayList<>();
        sheet.getRow(2).forEach(cell -> headers.add(FORMATTER.formatCellValue(cell)));
        return headers;
    }

    private static Map<String, Integer> columns(Sheet sheet) {
        Map<String, Integer> columns = new HashMap<>();
        List<String> headers = headers(sheet);
        for (int i = 0; i < headers.size(); i++) {
            columns.put(headers.get(i), i);
        }
        return columns;
    }

    /** The text of a cell by 1-based Excel row and 0-based column. */
    private static String text(Sheet sheet, int excelRow, int column) {
        return value(sheet.getRow(excelRow - 1), column);
    }

    private static String value(Row row, Integer column) {
        Cell cell = column == null ? null : row.getCell(column);
        return cell == null ? "" : FORMATTER.formatCellValue(cell);
    }
}
