package org.perfgrade.ingest;

import static org.perfgrade.ingest.header.Column.*;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.perfgrade.ingest.header.Column;
import org.perfgrade.ingest.header.SubmissionLayout;
import org.perfgrade.ingest.problem.ProblemCode;
import org.perfgrade.reference.CreditCode;

/**
 * 县区实际填法: a small corpus of county files "as counties really fill them" (issue #15), built by the tests — for the
 * 清单台账, 附件2, 申报及评审结果 and 环境违法问题 kinds, the same rows wherever the kind has the column, written as .xlsx
 * (XSSF) or .xls (HSSF) after the file name. Each row but the first carries one variant of the reading rules: an empty
 * or / branch (R26 水泥 with C → B, else R27), 铸造行业 / 印刷 / 铸造（有色金属铸造）/ 工业涂装-钢结构 (R29), B级企业 / b /
 * Ｂ / B-级 / 引领性企业 / 绩效现状 无 and 未评 (R28), 2021年8月 / 8月底 / 2021.9.30前 / a range / Chinese numerals / 9月中旬
 * / a serial number in 拟完成时间 (R30), Chinese numerals and serial numbers in dates of events (R31), 兰考 / 410225 /
 * 开封市兰考县 (R32), and rows of empty markers (/, —, 不涉及, 无) in optional cells, which are no correction at all.
 */
public final class MessyCountyFiles {

    /** The county that sends the files. */
    public static final String COUNTY_NAME = "兰考县";

    /** The first data row (title, 填报单位 line and header above). */
    public static final int FIRST_ROW = 4;

    /** The one correction a messy cell is read with. */
    public record Correction(ProblemCode code, Column column, String original, String readAs) {
    }

    /**
     * One row of a file.
     *
     * @param row        the Excel row number
     * @param correction the correction the row carries; null for a clean row or one with only empty markers
     * @param stored     what 附件2 stores for the row's line and plan: INDUSTRY, BRANCH, CURRENT_GRADE,
     *                   TARGET_GRADE (String, null for none) and PLANNED_COMPLETION (LocalDate)
     */
    public record MessyRow(int row, String enterprise, Map<Column, Object> cells, Correction correction,
                    Map<Column, Object> stored) {
    }

    private MessyCountyFiles() {
    }

    /** Writes the messy file of a kind; .xls or .xlsx after the file name. */
    public static Path write(SubmissionKind kind, Path file) {
        List<Column> columns = SubmissionLayout.of(kind).columns();
        List<List<Object>> sheet = new ArrayList<>();
        sheet.add(List.of(kind.title()));
        sheet.add(List.of("填报单位：" + COUNTY_NAME + "生态环境分局（盖章）    填报日期：2021年6月10日"));
        sheet.add(columns.stream().map(c -> (Object) c.title()).toList());
        for (MessyRow row : rows(kind)) {
            List<Object> values = new ArrayList<>();
            columns.forEach(column -> values.add(row.cells().get(column)));
            sheet.add(values);
        }
        return IngestFixtures.write(file, sheet);
    }

    /** The rows of a kind's file: a clean row, then one row per variant the kind has the columns for. */
    public static List<MessyRow> rows(SubmissionKind kind) {
        List<MessyRow> rows = new ArrayList<>();
        List<Variant> variants = new ArrayList<>();
        variants.add(new Variant());
        variants.addAll(variants(kind));
        for (Variant variant : variants) {
            if (!SubmissionLayout.of(kind).columns().containsAll(variant.cells.keySet())) {
                continue;
            }
            int number = rows.size() + 1;
            String enterprise = "兰考县" + PLACES[number % PLACES.length] + number + "号实业有限公司";
            Map<Column, Object> cells = base(kind, number, enterprise);
            cells.putAll(variant.cells);
            Map<Column, Object> stored = new HashMap<>(Map.of(INDUSTRY, "铸造", BRANCH, "黑色金属铸造",
                    CURRENT_GRADE, "C", TARGET_GRADE, "B", PLANNED_COMPLETION, LocalDate.of(2021, 9, 30)));
            stored.putAll(variant.stored);
            rows.add(new MessyRow(FIRST_ROW + rows.size(), enterprise, cells, variant.correction, stored));
        }
        return rows;
    }

    private static final String[] PLACES = {"城关", "堌阳", "南彰", "谷营", "红庙", "仪封", "东坝头", "考城"};

