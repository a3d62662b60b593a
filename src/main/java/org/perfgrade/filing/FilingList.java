package org.perfgrade.filing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.perfgrade.document.PdfMetadata;
import org.perfgrade.document.PdfRoleFonts;
import org.perfgrade.document.xlsx.PrintedSheet;
import org.perfgrade.document.xlsx.SafeCells;
import org.perfgrade.document.xlsx.WorkbookStamp;
import org.perfgrade.notice.NoticeDraft;
import org.perfgrade.reference.ReferenceData;

import org.springframework.stereotype.Component;

/**
 * 报省企业名单: the A、B级（含B-级）and 绩效引领性 enterprises of the batch with their application, each level's result
 * and the signed expert opinion (experts, date), as .xlsx (frozen header, landscape A4 fitted to the width, header
 * repeated, formula-like text neutralised, document dates = the business date) and as PDF.
 */
@Component
class FilingList {

    static final String SHEET = "企业名单";
    static final List<String> HEADERS = List.of("序号", "县区", "企业名称", "统一社会信用代码", "重点行业类型", "报送级别",
            "申报级别", "县级审核结果", "市级会审结果", "省级核定结果", "评审专家", "专家意见日期", "备注");
    private static final int[] WIDTHS = { 6, 14, 30, 24, 20, 9, 9, 10, 10, 18, 22, 15, 20 };

    private final ReferenceData reference;
    private final PdfRoleFonts fonts;
    private final WorkbookStamp stamp;

    FilingList(ReferenceData reference, PdfRoleFonts fonts, WorkbookStamp stamp) {
        this.reference = reference;
        this.fonts = fonts;
        this.stamp = stamp;
    }

    /** 第1批A、B级（含B-级）及绩效引领性企业名单. */
    static String title(FilingRequest request) {
        return request.batchLabel() + "A、B级（含B-级）及绩效引领性企业名单";
    }

    /** The cells of each line as printed. */
    static List<List<String>> rows(List<FilingLine> lines) {
        List<List<String>> rows = new ArrayList<>();
        for (FilingLine l : lines) {
            rows.add(java.util.Arrays.asList(String.valueOf(rows.size() + 1), l.county().name(), l.enterpriseName(),
                    l.creditCode(), l.industryLabel(), l.grade(), l.appliedGrade(), l.countyResult(), l.cityResult(),
                    provincial(l), l.experts(), date(l.opinionDate()), l.remarks()));
        }
        return rows;
    }

    private static String provincial(FilingLine l) {
        if (l.provincialResult() == null) {
            return l.provincialDate() == null ? null : "（" + NoticeDraft.chineseDate(l.provincialDate()) + "）";
        }
        return l.provincialResult() + (l.provincialDate() == null ? "" : "（" + NoticeDraft.chineseDate(l.provincialDate()) + "）");
    }

    private static String date(LocalDate date) {
        return date == null ? null : NoticeDraft.chineseDate(date);
    }

    private String subtitle(FilingRequest request, int lines) {
        return "报送单位：" + reference.authority().name() + "　　统计日期：" + NoticeDraft.chineseDate(request.asOf())
                + "　　共" + lines + "条";
    }

    byte[] pdf(FilingContents contents) {
        FilingRequest request = contents.request();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        float[] widths = new float[WIDTHS.length];
        for (int i = 0; i < WIDTHS.length; i++) {
            widths[i] = WIDTHS[i];
        }
        FilingTablePdf.write(fonts, new PdfMetadata(reference.city().name() + title(request),
                        reference.authority().name(), "报省备案材料（统计日期 " + request.asOf() + "）"), request.asOf(),
                true, reference.city().name() + title(request), subtitle(request, contents.lines().size()), HEADERS,
                widths, rows(contents.lines()), out);
        return out.toByteArray();
    }

    byte[] xlsx(FilingContents contents) throws IOException {
        FilingRequest request = contents.request();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet(SHEET);
            CellStyle title = style(workbook, 16, true, false);
            title.setAlignment(HorizontalAlignment.CENTER);
            CellStyle plain = style(workbook, 11, false, false);
            CellStyle header = style(workbook, 11, true, true);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            CellStyle body = style(workbook, 10, false, true);
            CellStyle quoted = SafeCells.quotedStyle(workbook, body);
            for (int i = 0; i < WIDTHS.length; i++) {
                sheet.setColumnWidth(i, (WIDTHS[i] + 2) * 256);
            }
            merged(sheet, 0, reference.city().name() + title(request), title, 36);
            merged(sheet, 1, subtitle(request, contents.lines().size()), plain, 20);
            Row head = sheet.createRow(2);
            for (int i = 0; i < HEADERS.size(); i++) {
                Cell cell = head.createCell(i);
                cell.setCellStyle(header);
                cell.setCellValue(HEADERS.get(i));
            }
            int next = 3;
            for (List<String> values : rows(contents.lines())) {
                Row row = sheet.createRow(next++);
                for (int i = 0; i < values.size(); i++) {
                    Cell cell = row.createCell(i);
                    cell.setCellStyle(body);
                    if (i == 0) {
                        cell.setCellValue(Integer.parseInt(values.get(0)));
                    }
                    else if (values.get(i) != null && !values.get(i).isEmpty()) {
                        SafeCells.setText(cell, values.get(i), quoted);
                    }
                }
            }
            PrintedSheet.fitA4Width(sheet, 3, true);
            sheet.getFooter().setCenter("第 &P 页 共 &N 页");
            stamp.stamp(workbook, request.asOf(), reference.city().name() + title(request),
                    reference.authority().name());
            workbook.write(out);
        }
        return FilingZip.restamp(out.toByteArray(), request.asOf());
    }

    private static void merged(XSSFSheet sheet, int index, String value, CellStyle style, float height) {
        Row row = sheet.createRow(index);
        row.setHeightInPoints(height);
        Cell cell = row.createCell(0);
        cell.setCellStyle(style);
        cell.setCellValue(value);
        sheet.addMergedRegion(new CellRangeAddress(index, index, 0, HEADERS.size() - 1));
    }

    private static CellStyle style(XSSFWorkbook workbook, int points, boolean bold, boolean bordered) {
        Font font = workbook.createFont();
        font.setFontName("宋体");
        font.setFontHeightInPoints((short) points);
        font.setBold(bold);
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        if (bordered) {
            style.setWrapText(true);
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
        }
        return style;
    }
}
