package org.perfgrade.sample;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.perfgrade.document.xlsx.WorkbookStamp;
import org.perfgrade.reference.City;
import org.perfgrade.sample.CountySubmission.PlanRow;
import org.perfgrade.sample.CountySubmission.RowDefect;
import org.perfgrade.sample.WorkbookSupport.Column;
import org.perfgrade.sample.WorkbookSupport.Styles;

/**
 * Writes a county's 重点行业绩效分级提升企业清单 (附件2): the 13 columns of the plan plus 统一社会信用代码 and
 * 排污许可证编号, which counties add either after 企业名称 or at the end; as .xlsx (streamed) or as old .xls.
 */
final class ImprovementListWorkbookWriter {

    /** The 13 columns of 附件2, in order. */
    static final List<Column> BASE_COLUMNS = List.of(
            new Column("序号", 6), new Column("省辖市", 10), new Column("县、区", 14), new Column("企业名称", 36),
            new Column("重点行业类型", 14), new Column("重点行业分支", 14), new Column("绩效现状", 10),
            new Column("绩效提升目标", 12), new Column("差异化指标", 44), new Column("存在问题", 30),
            new Column("改造措施", 40), new Column("拟完成时间", 16), new Column("备注", 26));

    /** The extra columns counties add. */
    static final List<Column> EXTRA_COLUMNS = List.of(new Column("统一社会信用代码", 22), new Column("排污许可证编号", 26));

    /** The largest number of rows an .xls sheet takes below the heading. */
    static final int XLS_MAX_ROWS = 65_536 - WorkbookSupport.HEADING_ROWS;

    private static final int WINDOW = 100;

    private ImprovementListWorkbookWriter() {
    }

    static List<Column> columns(boolean extrasAfterName) {
        List<Column> columns = new ArrayList<>(BASE_COLUMNS);
        if (extrasAfterName) {
            columns.addAll(columns.indexOf(BASE_COLUMNS.get(3)) + 1, EXTRA_COLUMNS);
        } else {
            columns.addAll(EXTRA_COLUMNS);
        }
        return List.copyOf(columns);
    }

    static List<String> headers(boolean extrasAfterName) {
        return columns(extrasAfterName).stream().map(Column::header).toList();
    }

    static void write(CountySubmission submission, City city, Path file, LocalDate asOf, WorkbookStamp stamp)
            throws IOException {
        write(submission, city, file, asOf, stamp, Map.of(), 0);
    }

    /**
     * As {@link #write(CountySubmission, City, Path, LocalDate, WorkbookStamp)}, the plans of the lines in
     * {@code currentGrades} with that 绩效现状 (null: 未评级), and the first {@code fixedDefects} bad rows that can be fixed written clean
     * (a county's corrected list: 更正).
     */
    static void write(CountySubmission submission, City city, Path file, LocalDate asOf, WorkbookStamp stamp,
                      Map<String, String> currentGrades, int fixedDefects) throws IOException {
        try (Workbook workbook = submission.legacyXls() ? new HSSFWorkbook() : new SXSSFWorkbook(WINDOW)) {
            Styles styles = new Styles(workbook);
            Sheet sheet = workbook.createSheet(SampleFileKind.IMPROVEMENT_LIST.sheetName());
            List<Column> columns = columns(submission.extrasAfterName());
            WorkbookSupport.writeHeading(sheet, styles, SampleFileKind.IMPROVEMENT_LIST.title(),
                    "日期：" + WorkbookSupport.chineseDate(asOf), columns);
            List<String> headers = columns.stream().map(Column::header).toList();
            int index = WorkbookSupport.HEADING_ROWS;
            int fixed = 0;
            for (ClerkStyle.Slot slot : submission.layout(SampleFileKind.IMPROVEMENT_LIST)) {
                Row row = sheet.createRow(index++);
                if (slot.kind() != ClerkStyle.SlotKind.DATA) {
                    WorkbookSupport.clerkRow(row, slot.kind(), headers, submission.planRows().size(),
                            submission.clerkStyle().footer(), styles);
                    continue;
                }
                int i = slot.dataIndex();
                PlanRow planRow = submission.planRows().get(i);
                if (planRow.defect() != null && ScenarioFiles.fixable(planRow.defect().type()) && fixed < fixedDefects) {
                    fixed++;
                    planRow = new PlanRow(planRow.enterprise(), planRow.plan(), null);
                }
                Map<String, String> written = submission.writtenCells(SampleFileKind.IMPROVEMENT_LIST, i);
                String key = ScenarioFiles.lineKey(planRow.plan().creditCode(), planRow.plan().industry(),
                        planRow.plan().branch());
                if (planRow.defect() == null && currentGrades.containsKey(key)) {
                    written = new java.util.HashMap<>(written);
                    written.put("绩效现状", Objects.requireNonNullElse(currentGrades.get(key), SampleLedgerLine.UNRATED));
                }
                writeRow(row, i + 1, headers, city, submission.county().name(), planRow, written, styles);
            }
            WorkbookSupport.save(workbook, file, stamp, asOf, submission.county().name() + "生态环境分局");
        }
    }

    /** A data row; {@code written} holds the cells the county's clerk writes otherwise than clean. */
    private static void writeRow(Row row, int number, List<String> headers, City city, String county,
                                 PlanRow planRow, Map<String, String> written, Styles styles) {
        SamplePlan plan = planRow.plan();
        RowDefect defect = planRow.defect();
        for (int column = 0; column < headers.size(); column++) {
            String header = headers.get(column);
            if (defect != null && defect.column().equals(header)) {
                WorkbookSupport.text(row, column, defect.value(), styles.centred);
                continue;
            }
            if (written.containsKey(header)) {
                WorkbookSupport.text(row, column, written.get(header), styles.centred);
                continue;
            }
            switch (header) {
                case "序号" -> WorkbookSupport.number(row, column, number, styles.integer);
                case "省辖市" -> WorkbookSupport.text(row, column, city.name(), styles.centred);
                case "县、区" -> WorkbookSupport.text(row, column, county, styles.centred);
                case "企业名称" -> WorkbookSupport.text(row, column, plan.enterpriseName(), styles.text);
                case "重点行业类型" -> WorkbookSupport.text(row, column, plan.industry(), styles.centred);
                case "重点行业分支" -> WorkbookSupport.text(row, column, plan.branch(), styles.centred);
                case "绩效现状" -> WorkbookSupport.text(row, column, plan.currentGradeText(), styles.centred);
                case "绩效提升目标" -> WorkbookSupport.text(row, column, plan.targetGrade(), styles.centred);
                case "差异化指标" -> WorkbookSupport.text(row, column, plan.indicator(), styles.wrap);
                case "存在问题" -> WorkbookSupport.text(row, column, plan.problem(), styles.wrap);
                case "改造措施" -> WorkbookSupport.text(row, column, plan.measure(), styles.wrap);
                case "拟完成时间" -> date(row, column, plan.dueDate(), styles);
                case "备注" -> WorkbookSupport.text(row, column, plan.remark(), styles.wrap);
                case "统一社会信用代码" -> WorkbookSupport.text(row, column, plan.creditCode(), styles.text);
                case "排污许可证编号" -> WorkbookSupport.text(row, column, planRow.enterprise().permitNo(), styles.text);
                default -> throw new IllegalStateException("no value for column " + header);
            }
        }
    }

    private static void date(Row row, int column, LocalDate value, Styles styles) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(styles.date);
        if (value != null) {
            cell.setCellValue(value);
        }
    }
}
