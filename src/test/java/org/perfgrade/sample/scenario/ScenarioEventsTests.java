package org.perfgrade.sample.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.perfgrade.document.xlsx.WorkbookStamp;
import org.perfgrade.reference.County;
import org.perfgrade.sample.SampleDefect;
import org.perfgrade.sample.SampleEnterprise;
import org.perfgrade.sample.SampleFileKind;
import org.perfgrade.sample.SampleLedgerLine;
import org.perfgrade.sample.SamplePlan;
import org.perfgrade.sample.ScenarioFiles;
import org.perfgrade.sample.TableWorkbookWriter;

import static org.assertj.core.api.Assertions.assertThat;

/** Each kind of event of the seeded scenario happens on the dates the campaign gives it, read back from the files. */
class ScenarioEventsTests {

    final PreparedScenario prepared = PreparedScenario.get();

    @Test
    void everyCountySendsItsWorkPlanByMay31ButOne() {
        // when
        Map<LocalDate, List<Path>> plans = prepared.filesNamed("工作计划及动员部署情况.pdf");
        // then
        assertThat(plans.values().stream().mapToInt(List::size).sum()).isEqualTo(10);
        assertThat(plans.keySet()).allMatch(d -> !d.isAfter(LocalDate.of(2021, 6, 4)));
        assertThat(plans.entrySet().stream().filter(e -> e.getKey().isAfter(LocalDate.of(2021, 5, 31)))
                .mapToInt(e -> e.getValue().size()).sum()).isEqualTo(1);
    }

    @Test
    void twoCountiesSendTheirImprovementListAfterJune14AndOneCorrectsItsList() throws IOException {
        // when
        Map<String, LocalDate> first = firstDays("提升企业清单");
        // then
        LocalDate due = LocalDate.of(2021, 6, 14);
        List<LocalDate> late = first.values().stream().filter(d -> d.isAfter(due)).sorted().toList();
        assertThat(first).hasSize(10);
        assertThat(late).as(first.toString()).hasSize(2);
        assertThat(late.get(0)).as(first.toString()).isBefore(LocalDate.of(2021, 6, 21));
        assertThat(late.get(1)).isAfter(LocalDate.of(2021, 6, 23)).isBefore(LocalDate.of(2021, 7, 1));
        Map<LocalDate, List<Path>> corrected = prepared.filesNamed("（更正）");
        assertThat(corrected.values().stream().mapToInt(List::size).sum()).isEqualTo(1);
        Path second = corrected.values().iterator().next().get(0);
        String county = second.getParent().getFileName().toString();
        LocalDate correctedOn = corrected.keySet().iterator().next();
        assertThat(correctedOn).isAfter(first.get(county)).isBefore(first.get(county).plusDays(14));
        Path original = prepared.filesNamed("提升企业清单").get(first.get(county)).stream()
                .filter(f -> f.getParent().getFileName().toString().equals(county)).findFirst().orElseThrow();
        String code = prepared.reference.county(county).orElseThrow().code();
        SampleDefect fixed = prepared.scenario.dataset().defects(code).stream()
                .filter(d -> d.fileKind() == SampleFileKind.IMPROVEMENT_LIST && ScenarioFiles.fixable(d.type()))
                .findFirst().orElseThrow();
        assertThat(cell(original, fixed.row(), fixed.columnIndex())).isEqualTo(Objects.toString(fixed.value(), ""));
        assertThat(cell(second, fixed.row(), fixed.columnIndex())).isNotEqualTo(Objects.toString(fixed.value(), ""));
    }

