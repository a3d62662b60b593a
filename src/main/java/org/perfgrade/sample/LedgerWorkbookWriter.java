package org.perfgrade.sample;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.perfgrade.document.xlsx.WorkbookStamp;
import org.perfgrade.sample.CountySubmission.LedgerRow;
import org.perfgrade.sample.CountySubmission.RowDefect;
import org.perfgrade.sample.WorkbookSupport.Column;
import org.perfgrade.sample.WorkbookSupport.Styles;

/**
 * Writes a county's 重点行业绩效分级清单台账 as the county would: one row per enterprise × industry × branch, streamed
 * with SXSSF so that a benchmark-sized ledger needs little memory.
 */
final class LedgerWorkbookWriter {

    static final List<Column> COLUMNS = List.of(
            new Column("序号", 6), new Column("统一社会信用代码", 22), new Column("企业名称", 36),
            new Column("县、区", 14), new Column("乡镇（街道）", 14), new Column("详细地址", 40),
            new Column("重点行业类型", 14), new Column("重点行业分支", 14), new Column("绩效级别", 10),
            new Column("排污许可证编号", 26), new Column("二氧化硫（吨/年）", 12), new Column("氮氧化物（吨/年）", 12),
            new Column("颗粒物（吨/年）", 12), new Column("VOCs（吨/年）", 12), new Column("主要产品", 24),
            new Column("产能", 22), new Column("生产线", 32), new Column("全部使用低VOCs原辅材料", 14),
            new Column("清洁能源替代", 10), new Column("保障类企业", 12), new Column("荣誉称号", 32));

    /** The headers of row 3, in order. */
    static final List<String> HEADERS = COLUMNS.stream().map(Column::header).toList();

    private static final int WINDOW = 100;

    private LedgerWorkbookWriter() {
    }

    static void write(CountySubmission submission, Path file, LocalDate asOf, WorkbookStamp stamp) throws IOException {
        write(submission, file, asOf, stamp, Map.of());
    }

    /**
     * As {@link #write(CountySubmission, Path, LocalDate, WorkbookStamp)}, the lines of {@code grades} written with
     * the grade given there (null: 未评级) instead of the model's, clean whatever the clerk's style (a ledger of an
     * earlier date, before a review raised those grades).
     */
    static void write(CountySubmission submission, Path file, LocalDate asOf, WorkbookStamp stamp,
                      Map<SampleLedgerLine, String> grades) throws IOException {
        String county = submission.county().name();
        String author = county + "生态环境分局";
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW)) {
            Styles styles = new Styles(workbook);
            Sheet sheet = workbook.createSheet(SampleFileKind.LEDGER.sheetName());
            WorkbookSupport.writeHeading(sheet, styles, county + SampleFileKind.LEDGER.title(),
                    "填报单位：" + author + "　　日期：" + WorkbookSupport.chineseDate(asOf), COLUMNS);
            int index = WorkbookSupport.HEADING_ROWS;
            for (ClerkStyle.Slot slot : submission.layout(SampleFileKind.LEDGER)) {
                Row row = sheet.createRow(index++);
                if (slot.kind() != ClerkStyle.SlotKind.DATA) {
                    WorkbookSupport.clerkRow(row, slot.kind(), HEADERS, submission.ledgerRows().size(),
                            submission.clerkStyle().footer(), styles);
                    continue;
                }
                int i = slot.dataIndex();
                LedgerRow ledgerRow = submission.ledgerRows().get(i);
                Map<String, String> written = submission.writtenCells(SampleFileKind.LEDGER, i);
                if (ledgerRow.defect() == null && grades.containsKey(ledgerRow.line())) {
                    written = new java.util.HashMap<>(written);
                    written.put("绩效级别", Objects.requireNonNullElse(grades.get(ledgerRow.line()),
                            SampleLedgerLine.UNRATED));
                }
                writeRow(row, i + 1, county, ledgerRow, written, styles);
            }
            WorkbookSupport.save(workbook, file, stamp, asOf, author);
        }
    }

    /** A data row; {@code written} holds the cells the county's clerk writes otherwise than clean. */
    private static void writeRow(Row row, int number, String county, LedgerRow ledgerRow, Map<String, String> written,
                                 Styles styles) {
        SampleEnterprise enterprise = ledgerRow.enterprise();
        SampleLedgerLine line = ledgerRow.line();
        RowDefect defect = ledgerRow.defect();
        for (int column = 0; column < HEADERS.size(); column++) {
            String header = HEADERS.get(column);
            if (defect != null && defect.column().equals(header)) {
                WorkbookSupport.text(row, column, defect.value(), styles.text);
                continue;
            }
            if (written.containsKey(header)) {
                WorkbookSupport.text(row, column, written.get(header), styles.centred);
                continue;
            }
            switch (header) {
                case "序号" -> WorkbookSupport.number(row, column, number, styles.integer);
                case "统一社会信用代码" -> WorkbookSupport.text(row, column, enterprise.creditCode(), styles.text);
                case "企业名称" -> WorkbookSupport.text(row, column, enterprise.name(), styles.text);
                case "县、区" -> WorkbookSupport.text(row, column, county, styles.centred);
                case "乡镇（街道）" -> WorkbookSupport.text(row, column, enterprise.township(), styles.centred);
                case "详细地址" -> WorkbookSupport.text(row, column, enterprise.address(), styles.text);
                case "重点行业类型" -> WorkbookSupport.text(row, column, line.industry(), styles.centred);
                case "重点行业分支" -> WorkbookSupport.text(row, column, line.branch(), styles.centred);
                case "绩效级别" -> WorkbookSupport.text(row, column, line.gradeText(), styles.centred);
                case "排污许可证编号" -> WorkbookSupport.text(row, column, enterprise.permitNo(), styles.text);
                case "二氧化硫（吨/年）" -> decimal(row, column, line.so2(), styles);
                case "氮氧化物（吨/年）" -> decimal(row, column, line.nox(), styles);
                case "颗粒物（吨/年）" -> decimal(row, column, line.pm(), styles);
                case "VOCs（吨/年）" -> decimal(row, column, line.vocs(), styles);
                case "主要产品" -> WorkbookSupport.text(row, column, line.products(), styles.text);
                case "产能" -> WorkbookSupport.text(row, column, line.capacity(), styles.text);
                case "生产线" -> WorkbookSupport.text(row, column, line.lines(), styles.text);
                case "全部使用低VOCs原辅材料" -> WorkbookSupport.text(row, column, yesNo(enterprise.lowVocs()), styles.centred);
                case "清洁能源替代" -> WorkbookSupport.text(row, column, yesNo(enterprise.cleanEnergy()), styles.centred);
                case "保障类企业" -> WorkbookSupport.text(row, column, enterprise.guaranteeType(), styles.centred);
                case "荣誉称号" -> WorkbookSupport.text(row, column, enterprise.honoursText(), styles.text);
                default -> throw new IllegalStateException("no value for column " + header);
            }
        }
    }

    private static void decimal(Row row, int column, BigDecimal value, Styles styles) {
        if (value == null) {
            WorkbookSupport.text(row, column, null, styles.decimal);
        } else {
            WorkbookSupport.number(row, column, value.doubleValue(), styles.decimal);
        }
    }

    static String yesNo(boolean value) {
        return value ? "是" : "否";
    }
}
