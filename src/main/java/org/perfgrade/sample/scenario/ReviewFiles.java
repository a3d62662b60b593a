package org.perfgrade.sample.scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.perfgrade.document.xlsx.WorkbookStamp;
import org.perfgrade.reference.County;
import org.perfgrade.sample.SampleApplications;
import org.perfgrade.sample.SampleLedgerLine;
import org.perfgrade.sample.TableWorkbookWriter;
import org.perfgrade.sample.TableWorkbookWriter.TableColumn;
import org.perfgrade.sample.scenario.ApplicationTimeline.Round;

/**
 * 申报及违法报送文件: a county's 申报及评审结果 as it stands on a day (every application it has made, each with the
 * results known that day — a county's list always lists all its applications, since a later list retires what it
 * leaves out) with the scans of the day's new applications, and its 环境违法问题 of the day.
 */
final class ReviewFiles {

    static final List<TableColumn> APPLICATION_COLUMNS = List.of(new TableColumn("序号", 6),
            new TableColumn("统一社会信用代码", 22), new TableColumn("企业名称", 34), new TableColumn("县、区", 14),
            new TableColumn("重点行业类型", 18), new TableColumn("重点行业分支", 16), new TableColumn("申报级别", 10),
            new TableColumn("审核批次", 10), new TableColumn("县级审核结果", 12), new TableColumn("评审专家", 22),
            new TableColumn("专家意见日期", 16), new TableColumn("市级会审结果", 12), new TableColumn("省级认定结果", 12),
            new TableColumn("省级认定日期", 16), new TableColumn("备注", 26));
    static final List<TableColumn> VIOLATION_COLUMNS = List.of(new TableColumn("序号", 6),
            new TableColumn("统一社会信用代码", 22), new TableColumn("企业名称", 34), new TableColumn("县、区", 14),
            new TableColumn("重点行业类型", 18), new TableColumn("违法类型", 22), new TableColumn("发现日期", 16),
            new TableColumn("依据文书", 22), new TableColumn("备注", 26));
    /** Every this many enterprises one lacks its 现场核查专家意见 scan (a gap the filing package reports). */
    static final int GAP_EVERY = 6;

    private final ReviewTimetable review;
    private final CityTimetable city;
    private final WorkbookStamp stamp;

    ReviewFiles(ReviewTimetable review, CityTimetable city, WorkbookStamp stamp) {
        this.review = review;
        this.city = city;
        this.stamp = stamp;
    }