    /** A row a careful clerk writes. */
    private static Map<Column, Object> base(SubmissionKind kind, int number, String enterprise) {
        Map<Column, Object> cells = new LinkedHashMap<>();
        String code = CreditCode.withCheckCharacter("91410225MA" + String.format("%07d", number));
        cells.put(SEQUENCE, number);
        cells.put(ENTERPRISE_NAME, enterprise);
        cells.put(COUNTY, COUNTY_NAME);
        cells.put(INDUSTRY, "铸造");
        cells.put(BRANCH, "黑色金属铸造");
        cells.put(REMARKS, "");
        switch (kind) {
            case LEDGER -> {
                cells.put(CREDIT_CODE, code);
                cells.put(TOWNSHIP, "城关镇");
                cells.put(ADDRESS, "兰考县城关镇裕禄大道" + number + "号");
                cells.put(GRADE, "B");
                cells.put(PERMIT_NO, code + "001P");
                cells.put(SO2, 1.25);
                cells.put(LOW_VOCS, "否");
                cells.put(CLEAN_ENERGY, "是");
            }
            case IMPROVEMENT -> {
                cells.put(CITY, "开封市");
                cells.put(CURRENT_GRADE, "C");
                cells.put(TARGET_GRADE, "B");
                cells.put(DIFFERENTIATING_INDEX, "颗粒物排放浓度不高于10mg/m³");
                cells.put(PROBLEMS, "无组织排放控制不到位");
                cells.put(MEASURES, "建设封闭料棚，物料全封闭储存");
                cells.put(PLANNED_COMPLETION, LocalDate.of(2021, 9, 30));
            }
            case APPLICATION -> {
                cells.put(CREDIT_CODE, code);
                cells.put(APPLIED_GRADE, "B");
                cells.put(COUNTY_RESULT, "通过");
                cells.put(EXPERTS, "王建国、李明");
                cells.put(OPINION_DATE, LocalDate.of(2021, 7, 28));
            }
            case VIOLATION -> {
                cells.put(CREDIT_CODE, code);
                cells.put(VIOLATION_TYPE, "超标排放");
                cells.put(FOUND_ON, LocalDate.of(2021, 7, 15));
                cells.put(SOURCE_DOCUMENT, "兰环罚〔2021〕" + number + "号");
            }
            default -> throw new IllegalArgumentException(kind + " has no industry column");
        }
        return cells;
    }

    /** The grade cell a variant of the grade rules is written into. */
    private static Column gradeColumn(SubmissionKind kind) {
        return switch (kind) {
            case LEDGER -> GRADE;
            case IMPROVEMENT -> TARGET_GRADE;
            case APPLICATION -> APPLIED_GRADE;
            default -> null;
        };
    }

    /** The event date of a kind (认定 or 发现), null when it has none among the messy columns. */
    private static Column eventDate(SubmissionKind kind) {
        return switch (kind) {
            case APPLICATION -> OPINION_DATE;
            case VIOLATION -> FOUND_ON;
            default -> null;
        };
    }