    @Test
    void theJuneLedgerShowsTheGradesBeforeTheReview() {
        // when
        Map<String, LocalDate> ledgers = firstDays("清单台账");
        // then
        assertThat(ledgers).hasSize(10).allSatisfy((county, day) -> assertThat(day.getMonthValue()).isEqualTo(6));
        List<LineFates.Applied> raised = prepared.scenario.fates().applied().stream()
                .filter(a -> a.fate() != LineFates.Fate.CONFIRMED).toList();
        assertThat(raised).hasSizeGreaterThan(20);
        Map<String, String> written = new HashMap<>();
        prepared.filesNamed("清单台账").values().stream().flatMap(List::stream).forEach(f -> {
            List<String> codes = PreparedScenario.column(f, "统一社会信用代码");
            List<String> industries = PreparedScenario.column(f, "重点行业类型");
            List<String> branches = PreparedScenario.column(f, "重点行业分支");
            List<String> grades = PreparedScenario.column(f, "绩效级别");
            for (int i = 0; i < codes.size(); i++) {
                written.putIfAbsent(ScenarioFiles.lineKey(codes.get(i), industries.get(i), branches.get(i)),
                        grades.get(i));
            }
        });
        int checked = 0;
        for (LineFates.Applied a : raised) {
            String june = a.juneGrade() == null ? SampleLedgerLine.UNRATED : a.juneGrade();
            String grade = written.get(a.key()); // absent where a clerk wrote the industry or branch otherwise
            if (grade != null) {
                assertThat(grade).as(a.key()).isEqualTo(june).isNotEqualTo(a.line().grade());
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(20);
    }

    @Test
    void everyCountySendsItsExpertListByJuly1ButOne() {
        // when
        Map<String, LocalDate> lists = firstDays("专家（第三方）名单");
        // then
        assertThat(lists).hasSize(10);
        assertThat(lists.values().stream().filter(d -> d.isAfter(LocalDate.of(2021, 7, 1)))).singleElement()
                .satisfies(d -> assertThat(d).isBefore(LocalDate.of(2021, 7, 12)));
    }

    @Test
    void applicationsComeBeforeEachBatchDeadlineButOneCountyLateAndResultsFollow() {
        // given the first day each county lists an application of each batch
        Map<String, LocalDate> firstListed = new HashMap<>();
        Map<LocalDate, List<Path>> files = prepared.filesNamed("申报及评审结果");
        files.forEach((day, paths) -> paths.forEach(f -> PreparedScenario.column(f, "审核批次").forEach(batch ->
                firstListed.merge(f.getParent().getFileName() + "|" + batch, day, (a, b) -> a.isBefore(b) ? a : b))));
        // then
        Map<String, LocalDate> due = Map.of("第一批", LocalDate.of(2021, 8, 5), "第二批", LocalDate.of(2021, 8, 15),
                "第三批", LocalDate.of(2021, 8, 30), "第四批", LocalDate.of(2021, 9, 15));
        assertThat(firstListed.keySet()).allMatch(k -> due.containsKey(k.split("\\|")[1]));
        assertThat(firstListed.entrySet().stream().filter(e -> e.getValue().isAfter(due.get(e.getKey().split("\\|")[1]))))
                .singleElement().satisfies(e -> assertThat(e.getKey()).endsWith("第二批"));
        List<List<String>> last = new ArrayList<>();
        Map<String, Path> lastFile = new HashMap<>();
        files.forEach((day, paths) -> paths.forEach(f -> lastFile.put(f.getParent().getFileName().toString(), f)));
        lastFile.values().forEach(f -> last.addAll(PreparedScenario.rows(f).subList(1, PreparedScenario.rows(f).size())));
        List<String> header = PreparedScenario.rows(lastFile.values().iterator().next()).get(0);
        int province = header.indexOf("省级认定结果");
        int remark = header.indexOf("备注");
        assertThat(last).anyMatch(r -> "不通过".equals(r.get(province)));
        assertThat(last).anyMatch(r -> r.size() > remark && r.get(remark).contains("重新申报")
                && !r.get(province).isEmpty() && !"不通过".equals(r.get(province)));
        assertThat(last).hasSize(prepared.scenario.review().timelines().size());
    }

    @Test
    void everyAbPlanLineIsAppliedForInItsBatchForItsTargetButTheLaggards() {
        // given the plans the counties' 附件2 bring (clean rows, and the row the corrected list fixes) aiming at an
        // A/B-class or 引领性 grade
        CampaignScenario scenario = prepared.scenario;
        List<SamplePlan> plans = new ArrayList<>(scenario.dataset().improvementPlans());
        County fixer = scenario.early().correcting();
        assertThat(fixer).isNotNull();
        plans.addAll(new ScenarioFiles(prepared.reference, scenario.dataset(), WorkbookStamp.inDefaultZone())
                .fixedPlans(fixer.code(), 1));
        List<SamplePlan> aiming = plans.stream().filter(p -> prepared.reference.grade(p.targetGrade())
                .map(g -> g.abClass() || g.leading()).orElse(false)).toList();
        Map<String, Integer> modelApplied = new HashMap<>();
        scenario.fates().applied().forEach(a -> modelApplied.put(a.key(), a.batch()));
        // when the last application list of each county is read back
        Map<String, Path> lastFile = new HashMap<>();
        prepared.filesNamed("申报及评审结果").forEach((day, paths) -> paths.forEach(f -> lastFile.put(
                f.getParent().getFileName().toString(), f)));
        Map<String, String> applied = new HashMap<>();
        lastFile.values().forEach(f -> {
            List<List<String>> rows = PreparedScenario.rows(f);
            List<String> header = rows.get(0);
            for (List<String> r : rows.subList(1, rows.size())) {
                String key = ScenarioFiles.lineKey(r.get(header.indexOf("统一社会信用代码")),
                        r.get(header.indexOf("重点行业类型")), r.get(header.indexOf("重点行业分支")));
                applied.put(key, r.get(header.indexOf("审核批次")) + "|" + r.get(header.indexOf("申报级别")));
            }
        });
        // then every such line is applied for in its batch, for the plan's target (or for its own A/B grade when the
        // model's line holds one), save one line of batch 3 in a county that is not the late one
        List<String> missing = new ArrayList<>();
        for (SamplePlan p : aiming) {
            String key = ScenarioFiles.lineKey(p.creditCode(), p.industry(), p.branch());
            SampleEnterprise enterprise = scenario.dataset().enterprise(p.creditCode()).orElseThrow();
            int batch = LineFates.batch(prepared.reference, enterprise, p.industry()).orElseThrow();
            String expected = "第" + "一二三四".charAt(batch - 1) + "批|";
            String row = applied.get(key);
            if (row == null || !row.startsWith(expected)
                    || !modelApplied.containsKey(key) && !row.equals(expected + p.targetGrade())) {
                missing.add(key + " " + expected + p.targetGrade() + " listed " + row);
            }
        }
        LineFates.Applied laggard = scenario.review().laggard();
        assertThat(aiming).hasSizeGreaterThan(50);
        assertThat(missing).singleElement().satisfies(m -> assertThat(m).startsWith(laggard.key() + " 第三批|"));
        assertThat(laggard.enterprise().countyCode()).isNotEqualTo(scenario.review().lateCounty().code());
    }

    @Test
    void violationsArriveInSeptemberOnTheDayTheyWereFound() {
        // when
        Map<LocalDate, List<Path>> files = prepared.filesNamed("环境违法问题");
        // then
        assertThat(files.values().stream().mapToInt(List::size).sum()).isBetween(3, 10);
        List<LocalDate> raisedOn = prepared.scenario.review().timelines().stream()
                .flatMap(t -> Stream.of(t.round1(), t.round2())).filter(Objects::nonNull)
                .filter(r -> r.provincePasses() && r.provinceListed() != null).map(r -> r.provinceListed()).toList();
        files.forEach((day, paths) -> {
            assertThat(day.getMonthValue()).isEqualTo(9);
            assertThat(raisedOn).as("no upgrade hides the dip").doesNotContain(day);
            paths.forEach(f -> assertThat(PreparedScenario.column(f, "发现日期"))
                    .containsOnly(TableWorkbookWriter.chineseDate(day)));
        });
    }

    @Test
    void theCityCorrectsAGradeInOctoberAndBarsAnExpertWithItsNotice() {
        // when
        Map<LocalDate, List<CityAction>> actions = new HashMap<>();
        prepared.days.forEach((day, d) -> d.cityActions().forEach(a -> actions.computeIfAbsent(day,
                x -> new ArrayList<>()).add(a)));
        // then
        assertThat(actions.entrySet().stream().filter(e -> e.getValue().get(0) instanceof CityAction.Correction))
                .singleElement().satisfies(e -> {
                    assertThat(e.getKey().getMonthValue()).isEqualTo(10);
                    CityAction.Correction c = (CityAction.Correction) e.getValue().get(0);
                    assertThat(c.reason()).contains("更正为" + c.grade());
                });
        var bar = actions.entrySet().stream().filter(e -> e.getValue().get(0) instanceof CityAction.ExpertBar)
                .findFirst().orElseThrow();
        LocalDate day = bar.getKey();
        CityAction.ExpertBar expert = (CityAction.ExpertBar) bar.getValue().get(0);
        assertThat(day).isBetween(LocalDate.of(2021, 9, 1), LocalDate.of(2021, 10, 31));
        assertThat(prepared.days.get(day).notices()).contains("expert-criticism");
        assertThat(prepared.filesNamed("专家（第三方）名单").entrySet().stream().filter(e -> e.getKey().isBefore(day))
                .flatMap(e -> e.getValue().stream()).flatMap(f -> PreparedScenario.column(f, "姓名").stream()))
                .contains(expert.name());
        prepared.filesNamed("申报及评审结果").forEach((d, paths) -> paths.forEach(f -> {
            List<String> names = PreparedScenario.column(f, "评审专家");
            List<String> dates = PreparedScenario.column(f, "专家意见日期");
            for (int i = 0; i < names.size(); i++) {
                if (List.of(names.get(i).split("、")).contains(expert.name())) {
                    assertThat(parse(dates.get(i))).as(f.toString()).isBefore(day);
                }
            }
        }));
    }

    @Test
    void noticesFilingsAndRenderingFallOnTheirDays() {
        // when
        List<LocalDate> progress = new ArrayList<>();
        List<String> notices = new ArrayList<>();
        Map<LocalDate, Integer> filings = new HashMap<>();
        prepared.days.forEach((day, d) -> {
            d.notices().stream().filter("progress"::equals).forEach(n -> progress.add(day));
            notices.addAll(d.notices());
            if (d.filingBatch() != null) {
                filings.put(day, d.filingBatch());
            }
        });
        // then
        assertThat(progress).isSorted().containsExactly(LocalDate.of(2021, 6, 15), LocalDate.of(2021, 7, 2),
                LocalDate.of(2021, 8, 16), LocalDate.of(2021, 9, 16), LocalDate.of(2021, 10, 15),
                LocalDate.of(2021, 11, 15));
        assertThat(notices).containsOnly("progress", "expert-criticism").filteredOn("expert-criticism"::equals)
                .hasSize(1);
        assertThat(filings).isEqualTo(Map.of(LocalDate.of(2021, 8, 5), 1, LocalDate.of(2021, 8, 13), 2,
                LocalDate.of(2021, 8, 30), 3, LocalDate.of(2021, 9, 15), 4));
        prepared.days.forEach((day, d) -> {
            boolean expected = day.getDayOfWeek() == DayOfWeek.MONDAY || day.equals(LocalDate.of(2021, 11, 15))
                    || Stream.of("2021-05-31", "2021-06-15", "2021-07-01", "2021-08-05", "2021-08-16", "2021-08-30",
                    "2021-09-15").map(LocalDate::parse).anyMatch(day::equals);
            assertThat(d.renderDocuments()).as(day.toString()).isEqualTo(expected);
            assertThat(d.events().isEmpty()).as(day.toString()).isEqualTo(d.files().isEmpty()
                    && d.cityActions().isEmpty() && d.notices().isEmpty() && d.filingBatch() == null);
        });
    }

    @Test
    void applicationsLeaveScansForTheFilingPackageWithAFewGaps() throws IOException {
        // when
        Path materials = prepared.root.resolve("materials");
        List<Path> enterprises;
        try (Stream<Path> dirs = Files.list(materials)) {
            enterprises = dirs.flatMap(c -> list(c.resolve("materials"))).toList();
        }
        // then
        assertThat(materials.resolve("兰考县").resolve("materials")).isDirectory();
        assertThat(enterprises).hasSizeGreaterThan(30).allMatch(e -> Files.isRegularFile(e.resolve("申报书.pdf")));
        assertThat(enterprises).anyMatch(e -> !Files.exists(e.resolve("现场核查专家意见.pdf")))
                .anyMatch(e -> Files.isRegularFile(e.resolve("现场核查专家意见.pdf")));
    }

    private static Stream<Path> list(Path dir) {
        try {
            return Files.list(dir).toList().stream();
        }
        catch (IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
    }

    /** The first day each county sent a file whose name contains {@code part}, by county name. */
    private Map<String, LocalDate> firstDays(String part) {
        Map<String, LocalDate> first = new HashMap<>();
        prepared.filesNamed(part).forEach((day, paths) -> paths.forEach(f ->
                first.merge(f.getParent().getFileName().toString(), day, (a, b) -> a.isBefore(b) ? a : b)));
        return first;
    }

    private static String cell(Path file, int excelRow, int column) throws IOException {
        try (InputStream in = Files.newInputStream(file); Workbook workbook = WorkbookFactory.create(in)) {
            var row = workbook.getSheetAt(0).getRow(excelRow - 1);
            return row == null || row.getCell(column) == null ? "" : new DataFormatter().formatCellValue(row.getCell(column));
        }
    }

    private static LocalDate parse(String chinese) {
        String[] p = chinese.replace("日", "").split("[年月]");
        return LocalDate.of(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2]));
    }
}
