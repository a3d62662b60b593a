package org.perfgrade.sample.scenario;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.perfgrade.document.xlsx.WorkbookStamp;
import org.perfgrade.reference.County;
import org.perfgrade.sample.SampleApplications;
import org.perfgrade.sample.ScenarioFiles;
import org.perfgrade.sample.TableWorkbookWriter;
import org.perfgrade.sample.TableWorkbookWriter.TableColumn;

/**
 * 报送文件的写出: turns a county's delivery of a day into its file(s) in the day's inbox folder of the county, dated
 * the day (the workbook's document date and its 日期 line).
 */
final class DeliveryWriter {

    static final List<TableColumn> EXPERT_COLUMNS = List.of(new TableColumn("序号", 6), new TableColumn("姓名", 12),
            new TableColumn("工作单位", 30), new TableColumn("专业领域", 24), new TableColumn("县、区", 14),
            new TableColumn("报送日期", 16), new TableColumn("备注", 20));

    private final ScenarioFiles files;
    private final LineFates fates;
    private final ExpertPool experts;
    private final WorkbookStamp stamp;
    private final EarlyTimetable early;
    private final ReviewFiles review;

    DeliveryWriter(ScenarioFiles files, LineFates fates, ExpertPool experts, WorkbookStamp stamp, EarlyTimetable early,
                   ReviewFiles review) {
        this.files = files;
        this.fates = fates;
        this.experts = experts;
        this.stamp = stamp;
        this.early = early;
        this.review = review;
    }

    /** Writes the delivery's files into {@code folder} (the county's folder of the day's inbox); their paths. */
    List<Path> write(Delivery delivery, LocalDate day, Path folder, Path materialsRoot) throws IOException {
        County county = delivery.county();
        if (delivery instanceof Delivery.WorkPlan) {
            return List.of(workPlan(county, folder, day));
        }
        if (delivery instanceof Delivery.Ledger) {
            return List.of(files.writeLedger(county.code(), folder, day, fates.juneGrades()));
        }
        if (delivery instanceof Delivery.ImprovementList i) {
            return List.of(files.writeImprovementList(county.code(), folder, day, fates.juneGrades(),
                    i.version() > 1 ? 1 : 0, i.version() > 1 ? correctedName(county) : null));
        }
        if (delivery instanceof Delivery.Experts) {
            return List.of(expertList(county, folder, day));
        }
        if (delivery instanceof Delivery.Applications) {
            return review.writeApplications(county, folder, materialsRoot, day);
        }
        return review.writeViolations(county, folder, day);
    }

    /** One sentence on what the delivery is, e.g. 兰考县报送清单台账（第1次）. */
    String event(Delivery delivery, int ordinal, LocalDate day) {
        String county = delivery.county().name();
        if (delivery instanceof Delivery.WorkPlan) {
            return county + "报送重点行业绩效分级工作计划及动员部署情况"
                    + (delivery.county().equals(early.lateWorkPlan()) ? "（逾期）" : "");
        }
        if (delivery instanceof Delivery.Ledger) {
            return county + "报送清单台账（第" + ordinal + "次）";
        }
        if (delivery instanceof Delivery.ImprovementList i) {
            return i.version() > 1 ? county + "报送更正后的提升企业清单（附件2，更正上次报送中的错误行）"
                    : county + "报送提升企业清单（附件2）" + (early.lateImprovementLists().contains(delivery.county())
                    ? "（逾期）" : "");
        }
        if (delivery instanceof Delivery.Experts) {
            return county + "报送评审专家（第三方）名单" + (delivery.county().equals(early.lateExperts()) ? "（逾期）" : "");
        }
        if (delivery instanceof Delivery.Applications) {
            return review.applicationEvent(delivery.county(), day, ordinal);
        }
        return review.violationEvent(delivery.county(), day);
    }

    private String correctedName(County county) {
        String usual = files.fileName(county.code(), org.perfgrade.sample.SampleFileKind.IMPROVEMENT_LIST);
        int dot = usual.lastIndexOf('.');
        return usual.substring(0, dot) + "（更正）" + usual.substring(dot);
    }

    private Path workPlan(County county, Path folder, LocalDate day) throws IOException {
        Path file = folder.resolve(county.name() + "重点行业绩效分级工作计划及动员部署情况.pdf");
        SampleApplications.scan(file, List.of(county.name() + "重点行业绩效分级工作计划及动员部署情况",
                "一、成立由分管副县（区）长任组长的绩效分级提升工作专班，明确责任分工。",
                "二、召开全县（区）重点行业企业动员部署会，解读开封市提升行动方案。",
                "三、摸清重点行业企业底数，建立清单台账，6月14日前报送提升企业清单。",
                "四、组织专家（第三方）帮扶企业对标提升，按批次做好申报审核工作。",
                "报送单位：" + county.name() + "生态环境分局"), day);
        return file;
    }

    private Path expertList(County county, Path folder, LocalDate day) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (ExpertPool.Expert e : experts.of(county.code())) {
            rows.add(java.util.Arrays.asList(null, e.name(), e.organisation(), e.field(), county.name(),
                    TableWorkbookWriter.chineseDate(day), null));
        }
        Path file = folder.resolve(county.name() + "绩效分级评审专家（第三方）名单.xlsx");
        TableWorkbookWriter.write(file, "专家名单", county.name() + "重点行业绩效分级评审专家（第三方）名单", EXPERT_COLUMNS,
                rows, day, stamp, county.name() + "生态环境分局");
        return file;
    }
}
