package org.perfgrade.filing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;


import org.perfgrade.document.PdfMetadata;
import org.perfgrade.document.PdfRoleFonts;
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

    /** 第二批（金属类行业）A、B级（含B-级）及绩效引领性企业名单. */
    static String title(FilingContents contents) {
        return contents.batchName() + "A、B级（含B-级）及绩效引领性企业名单";
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
        return "报送单位：" + reference.authority().issuerOf("filing-letter").name() + "　　统计日期：" + NoticeDraft.chineseDate(request.asOf())
                + "　　共" + lines + "条";
    }

    byte[] pdf(FilingContents contents) {
        FilingRequest request = contents.request();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        float[] widths = new float[WIDTHS.length];
        for (int i = 0; i < WIDTHS.length; i++) {
            widths[i] = WIDTHS[i];
        }
        FilingTablePdf.write(fonts, new PdfMetadata(reference.city().name() + title(contents),
                        reference.authority().issuerOf("filing-letter").name(), "报省备案材料（统计日期" + NoticeDraft.chineseDate(request.asOf())
                        + "）"), request.asOf(),
                true, reference.city().name() + title(contents), subtitle(request, contents.lines().size()), HEADERS,
                widths, rows(contents.lines()), out);
        return out.toByteArray();
    }

    byte[] xlsx(FilingContents contents) throws IOException {
        FilingRequest request = contents.request();
        String title = reference.city().name() + title(contents);
        return FilingTableXlsx.write(new FilingTableXlsx.Table(SHEET, title, subtitle(request,
                contents.lines().size()), HEADERS, WIDTHS), rows(contents.lines()), stamp, request.asOf(),
                reference.authority().issuerOf("filing-letter").name());
    }
}
