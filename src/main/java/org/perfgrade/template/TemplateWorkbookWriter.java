package org.perfgrade.template;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.perfgrade.ingest.SubmissionKind;
import org.perfgrade.ingest.header.Column;
import org.perfgrade.ingest.header.SubmissionLayout;
import org.perfgrade.reference.County;
import org.perfgrade.reference.Grade;
import org.perfgrade.reference.Industry;
import org.perfgrade.reference.ReferenceData;

/**
 * 空白模板: writes the blank workbook a county fills for one submission kind, so that what comes back is what the
 * importer reads — title (row 1), 日期/填报单位 line (row 2), the header of {@link SubmissionLayout#columns()} (row 3,
 * frozen), bordered rows to fill, date formats, drop-downs for industry (from the hidden sheet
 * {@value TemplateValidations#LIST_SHEET}), grades, counties and fixed vocabularies, the 填写说明 sheet with the
 * notes of 附件2, and an A4 landscape print set-up one page wide with the header repeated.
 */
public final class TemplateWorkbookWriter {

    /** Rows drawn with borders (and 省辖市/县、区 filled in) below the header. */
    static final int PREPARED_ROWS = 200;

    /** The header row (1-based). */
    static final int HEADER_ROW = 3;

    static final String NOTES_SHEET = "填写说明";

    private static final String UNRATED = "未评级";

    private final ReferenceData reference;

    public TemplateWorkbookWriter(ReferenceData reference) {
        this.reference = Objects.requireNonNull(reference, "reference");
    }