    private static List<Variant> variants(SubmissionKind kind) {
        List<Variant> all = new ArrayList<>();
        // 2. 重点行业分支 left empty or /
        all.add(new Variant().cell(BRANCH, "").reads(ProblemCode.R27_BRANCH_PENDING, BRANCH, null, "分支待补充")
                .stores(BRANCH, null));
        all.add(new Variant().cell(INDUSTRY, "包装印刷").cell(BRANCH, "/")
                .reads(ProblemCode.R27_BRANCH_PENDING, BRANCH, "/", "分支待补充").stores(INDUSTRY, "包装印刷")
                .stores(BRANCH, null));
        all.add(new Variant().cell(INDUSTRY, "水泥").cell(BRANCH, "")
                .reads(ProblemCode.R26_BRANCH_INFERRED, BRANCH, null, "熟料").stores(INDUSTRY, "水泥")
                .stores(BRANCH, "熟料"));
        all.add(new Variant().cell(INDUSTRY, "家具制造").cell(BRANCH, "—")
                .reads(ProblemCode.R27_BRANCH_PENDING, BRANCH, "—", "分支待补充").stores(INDUSTRY, "家具制造")
                .stores(BRANCH, null));
        all.add(new Variant().cell(INDUSTRY, "工业涂装").cell(BRANCH, "")
                .reads(ProblemCode.R27_BRANCH_PENDING, BRANCH, null, "分支待补充").stores(INDUSTRY, "工业涂装")
                .stores(BRANCH, null));
        // 4. industry names
        all.add(new Variant().cell(INDUSTRY, "铸造行业").reads(ProblemCode.R29_INDUSTRY_READ, INDUSTRY, "铸造行业", "铸造"));
        all.add(new Variant().cell(INDUSTRY, "铸造业").reads(ProblemCode.R29_INDUSTRY_READ, INDUSTRY, "铸造业", "铸造"));
        Variant printing = new Variant().cell(INDUSTRY, "印刷")
                .reads(ProblemCode.R29_INDUSTRY_READ, INDUSTRY, "印刷", "包装印刷").stores(INDUSTRY, "包装印刷")
                .stores(BRANCH, "平版印刷");
        all.add(kind == SubmissionKind.VIOLATION ? printing : printing.cell(BRANCH, "平版印刷"));
        all.add(new Variant().cell(INDUSTRY, "铸造（有色金属铸造）").cell(BRANCH, "")
                .reads(ProblemCode.R29_INDUSTRY_READ, INDUSTRY, "铸造（有色金属铸造）", "铸造").stores(BRANCH, "有色金属铸造"));
        all.add(new Variant().cell(INDUSTRY, "工业涂装-钢结构").cell(BRANCH, "")
                .reads(ProblemCode.R29_INDUSTRY_READ, INDUSTRY, "工业涂装-钢结构", "工业涂装").stores(INDUSTRY, "工业涂装")
                .stores(BRANCH, "钢结构"));
        // 3. grades
        Column grade = gradeColumn(kind);
        if (grade != null) {
            for (String written : List.of("B级企业", "b", "Ｂ")) {
                all.add(new Variant().cell(grade, written).reads(ProblemCode.R28_GRADE_READ, grade, written, "B"));
            }
            all.add(new Variant().cell(INDUSTRY, "长流程联合钢铁").cell(BRANCH, "").cell(grade, "B-级")
                    .reads(ProblemCode.R28_GRADE_READ, grade, "B-级", "B-").stores(INDUSTRY, "长流程联合钢铁")
                    .stores(BRANCH, null).stores(TARGET_GRADE, "B-"));
            Variant leading = new Variant().cell(INDUSTRY, "水泥").cell(BRANCH, "粉磨站").cell(grade, "引领性企业")
                    .reads(ProblemCode.R28_GRADE_READ, grade, "引领性企业", "引领性").stores(INDUSTRY, "水泥")
                    .stores(BRANCH, "粉磨站").stores(TARGET_GRADE, "引领性").stores(CURRENT_GRADE, null);
            all.add(kind == SubmissionKind.IMPROVEMENT ? leading.cell(CURRENT_GRADE, "") : leading);
        }
        for (String written : List.of("无", "未评")) {
            all.add(new Variant().cell(CURRENT_GRADE, written)
                    .reads(ProblemCode.R28_GRADE_READ, CURRENT_GRADE, written, "未评级").stores(CURRENT_GRADE, null));
        }
        // 5. planned dates
        plannedDate(all, "2021年8月", "2021年8月", LocalDate.of(2021, 8, 31));
        plannedDate(all, "8月底", "8月底", LocalDate.of(2021, 8, 31));
        plannedDate(all, "2021.9.30前", "2021.9.30前", LocalDate.of(2021, 9, 30));
        plannedDate(all, "2021年8月—9月", "2021年8月—9月", LocalDate.of(2021, 9, 30));
        plannedDate(all, "二〇二一年九月三十日", "二〇二一年九月三十日", LocalDate.of(2021, 9, 30));
        plannedDate(all, "9月中旬", "9月中旬", LocalDate.of(2021, 9, 20));
        plannedDate(all, 44469, "44469", LocalDate.of(2021, 9, 30));
        // 6. dates of events
        Column event = eventDate(kind);
        if (event != null) {
            all.add(new Variant().cell(event, "二〇二一年七月二十八日")
                    .reads(ProblemCode.R31_DATE_READ, event, "二〇二一年七月二十八日", "2021-07-28"));
            all.add(new Variant().cell(event, 44405).reads(ProblemCode.R31_DATE_READ, event, "44405", "2021-07-28"));
        }
        // 7. county
        for (String written : List.of("兰考", "410225", "开封市兰考县")) {
            all.add(new Variant().cell(COUNTY, written)
                    .reads(ProblemCode.R32_COUNTY_READ, COUNTY, written, COUNTY_NAME));
        }
        // 1. empty markers in optional cells: no correction
        Variant markers = new Variant().cell(REMARKS, "无");
        switch (kind) {
            case LEDGER -> markers.cell(PERMIT_NO, "/").cell(SO2, "—").cell(GUARANTEE, "不涉及").cell(HONOURS, "无")
                    .cell(LOW_VOCS, "／");
            case IMPROVEMENT -> markers.cell(CURRENT_GRADE, "/").stores(CURRENT_GRADE, null);
            case APPLICATION -> markers.cell(CREDIT_CODE, "—").cell(PROVINCIAL_DATE, "/").cell(CITY_RESULT, "-");
            default -> markers.cell(CREDIT_CODE, "——");
        }
        all.add(markers);
        all.add(new Variant().cell(REMARKS, "不涉及"));
        return all;
    }

    private static void plannedDate(List<Variant> all, Object written, String original, LocalDate date) {
        all.add(new Variant().cell(PLANNED_COMPLETION, written)
                .reads(ProblemCode.R30_PLANNED_DATE_READ, PLANNED_COMPLETION, original, date.toString())
                .stores(PLANNED_COMPLETION, date));
    }

    /** One variant: the cells it changes, the correction expected, and what 附件2 stores differently. */
    private static final class Variant {

        private final Map<Column, Object> cells = new LinkedHashMap<>();
        private final Map<Column, Object> stored = new HashMap<>();
        private Correction correction;

        Variant cell(Column column, Object value) {
            cells.put(column, value);
            return this;
        }

        Variant reads(ProblemCode code, Column column, String original, String readAs) {
            correction = new Correction(code, column, original, readAs);
            return this;
        }

        Variant stores(Column column, Object value) {
            stored.put(column, value);
            return this;
        }
    }
}
