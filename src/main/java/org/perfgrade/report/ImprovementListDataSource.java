package org.perfgrade.report;

import java.util.Iterator;
import java.util.Objects;

import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRField;

/**
 * 附件2 的报表数据源: the rows of the list as the fields of {@code reports/improvement-list.jrxml}, read straight from
 * the {@link ImprovementListRow} records one at a time through an iterator, so that a list of 100,000 lines is not
 * copied into maps (the fill holds only the current row). 拟完成时间 is given as a Chinese date (2021年12月31日).
 */
final class ImprovementListDataSource implements JRDataSource {

    private final Iterator<ImprovementListRow> rows;
    private ImprovementListRow current;

    ImprovementListDataSource(Iterator<ImprovementListRow> rows) {
        this.rows = Objects.requireNonNull(rows, "rows");
    }

    @Override
    public boolean next() {
        current = rows.hasNext() ? rows.next() : null;
        return current != null;
    }

    @Override
    public Object getFieldValue(JRField field) {
        return value(current, field.getName());
    }

    /** The text of one column of a row, by the jrxml field name; null for an empty cell. */
    static String value(ImprovementListRow row, String field) {
        return switch (field) {
            case "number" -> String.valueOf(row.number());
            case "city" -> row.city();
            case "county" -> row.county();
            case "enterpriseName" -> row.enterpriseName();
            case "industry" -> row.industry();
            case "branch" -> row.branch();
            case "currentGrade" -> row.currentGrade();
            case "targetGrade" -> row.targetGrade();
            case "differentiatingIndex" -> row.differentiatingIndex();
            case "problems" -> row.problems();
            case "measures" -> row.measures();
            case "plannedCompletion" -> row.plannedCompletion() == null ? null
                    : ImprovementListWorkbook.chineseDate(row.plannedCompletion());
            case "remarks" -> row.remarks();
            default -> throw new IllegalArgumentException("附件2 模板中有未知字段：" + field);
        };
    }
}
