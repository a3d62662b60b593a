package org.perfgrade.template;

import java.util.List;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * 数据有效性: the drop-downs and date checks of a template, so counties pick an industry or grade instead of typing
 * it. A list of more than 255 characters (Excel's limit for a list written into the rule, e.g. the industries) goes
 * into a column of the hidden sheet {@value #LIST_SHEET} under a workbook name, and the rule refers to that name.
 */
final class TemplateValidations {

    /** The hidden sheet holding the long lists. */
    static final String LIST_SHEET = "行业名录";

    private static final int LITERAL_LIMIT = 255;

    private final XSSFWorkbook workbook;
    private final XSSFSheet sheet;
    private final XSSFDataValidationHelper helper;
    private final int firstRow;
    private final int lastRow;
    private XSSFSheet lists;
    private int listColumns;

    /** Rules for rows {@code firstRow}..{@code lastRow} (0-based) of the sheet. */
    TemplateValidations(XSSFWorkbook workbook, XSSFSheet sheet, int firstRow, int lastRow) {
        this.workbook = workbook;
        this.sheet = sheet;
        this.helper = new XSSFDataValidationHelper(sheet);
        this.firstRow = firstRow;
        this.lastRow = lastRow;
    }

    /** A drop-down of the values; on the hidden sheet under {@code name} when too long or when asked to. */
    void list(int column, String title, List<String> values, boolean onListSheet) {
        String literal = String.join(",", values);
        boolean commas = values.stream().anyMatch(v -> v.contains(","));
        DataValidationConstraint constraint = onListSheet || literal.length() > LITERAL_LIMIT || commas
                ? helper.createFormulaListConstraint(namedList(title, values))
                : helper.createExplicitListConstraint(values.toArray(String[]::new));
        DataValidation validation = helper.createValidation(constraint, range(column));
        validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
        validation.setShowErrorBox(true);
        validation.createErrorBox("输入有误", "“" + title + "”请从下拉列表中选择。");
        validation.setEmptyCellAllowed(true);
        // POI's XSSF flag is inverted: true keeps Excel's in-cell drop-down arrow visible (showDropDown absent)
        validation.setSuppressDropDownArrow(true);
        sheet.addValidationData(validation);
    }

    /** A date between 2000 and 2099. */
    void date(int column, String title) {
        DataValidationConstraint constraint = helper.createDateConstraint(OperatorType.BETWEEN,
                "=DATE(2000,1,1)", "=DATE(2099,12,31)", null);
        DataValidation validation = helper.createValidation(constraint, range(column));
        validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
        validation.setShowErrorBox(true);
        validation.createErrorBox("日期有误", "“" + title + "”请填写日期，如 2021-8-15（显示为 2021年8月15日）。");
        validation.setShowPromptBox(true);
        validation.createPromptBox(title, "请填写日期，如 2021-8-15");
        validation.setEmptyCellAllowed(true);
        sheet.addValidationData(validation);
    }

    private CellRangeAddressList range(int column) {
        return new CellRangeAddressList(firstRow, lastRow, column, column);
    }

    /** Writes the values into the next column of the hidden list sheet and names the range; returns the name. */
    private String namedList(String title, List<String> values) {
        if (lists == null) {
            lists = workbook.createSheet(LIST_SHEET);
            workbook.setSheetHidden(workbook.getSheetIndex(lists), true);
        }
        int column = listColumns++;
        row(0).createCell(column).setCellValue(title);
        for (int i = 0; i < values.size(); i++) {
            row(i + 1).createCell(column).setCellValue(values.get(i));
        }
        lists.setColumnWidth(column, 24 * 256);
        String letter = CellReference.convertNumToColString(column);
        String nameName = nameFor(title);
        Name name = workbook.getName(nameName);
        if (name == null) {
            name = workbook.createName();
            name.setNameName(nameName);
        }
        name.setRefersToFormula("'" + LIST_SHEET + "'!$" + letter + "$2:$" + letter + "$" + (values.size() + 1));
        return nameName;
    }

    /** A valid workbook name from a column title: letters and digits only (县、区 → 县区). */
    static String nameFor(String title) {
        StringBuilder name = new StringBuilder();
        title.codePoints().filter(Character::isLetterOrDigit).forEach(name::appendCodePoint);
        if (name.isEmpty() || !Character.isLetter(name.codePointAt(0))) {
            name.insert(0, "列表");
        }
        return name.toString();
    }

    private Row row(int index) {
        Row row = lists.getRow(index);
        return row != null ? row : lists.createRow(index);
    }
}
