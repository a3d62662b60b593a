package org.perfgrade.ingest.rules;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.perfgrade.ingest.SubmissionKind;
import org.perfgrade.ingest.header.Column;
import org.perfgrade.ingest.header.SourceRow;
import org.perfgrade.ingest.header.SubmissionLayout;
import org.perfgrade.ingest.problem.Problem;
import org.perfgrade.ingest.problem.ProblemCode;
import org.perfgrade.ingest.sheet.SourceCell;
import org.perfgrade.reference.ConfigFiles;
import org.perfgrade.reference.ReferenceData;
import org.perfgrade.reference.ReferenceDataReader;

/**
 * Hand-built county rows for the row-rule tests: {@code TestRows.row(SubmissionKind.LEDGER, 12).cell(INDUSTRY,
 * "铸造业").build()} gives row 12 with its cells at the template's columns (重点行业类型 of the ledger at G12), and
 * the packaged reference data (config/*.yml as built into target/classes).
 */
public final class TestRows {

    static final String SHEET = "清单台账";

    private static ReferenceData reference;

    private final SubmissionKind kind;
    private final int rowNumber;
    private final Map<Column, SourceCell> cells = new EnumMap<>(Column.class);

    private TestRows(SubmissionKind kind, int rowNumber) {
        this.kind = kind;
        this.rowNumber = rowNumber;
    }

    /** The packaged reference data, read once (an empty override directory, so only the built-in config). */
    static synchronized ReferenceData reference() {
        if (reference == null) {
            try {
                Path empty = Files.createTempDirectory("perfgrade-config");
                reference = new ReferenceDataReader(new ConfigFiles(List.of(empty))).read();
                Files.delete(empty);
            }
            catch (java.io.IOException ex) {
                throw new java.io.UncheckedIOException(ex);
            }
        }
        return reference;
    }

    /** The county the test files come from. */
    static final String COUNTY = "龙亭区";
    static final String COUNTY_CODE = "410202";
    /** A valid 统一社会信用代码 (GB 32100 worked example). */
    static final String CREDIT_CODE = "91410781694896138P";

    /** A row of a kind that passes every rule: what a careful county writes. */
    static TestRows clean(SubmissionKind kind, int rowNumber) {
        TestRows row = row(kind, rowNumber);
        switch (kind) {
            case LEDGER -> row.number(Column.SEQUENCE, "1").cell(Column.CREDIT_CODE, CREDIT_CODE)
                    .cell(Column.ENTERPRISE_NAME, "开封市华通铸造有限公司").cell(Column.COUNTY, COUNTY)
                    .cell(Column.TOWNSHIP, "北郊乡").cell(Column.ADDRESS, "开封市龙亭区北郊乡金明大道18号")
                    .cell(Column.INDUSTRY, "铸造").cell(Column.BRANCH, "黑色金属铸造").cell(Column.GRADE, "B")
                    .cell(Column.PERMIT_NO, CREDIT_CODE + "001P").number(Column.SO2, "1.25")
                    .cell(Column.NOX, "2.5").cell(Column.PM, "0.8").cell(Column.VOCS, "")
                    .cell(Column.PRODUCTS, "灰铸铁件").cell(Column.CAPACITY, "铸件20000吨/年")
                    .cell(Column.PRODUCTION_LINES, "中频感应电炉2台\n造型线1条").cell(Column.LOW_VOCS, "否")
                    .cell(Column.CLEAN_ENERGY, "是").cell(Column.GUARANTEE, "").cell(Column.HONOURS, "绿色工厂（2020）");
            case IMPROVEMENT -> row.number(Column.SEQUENCE, "1").cell(Column.CITY, "开封市").cell(Column.COUNTY, COUNTY)
                    .cell(Column.ENTERPRISE_NAME, "开封市龙亭水泥有限公司").cell(Column.INDUSTRY, "水泥")
                    .cell(Column.BRANCH, "熟料").cell(Column.CURRENT_GRADE, "C").cell(Column.TARGET_GRADE, "B")
                    .cell(Column.DIFFERENTIATING_INDEX, "颗粒物、SO2、NOx排放浓度分别不高于10、35、100mg/m³")
                    .cell(Column.PROBLEMS, "窑尾脱硝效率偏低").cell(Column.MEASURES, "实施SCR脱硝改造\n物料全封闭储存")
                    .date(Column.PLANNED_COMPLETION, LocalDate.of(2021, 8, 30)).cell(Column.REMARKS, "")
                    .cell(Column.CREDIT_CODE, "").cell(Column.PERMIT_NO, "");
            case APPLICATION -> row.number(Column.SEQUENCE, "1").cell(Column.CREDIT_CODE, CREDIT_CODE)
                    .cell(Column.ENTERPRISE_NAME, "开封市金明印务有限公司").cell(Column.COUNTY, COUNTY)
                    .cell(Column.INDUSTRY, "包装印刷").cell(Column.BRANCH, "平版印刷")
                    .cell(Column.APPLIED_GRADE, "A").cell(Column.REVIEW_BATCH, "第一批")
                    .cell(Column.COUNTY_RESULT, "通过").cell(Column.EXPERTS, "张明、李华、王强")
                    .cell(Column.OPINION_DATE, "2021年8月3日").cell(Column.CITY_RESULT, "")
                    .cell(Column.PROVINCIAL_RESULT, "").cell(Column.PROVINCIAL_DATE, "").cell(Column.REMARKS, "");
            case VIOLATION -> row.number(Column.SEQUENCE, "1").cell(Column.CREDIT_CODE, "")
                    .cell(Column.ENTERPRISE_NAME, "开封市华通铸造有限公司").cell(Column.COUNTY, COUNTY)
                    .cell(Column.INDUSTRY, "铸造").cell(Column.VIOLATION_TYPE, "超标排放")
                    .cell(Column.FOUND_ON, "2021-07-15").cell(Column.SOURCE_DOCUMENT, "汴环罚〔2021〕12号")
                    .cell(Column.REMARKS, "");
            case EXPERT -> row.number(Column.SEQUENCE, "1").cell(Column.EXPERT_NAME, "张明")
                    .cell(Column.ORGANISATION, "河南省环境保护科学研究院").cell(Column.FIELD, "铸造、工业涂装")
                    .cell(Column.COUNTY, COUNTY).cell(Column.REPORTED_ON, "2021/6/28").cell(Column.REMARKS, "");
        }
        return row;
    }