    /** Writes the template of a kind, for one county (title, 填报单位, 县、区 filled in) or, with null, for any. */
    public void write(SubmissionKind kind, County countyOrNull, OutputStream out) throws IOException {
        Objects.requireNonNull(kind, "kind");
        List<Column> columns = SubmissionLayout.of(kind).columns();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            TemplateStyles styles = new TemplateStyles(workbook);
            XSSFSheet sheet = workbook.createSheet(kind.sheetName());
            writeHeading(sheet, styles, kind, countyOrNull, columns);
            writeBody(sheet, styles, kind, countyOrNull, columns);
            writeNotes(workbook.createSheet(NOTES_SHEET), styles, kind);
            addValidations(workbook, sheet, columns);
            setUpPrinting(sheet);
            workbook.setActiveSheet(0);
            workbook.getProperties().getCoreProperties().setCreator("perfgrade");
            workbook.getProperties().getCoreProperties().setTitle(title(kind, countyOrNull));
            workbook.write(out);
        }
    }

    /** Row 1: county name + kind title (附件2 keeps its own title, without county). */
    static String title(SubmissionKind kind, County county) {
        if (kind == SubmissionKind.IMPROVEMENT || county == null) {
            return kind.title();
        }
        return county.name() + kind.title();
    }

    private static String subtitle(SubmissionKind kind, County county) {
        if (kind == SubmissionKind.IMPROVEMENT) {
            return "日期：    年  月  日";
        }
        return "填报单位：" + (county == null ? "　　　　　　" : county.name()) + "　　日期：";
    }

    private static void writeHeading(XSSFSheet sheet, TemplateStyles styles, SubmissionKind kind, County county,
                                     List<Column> columns) {
        int last = columns.size() - 1;
        Row title = sheet.createRow(0);
        title.setHeightInPoints(36);
        title.createCell(0).setCellValue(title(kind, county));
        title.getCell(0).setCellStyle(styles.title);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, last));
        Row subtitle = sheet.createRow(1);
        subtitle.setHeightInPoints(22);
        subtitle.createCell(0).setCellValue(subtitle(kind, county));
        subtitle.getCell(0).setCellStyle(styles.subtitle);
        sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, last));
        Row header = sheet.createRow(HEADER_ROW - 1);
        header.setHeightInPoints(42);
        for (int i = 0; i < columns.size(); i++) {
            header.createCell(i).setCellValue(columns.get(i).title());
            header.getCell(i).setCellStyle(styles.header);
            sheet.setColumnWidth(i, TemplateNotes.width(columns.get(i)) * 256);
        }
        sheet.createFreezePane(0, HEADER_ROW);
    }

    private void writeBody(XSSFSheet sheet, TemplateStyles styles, SubmissionKind kind, County county,
                           List<Column> columns) {
        for (int i = 0; i < columns.size(); i++) {
            sheet.setDefaultColumnStyle(i, styles.forColumn(columns.get(i), false));
        }
        for (int r = 0; r < PREPARED_ROWS; r++) {
            Row row = sheet.createRow(HEADER_ROW + r);
            for (int i = 0; i < columns.size(); i++) {
                Column column = columns.get(i);
                row.createCell(i).setCellStyle(styles.forColumn(column, true));
                String value = prefilled(kind, county, column);
                if (value != null) {
                    row.getCell(i).setCellValue(value);
                }
            }
        }
    }

    private String prefilled(SubmissionKind kind, County county, Column column) {
        if (column == Column.CITY && kind == SubmissionKind.IMPROVEMENT) {
            return reference.city().name();
        }
        return column == Column.COUNTY && county != null ? county.name() : null;
    }

    private static void writeNotes(Sheet sheet, TemplateStyles styles, SubmissionKind kind) {
        sheet.setColumnWidth(0, 110 * 256);
        Row title = sheet.createRow(0);
        title.createCell(0).setCellValue(kind.title() + "填写说明");
        title.getCell(0).setCellStyle(styles.notesTitle);
        title.setHeightInPoints(28);
        List<String> notes = TemplateNotes.notes(kind);
        for (int i = 0; i < notes.size(); i++) {
            Row row = sheet.createRow(i + 1);
            row.createCell(0).setCellValue((i + 1) + ". " + notes.get(i));
            row.getCell(0).setCellStyle(styles.note);
        }
    }

    private void addValidations(XSSFWorkbook workbook, XSSFSheet sheet, List<Column> columns) {
        int lastRow = SpreadsheetVersion.EXCEL2007.getLastRowIndex();
        TemplateValidations validations = new TemplateValidations(workbook, sheet, HEADER_ROW, lastRow);
        List<String> grades = reference.grades().values().stream().sorted(Comparator.comparingInt(Grade::rank))
                .map(Grade::code).toList();
        List<String> gradesOrUnrated = new ArrayList<>(grades);
        gradesOrUnrated.add(UNRATED);
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            String title = column.title();
            switch (column) {
                case INDUSTRY -> validations.list(i, title, reference.industries().stream().map(Industry::name)
                        .toList(), true);
                case GRADE, CURRENT_GRADE -> validations.list(i, title, gradesOrUnrated, false);
                case TARGET_GRADE, APPLIED_GRADE -> validations.list(i, title, grades, false);
                case COUNTY -> validations.list(i, title, reference.counties().stream().map(County::name).toList(),
                        false);
                case CITY -> validations.list(i, title, List.of(reference.city().name()), false);
                case VIOLATION_TYPE -> validations.list(i, title, List.of("超标排放", "偷排偷放", "污染治理设施不正常运行",
                        "其他"), false);
                case GUARANTEE -> validations.list(i, title, List.of("保障类", "民生保障类"), false);
                case LOW_VOCS, CLEAN_ENERGY -> validations.list(i, title, List.of("是", "否"), false);
                default -> {
                    if (TemplateNotes.DATE_COLUMNS.contains(column)) {
                        validations.date(i, title);
                    }
                }
            }
        }
    }

    private static void setUpPrinting(XSSFSheet sheet) {
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.setFitToPage(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setHorizontallyCenter(true);
        sheet.setRepeatingRows(CellRangeAddress.valueOf(HEADER_ROW + ":" + HEADER_ROW));
    }
}