    List<Path> writeApplications(County county, Path folder, Path materialsRoot, LocalDate day) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        List<String> scanned = new ArrayList<>();
        int enterprises = 0;
        for (ApplicationTimeline t : review.of(county.code())) {
            if (t.firstApplied().isAfter(day)) {
                continue;
            }
            rows.add(row(county, t, day));
            String code = t.line().enterprise().creditCode();
            boolean first = review.of(county.code()).stream().filter(o -> o.line().enterprise().creditCode()
                    .equals(code)).map(ApplicationTimeline::firstApplied).min(LocalDate::compareTo).orElseThrow()
                    .equals(t.firstApplied());
            if (first && !scanned.contains(code)) {
                scanned.add(code);
                enterprises++;
                if (t.firstApplied().equals(day)) {
                    scans(materialsRoot.resolve(county.name()).resolve("materials").resolve(code), t,
                            enterprises % GAP_EVERY == 0);
                }
            }
        }
        Path file = folder.resolve(county.name() + "重点行业绩效分级申报及评审结果.xlsx");
        TableWorkbookWriter.write(file, "申报及评审结果", county.name() + "重点行业绩效分级申报及评审结果",
                APPLICATION_COLUMNS, rows, day, stamp, county.name() + "生态环境分局");
        return List.of(file);
    }

    private static List<String> row(County county, ApplicationTimeline t, LocalDate day) {
        SampleLedgerLine line = t.line().line();
        Round round = t.roundOn(day);
        Round first = t.round1();
        String cityResult = null;
        if (!round.city().isAfter(day)) {
            cityResult = round.cityPasses() ? "通过" : "不通过";
        } else if (round != first && !first.city().isAfter(day)) {
            cityResult = first.cityPasses() ? "通过" : "不通过";
        }
        boolean provincial = round.provinceListed() != null && !round.provinceListed().isAfter(day);
        return Arrays.asList(null, line.creditCode(), t.line().enterprise().name(), county.name(), line.industry(),
                line.branch(), t.line().grade(), "第" + "一二三四".charAt(t.line().batch() - 1) + "批", t.line().grade(),
                round.experts().stream().map(ExpertPool.Expert::name).collect(Collectors.joining("、")),
                TableWorkbookWriter.chineseDate(round.opinion()), cityResult,
                provincial ? (round.provincePasses() ? t.line().grade() : "不通过") : null,
                provincial ? TableWorkbookWriter.chineseDate(round.province()) : null,
                round != first ? "市级会审未通过，整改后重新申报" : null);
    }

    private static void scans(Path materials, ApplicationTimeline t, boolean gap) throws IOException {
        Files.createDirectories(materials);
        String name = t.line().enterprise().name();
        String code = t.line().enterprise().creditCode();
        LocalDate day = t.firstApplied();
        SampleApplications.scan(materials.resolve("申报书.pdf"), List.of("重点行业绩效分级申报书（扫描件）", name,
                "统一社会信用代码：" + code), day);
        SampleApplications.scan(materials.resolve("专家意见.pdf"), List.of("申报材料专家审核意见（经专家签字，扫描件）",
                name, "统一社会信用代码：" + code), t.round1().opinion());
        if (!gap) {
            SampleApplications.scan(materials.resolve("现场核查专家意见.pdf"), List.of("现场核查专家意见（经专家签字，扫描件）",
                    name, "统一社会信用代码：" + code), t.round1().opinion());
        }
    }

    List<Path> writeViolations(County county, Path folder, LocalDate day) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (CityTimetable.Violation v : city.violations(county.code(), day)) {
            rows.add(Arrays.asList(null, v.enterprise().creditCode(), v.enterprise().name(), county.name(), null,
                    v.type(), TableWorkbookWriter.chineseDate(v.day()), v.document(), null));
        }
        Path file = folder.resolve(county.name() + "重点行业企业环境违法问题清单.xlsx");
        TableWorkbookWriter.write(file, "环境违法问题", county.name() + "重点行业企业环境违法问题清单", VIOLATION_COLUMNS,
                rows, day, stamp, county.name() + "生态环境分局");
        return List.of(file);
    }

    /** 兰考县报送申报及评审结果（第2次）：新申报3条（第二批），市级会审结果3条，省级认定结果2条. */
    String applicationEvent(County county, LocalDate day, int ordinal) {
        int applied = 0;
        int again = 0;
        int cityResults = 0;
        int provincial = 0;
        boolean late = false;
        java.util.Set<Integer> batches = new java.util.TreeSet<>();
        for (ApplicationTimeline t : review.of(county.code())) {
            for (Round r : t.round2() == null ? List.of(t.round1()) : List.of(t.round1(), t.round2())) {
                if (r.applied().equals(day) && r != t.round1()) {
                    again++;
                } else if (r.applied().equals(day)) {
                    applied++;
                    batches.add(t.line().batch());
                    late |= r.late();
                }
                cityResults += r.city().equals(day) ? 1 : 0;
                provincial += day.equals(r.provinceListed()) ? 1 : 0;
            }
        }
        List<String> parts = new ArrayList<>();
        if (applied > 0) {
            parts.add("新申报" + applied + "条（" + batches.stream().map(b -> "第" + "一二三四".charAt(b - 1) + "批")
                    .collect(Collectors.joining("、")) + (late ? "，逾期" : "") + "）");
        }
        if (again > 0) {
            parts.add("整改后重新申报" + again + "条");
        }
        if (cityResults > 0) {
            parts.add("市级会审结果" + cityResults + "条");
        }
        if (provincial > 0) {
            parts.add("省级认定结果" + provincial + "条");
        }
        return county.name() + "报送申报及评审结果（第" + ordinal + "次）：" + String.join("，", parts);
    }

    String violationEvent(County county, LocalDate day) {
        return city.violations(county.code(), day).stream().map(v -> county.name() + "报送环境违法问题：" + v.enterprise()
                .name() + v.type() + "（" + v.document() + "），自发现之日起降级").collect(Collectors.joining("；"));
    }
}