    /** Checks the row as sent by 龙亭区. */
    ValidatedRow<?> validate() {
        return validate(false);
    }

    /** Checks the row as sent by 龙亭区, under {@code perfgrade.ingest.strict} when {@code strict}. */
    ValidatedRow<?> validate(boolean strict) {
        return RowValidators.forKind(kind, reference(), reference().county(COUNTY).orElseThrow(), strict)
                .validate(build());
    }

    /** The codes of a result's problems, in order. */
    static List<ProblemCode> codes(ValidatedRow<?> result) {
        return result.problems().stream().map(Problem::code).toList();
    }

    /** The one problem of a code (fails when there is none or several). */
    static Problem problem(ValidatedRow<?> result, ProblemCode code) {
        List<Problem> found = result.problems().stream().filter(p -> p.code() == code).toList();
        if (found.size() != 1) {
            throw new AssertionError("expected one " + code + " but found " + result.problems());
        }
        return found.get(0);
    }

    /** An empty row of a kind; cells are placed at the template column of the kind. */
    static TestRows row(SubmissionKind kind, int rowNumber) {
        return new TestRows(kind, rowNumber);
    }

    /** A text cell (a number-looking text stays text, as in a text-formatted cell). */
    TestRows cell(Column column, String text) {
        cells.put(column, new SourceCell(ref(column), text, null, null));
        return this;
    }

    /** A real Excel date cell, displayed as 2021年8月15日. */
    TestRows date(Column column, LocalDate date) {
        String text = date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
        cells.put(column, new SourceCell(ref(column), text, date, null));
        return this;
    }

    /** A numeric cell. */
    TestRows number(Column column, String value) {
        cells.put(column, new SourceCell(ref(column), value, null, new BigDecimal(value)));
        return this;
    }

    /** Removes a column, as if the file had no such column. */
    TestRows without(Column column) {
        cells.remove(column);
        return this;
    }

    SourceRow build() {
        return new SourceRow(SHEET, rowNumber, cells);
    }

    /** The cell reference of a column in this kind's template, e.g. G12. */
    String ref(Column column) {
        return letters(column, kind) + rowNumber;
    }

    /** The template column letters of a column in a kind (Z+1 = AA). */
    public static String letters(Column column, SubmissionKind kind) {
        int index = SubmissionLayout.of(kind).columns().indexOf(column);
        if (index < 0) {
            throw new IllegalArgumentException(column + " is not a column of " + kind);
        }
        StringBuilder letters = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            letters.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return letters.toString();
    }
}
